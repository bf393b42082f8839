/**
 * The text box of a free prompt. With a keyboard, Enter sends and Shift+Enter makes a new line; on a touch
 * screen (no Shift key) Enter makes a new line and the Send button sends. Ctrl/⌘+Enter sends on both. An
 * empty answer is refused.
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLang } from '../i18n/lang.tsx';

/** Whether the main pointer is a finger (a phone, a tablet): Enter then makes a new line. */
export function isTouchScreen(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches === true;
}

/**
 * The answer form; `onSend` returns false when the answer was refused by the session. Its label is "Your answer":
 * the prompt is shown once, in the conversation, and `describedBy` (its id) makes it the box's description.
 */
export function AnswerBox({
  onSend,
  error,
  initial = '',
  onChange,
  describedBy,
}: {
  onSend(text: string): boolean;
  error?: string | null;
  /** The text to start with (a draft kept across a reload, the answer taken back). */
  initial?: string;
  /** Told of every change (to keep the draft). */
  onChange?: (text: string) => void;
  /** The id of the prompt's words on the page. */
  describedBy?: string;
}) {
  const { t } = useLang();
  const [text, setText] = useState(initial);
  const [empty, setEmpty] = useState(false);
  const [touch] = useState(isTouchScreen);
  const id = useId();
  const change = (value: string) => {
    setText(value);
    onChange?.(value);
  };
  const send = () => {
    if (text.trim() === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    if (onSend(text)) change('');
  };
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    if (e.ctrlKey || e.metaKey || (!touch && !e.shiftKey)) {
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
      <label htmlFor={`${id}-text`}>{t('yourAnswer')}</label>
      <textarea
        id={`${id}-text`}
        rows={3}
        value={text}
        enterKeyHint={touch ? 'enter' : 'send'}
        aria-describedby={[describedBy, `${id}-help`, message && `${id}-error`].filter(Boolean).join(' ')}
        aria-invalid={message ? true : undefined}
        onChange={(e) => {
          change(e.target.value);
          if (empty && e.target.value.trim()) setEmpty(false);
        }}
        onKeyDown={onKey}
      />
      <p id={`${id}-help`} className="small muted">
        {touch ? t('sendHintTouch') : t('sendHint')}
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
