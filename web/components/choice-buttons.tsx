/** The options of a choice prompt, as buttons. */
import { useLang } from '../i18n/lang.tsx';

/** One button per option, grouped under the prompt. */
export function ChoiceButtons({
  label,
  options,
  onChoose,
  locale,
}: {
  label: string;
  options: Array<{ id: string; text: string }>;
  onChoose(id: string): void;
  locale: string;
}) {
  const { t } = useLang();
  return (
    <div role="group" aria-label={label || t('yourAnswer')} className="choices">
      {options.map((o) => (
        <button key={o.id} type="button" className="choice" lang={locale} onClick={() => onChoose(o.id)}>
          {o.text}
        </button>
      ))}
    </div>
  );
}
