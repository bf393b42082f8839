/** `rehearse progress` — attempts per scenario and per competency with trend lines; prints and exits. */
import { renderToString } from 'ink';
import { loadProgress } from '../../app/progress-storage.ts';
import { dataDir, fileStore } from '../storage/file-store.ts';
import { ProgressScreen } from '../ui/progress-screen.tsx';
import { ColorContext, colorEnabled } from '../ui/theme.tsx';

/** Runs the command; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  if (args.length) {
    process.stderr.write(`rehearse progress: unexpected argument "${args[0]}"\n`);
    return 2;
  }
  const loaded = loadProgress(fileStore(dataDir()));
  const color = colorEnabled(process.env, process.stdout);
  const out = renderToString(
    <ColorContext.Provider value={color}>
      <ProgressScreen attempts={loaded.attempts} notice={loaded.notice} />
    </ColorContext.Provider>,
    { columns: process.stdout.columns || 100 },
  );
  process.stdout.write(`${out}\n`);
  return 0;
}
