/** The text box of a free prompt: Enter sends, Shift+Enter makes a new line, an empty answer is refused. */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLang } from '../i18n/lang.tsx';

/** The answer form; `onSend` returns false when the answer was refused by the session. */
export function AnswerBox({
  label,
  onSend,
  error,
}: {
  label: string;
  onSend(text: string): boolean;
  error?: string | null;
}) {
  const { t } = useLang();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const id = useId();
  const send = () => {
    if (text.trim() === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    if (onSend(text)) setText('');
  };
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    }
  };
  const message = empty ? t('emptyAnswer') : (error ?? null);
  return (
    <form
      className="answer-box"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        send();
      }}
    >
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        rows={3}
        value={text}
        aria-describedby={`${id}-help${message ? ` ${id}-error` : ''}`}
        aria-invalid={message ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (empty && e.target.value.trim()) setEmpty(false);
        }}
        onKeyDown={onKey}
      />
      <p id={`${id}-help`} className="small muted">
        {t('sendHint')}
      </p>
      {message && (
        <p id={`${id}-error`} role="alert" className="error">
          {message}
        </p>
      )}
      <button type="submit" className="primary">
        {t('send')}
      </button>
    </form>
  );
}
