/**
 * The trainer's examples (r2), live: for each criterion (or shared concept) with examples, each
 * example with ✓ when it behaves and ✗ with the engine's explanation when it does not; its
 * position moves the caret there, like a diagnostic.
 */
import { memo } from 'react';
import type { ExampleResult } from '../../engine/examples.ts';
import { useLang } from '../i18n/lang.tsx';
import { diagnosticText } from './diagnostic-text.ts';

/** The examples grouped by criterion, in file order; `onGo` moves the editor's caret to an example. */
export const ExamplesList = memo(function ExamplesList({
  examples,
  onGo,
}: {
  examples: ExampleResult[];
  onGo(line: number, column: number): void;
}) {
  const { t, lang } = useLang();
  const groups = new Map<string, ExampleResult[]>();
  for (const e of examples) {
    const key = `${e.node ?? ''} ${e.criterion}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const ok = examples.filter((e) => e.ok).length;
  return (
    <>
      <p>{t('examplesCount', { ok, n: examples.length })}</p>
      <ul className="examples">
        {[...groups.values()].map((group) => (
          <li key={`${group[0]!.node} ${group[0]!.criterion}`}>
            <code>{group[0]!.criterion}</code>
            {group[0]!.node && <span className="small muted"> · {group[0]!.node}</span>}
            <ul>
              {group.map((e, i) => (
                <li key={i} className={e.ok ? 'example-ok' : 'example-bad'}>
                  <span className="mark" role="img" aria-label={e.ok ? t('exampleOk') : t('exampleBad')}>
                    {e.ok ? '✓' : '✗'}
                  </span>{' '}
                  <button type="button" className="link" onClick={() => onGo(e.line ?? 1, e.column ?? 1)}>
                    {e.line}:{e.column}
                  </button>{' '}
                  <span className="small muted">{e.kind === 'yes' ? t('exampleYes') : t('exampleNo')}</span>{' '}
                  <q>{e.text}</q>
                  {!e.ok && <div className="small">{diagnosticText(e, lang).message}</div>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
});
