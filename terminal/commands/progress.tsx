/** `rehearse progress` — attempts per scenario and per competency with trend lines; prints and exits. */
import { renderToString } from 'ink';
import { loadProgress } from '../../app/progress-storage.ts';
import { cleanOrphanTemps, dataDir, fileStore } from '../storage/file-store.ts';
import { ProgressScreen } from '../ui/progress-screen.tsx';
import { ColorContext, colorEnabled } from '../ui/theme.tsx';
import { WordsContext, wordsFor } from '../ui/words.ts';
import { drillLocale } from '../locale.ts';

/** Runs the command; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  if (args.length) {
    process.stderr.write(`rehearse progress: unexpected argument "${args[0]}"\n`);
    return 2;
  }
  const folder = dataDir();
  cleanOrphanTemps(folder);
  const { locale } = drillLocale(undefined);
  const loaded = loadProgress(fileStore(folder), { locale });
  const color = colorEnabled(process.env, process.stdout);
  const columns = process.stdout.columns || 100;
  const out = renderToString(
    <ColorContext.Provider value={color}>
      <WordsContext.Provider value={wordsFor(locale)}>
        <ProgressScreen attempts={loaded.attempts} notice={loaded.notice} columns={columns} />
      </WordsContext.Provider>
    </ColorContext.Provider>,
    { columns },
  );
  process.stdout.write(`${out}\n`);
  return 0;
}
