/** The debrief of a kept attempt (from "My progress"), with the trainers' corrections of its answers. */
import { useEffect, useState } from 'react';
import { attemptReport } from '../../app/attempt-report.ts';
import type { Attempt } from '../../app/progress.ts';
import type { CorrectionsLookup } from '../../app/review/corrections.ts';
import type { Report, Scenario } from '../../engine/types.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';
import type { LibraryEntry } from '../library/meta.ts';
import { DebriefScreen } from './debrief-screen.tsx';

/** Loads the attempt's scenario from the library, replays its answers with the engine, shows the debrief. */
export function AttemptDebrief(props: {
  attempt: Attempt;
  entry: LibraryEntry;
  corrections: CorrectionsLookup;
  onBack(): void;
  onPlay(id: string): void;
}) {
  const { t } = useAfterPlayText();
  const [shown, setShown] = useState<{ scenario: Scenario; report: Report | null } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    props.entry.load().then(
      (scenario) => live && setShown({ scenario, report: attemptReport(scenario, props.attempt) }),
      (e: unknown) => live && setShown({ error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [props.entry, props.attempt]);
  const back = (
    <button type="button" onClick={props.onBack}>
      {t('backToProgress')}
    </button>
  );
  if (!shown) return <p role="status">{t('loading')}</p>;
  if ('error' in shown || !shown.report)
    return (
      <section className="panel">
        <p role="alert">{'error' in shown ? t('loadFailed', { reason: shown.error }) : t('attemptNoReplay')}</p>
        {back}
      </section>
    );
  return (
    <>
      <p className="actions">{back}</p>
      <DebriefScreen
        scenario={shown.scenario}
        report={shown.report}
        events={[]}
        corrections={props.corrections}
        onTryAgain={() => props.onPlay(shown.scenario.id)}
      />
    </>
  );
}
