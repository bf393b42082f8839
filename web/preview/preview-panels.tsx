/** Two panels of the trainer preview: the file's `tests:` played on demand, and how a scenario reaches the library. */
import { useLang } from '../i18n/lang.tsx';
import { previewPlural, previewText } from '../i18n/preview-strings.ts';
import { diagnosticText } from './diagnostic-text.ts';
import type { PlayedTests } from './use-checker.ts';

/** The file's tests: a button that plays them (as `rehearse test` does), then each one ✓ or ✗ with why. */
export function TestsPanel({
  canRun,
  tests,
  testing,
  current,
  onRun,
}: {
  canRun: boolean;
  tests: PlayedTests | null;
  testing: boolean;
  /** The text in the editor now: results of another text are marked as stale. */
  current: string;
  onRun(): void;
}) {
  const { lang } = useLang();
  const p = (k: Parameters<typeof previewText>[1], v?: Record<string, string | number>) => previewText(lang, k, v);
  const ok = tests?.outcomes.filter((o) => o.ok).length ?? 0;
  return (
    <section aria-labelledby="tests-title" className="preview-tests">
      <h2 id="tests-title">{p('testsTitle')}</h2>
      <p className="small muted">{p('testsIntro')}</p>
      <p className="actions">
        <button type="button" onClick={onRun} disabled={!canRun || testing}>
          {testing ? p('runningTests') : p('runTests')}
        </button>
        {!canRun && <span className="small">{p('testsCannotRun')}</span>}
      </p>
      <div aria-live="polite">
        {tests && tests.outcomes.length === 0 && <p>{p('noTests')}</p>}
        {tests && tests.outcomes.length > 0 && (
          <>
            <p className={ok === tests.outcomes.length ? 'tests-ok' : 'tests-bad'}>
              {previewPlural(lang, 'testsCount', tests.outcomes.length, { ok })}
            </p>
            {tests.text !== current && <p className="small">{p('testsStale')}</p>}
            <ul className="tests">
              {tests.outcomes.map((o, i) => (
                <li key={i} className={o.ok ? 'example-ok' : 'example-bad'}>
                  <span className="mark" role="img" aria-label={p(o.ok ? 'testOk' : 'testBad')}>
                    {o.ok ? '✓' : '✗'}
                  </span>{' '}
                  {o.name}
                  {o.failures.map((f, j) => (
                    <div key={j} className="small">
                      {o.detail[j]
                        ? diagnosticText({ message: f, detail: { message: o.detail[j]! } }, lang).message
                        : f}
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

/** What the preview does not do, and how a scenario gets into the library. */
export function LibraryNote() {
  const { lang } = useLang();
  const parts = previewText(lang, 'libraryNote').split(/(\{folder\}|\{validate\}|\{build\})/);
  const code: Record<string, string> = {
    '{folder}': 'scenarios/',
    '{validate}': 'npx rehearse validate scenarios',
    '{build}': 'npm run build:web',
  };
  return (
    <section aria-labelledby="library-note-title" className="library-note">
      <h2 id="library-note-title">{previewText(lang, 'libraryTitle')}</h2>
      <p className="small">{parts.map((part, i) => (code[part] ? <code key={i}>{code[part]}</code> : part))}</p>
    </section>
  );
}
