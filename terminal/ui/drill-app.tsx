/** The Ink side of `rehearse drill`, loaded while the library is read so start-up overlaps. */
import type { DrillItem } from '../../app/drill.ts';
import type { Locale } from '../../engine/types.ts';
import { DrillScreen, type DrillResult } from './drill-screen.tsx';
import { runInk, type InkResult } from './run-ink.tsx';

/** What a drill is given: its prompts, its seed and language, where each result goes, and what to tell first. */
export interface DrillRun {
  items: DrillItem[];
  seed: number;
  locale: Locale;
  record: (r: DrillResult) => string | null;
  color: boolean;
  notices: readonly string[];
}

/** Runs the drill screen until the trainee finishes it, interrupts it, or it fails. */
export async function runDrill(run: DrillRun): Promise<InkResult<true>> {
  return runInk<true>(
    (done) => (
      <DrillScreen
        items={run.items}
        seed={run.seed}
        locale={run.locale}
        onResult={run.record}
        onFinish={() => done(true)}
        notices={run.notices}
      />
    ),
    { color: run.color },
  );
}
