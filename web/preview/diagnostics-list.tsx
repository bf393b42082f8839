/**
 * The checker's findings in the UI language: each with its line and column (a button that moves
 * the caret there), the severity, the code, the message, the engine's excerpt and caret, and the
 * hint as wrapping text (never clipped).
 */
import { memo } from 'react';
import type { Diagnostic } from '../../engine/types.ts';
import { useLang } from '../i18n/lang.tsx';
import { previewText, problemsCount } from '../i18n/preview-strings.ts';
import { diagnosticText } from './diagnostic-text.ts';

/** The list; `formatted` holds the engine's formatDiagnostic text of each diagnostic. */
export const DiagnosticsList = memo(function DiagnosticsList({
  diagnostics,
  formatted,
  onGo,
}: {
  diagnostics: Diagnostic[];
  formatted: string[];
  onGo(d: Diagnostic): void;
}) {
  const { lang } = useLang();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  // Errors first, then by position; `formatted` stays paired with its diagnostic.
  const order = diagnostics
    .map((d, i) => ({ d, f: formatted[i] }))
    .sort((x, y) =>
      x.d.severity === y.d.severity
        ? x.d.line - y.d.line || x.d.column - y.d.column
        : x.d.severity === 'error'
          ? -1
          : 1,
    );
  return (
    <>
      <p className="problems-count">
        {diagnostics.length === 0
          ? previewText(lang, 'problems_none')
          : problemsCount(lang, errors, diagnostics.length - errors)}
      </p>
      <ul className="diagnostics">
        {order.map(({ d, f }, i) => {
          const { message, hint } = diagnosticText(d, lang);
          const shown = excerpt(f);
          return (
            <li key={i} className={`diag-${d.severity}`}>
              <button type="button" className="link" onClick={() => onGo(d)}>
                {d.line}:{d.column}
              </button>{' '}
              <span className={`sev ${d.severity}`}>{previewText(lang, `severity_${d.severity}`)}</span>{' '}
              <code>{d.code}</code> <span className="diag-message">{message}</span>
              {shown && (
                <pre className="excerpt" tabIndex={0}>
                  {shown}
                </pre>
              )}
              {hint && (
                <p className="diag-hint">
                  <span className="muted">{previewText(lang, 'hint')}</span> {hint}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
});

/** The excerpt and caret lines of a formatted diagnostic: not its first line (the list shows it) nor its hint. */
function excerpt(text: string | undefined): string {
  return (text ?? '')
    .split('\n')
    .slice(1)
    .filter((l) => !l.startsWith('  hint: '))
    .join('\n');
}
