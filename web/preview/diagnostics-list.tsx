/** The checker's findings: each with its line and column (a button that moves the caret there) and the engine's excerpt. */
import { memo } from 'react';
import type { Diagnostic } from '../../engine/types.ts';
import { useLang } from '../i18n/lang.tsx';

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
  const { t } = useLang();
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
      <p>
        {diagnostics.length === 0 ? t('noProblem') : t('errorsCount', { e: errors, w: diagnostics.length - errors })}
      </p>
      <ul className="diagnostics">
        {order.map(({ d, f }, i) => (
          <li key={i} className={`diag-${d.severity}`}>
            <button type="button" className="link" onClick={() => onGo(d)}>
              {d.line}:{d.column}
            </button>{' '}
            <span className={`sev ${d.severity}`}>{d.severity}</span> <code>{d.code}</code> {d.message}
            {excerpt(f) && (
              <pre className="excerpt" tabIndex={0}>
                {excerpt(f)}
              </pre>
            )}
          </li>
        ))}
      </ul>
    </>
  );
});

/** The excerpt and caret lines of a formatted diagnostic (its first line repeats what the list shows). */
function excerpt(text: string | undefined): string {
  return (text ?? '').split('\n').slice(1).join('\n');
}
