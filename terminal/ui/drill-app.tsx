/** The Ink side of `rehearse drill`, loaded while the library is read so start-up overlaps. */
import type { DrillItem } from '../../app/drill.ts';
import { DrillScreen, type DrillResult } from './drill-screen.tsx';
import { runInk } from './run-ink.tsx';

/** Runs the drill screen; true when the trainee finished it, false when interrupted. */
export async function runDrill(
  items: DrillItem[],
  seed: number,
  onResult: (r: DrillResult) => void,
  color: boolean,
): Promise<boolean> {
  const result = await runInk<true>(
    (done) => <DrillScreen items={items} seed={seed} onResult={onResult} onFinish={() => done(true)} />,
    { color },
  );
  return result.done;
}
