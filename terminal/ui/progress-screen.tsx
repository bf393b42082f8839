/** Progress: attempts per scenario and per competency, each with a trend line (▁▂▃▄▅▆▇█). */
import { Box, useStdout } from 'ink';
import type { Attempt } from '../../app/progress.ts';
import { attemptsByScenario, competencyTrends } from '../../app/progress-trends.ts';
import { column, sparkline, trend } from './bars.ts';
import { Para, Tx } from './theme.tsx';

/** Cells of the columns after a row's name: "  tries  best  last  " and a trend of up to 12 ticks and its arrow. */
const FIGURES = 2 + 5 + 2 + 4 + 2 + 4 + 2;
const TICKS = 12;

/** The width of the name column on a screen of `columns`: its longest name, cut so that the trend stays on the row. */
function nameWidth(columns: number, names: readonly string[], figures: number): number {
  const longest = Math.max(8, ...names.map((n) => n.length));
  return Math.max(8, Math.min(40, longest, columns - 1 - figures - TICKS - 2));
}

/** One row of the progress: a name, its figures, and the trend of its scores. */
function Row({ name, figures, scores }: { name: string; figures: string; scores: number[] }) {
  return (
    <Para>
      {`${name}  ${figures}  `}
      <Tx color="cyan">{sparkline(scores, TICKS)}</Tx>
      {` ${trend(scores)}`}
    </Para>
  );
}

/** The progress screen, `columns` wide (else the terminal's); `notice` is shown first (e.g. a corrupt file set aside). */
export function ProgressScreen(props: { attempts: readonly Attempt[]; notice?: string; columns?: number }) {
  const { attempts, notice } = props;
  const groups = attemptsByScenario(attempts);
  const drills = attempts.filter((a) => a.drill);
  const history = competencyTrends(attempts);
  const comps = Object.keys(history).map((key) => ({ key, ...history[key]! }));
  const { stdout } = useStdout();
  const columns = props.columns ?? (stdout?.columns || 100);
  const titlePad = nameWidth(
    columns,
    groups.map((g) => g.title),
    FIGURES,
  );
  const labelPad = nameWidth(
    columns,
    comps.map((c) => `${c.label} (${c.locale})`),
    FIGURES - 6,
  );
  const n = (x: number | undefined, width: number) => String(x).padStart(width);
  return (
    <Box flexDirection="column">
      {notice ? (
        <Box marginBottom={1}>
          <Tx color="yellow">{`⚠ ${notice}`}</Tx>
        </Box>
      ) : null}
      <Tx bold>━━ Your progress ━━</Tx>
      {attempts.length === 0 ? <Tx>No attempts yet. Try `rehearse drill` or `rehearse play`.</Tx> : null}
      {groups.length ? (
        <Box flexDirection="column" marginTop={1}>
          <Tx bold>{`${column('Scenario', titlePad)}  tries  best  last  trend`}</Tx>
          {groups.map((g) => {
            const scores = g.list.map((a) => a.score);
            const figures = `${n(g.list.length, 5)}  ${n(Math.max(...scores), 4)}  ${n(scores.at(-1), 4)}`;
            return <Row key={g.id} name={column(g.title, titlePad)} figures={figures} scores={scores} />;
          })}
        </Box>
      ) : null}
      {drills.length ? (
        <Tx>{`Drills: ${drills.length} prompt(s) answered, ${drills.filter((d) => d.passed).length} passed.`}</Tx>
      ) : null}
      {comps.length ? (
        <Box flexDirection="column" marginTop={1}>
          <Tx bold>{`${column('Competency', labelPad)}  tries  last  trend`}</Tx>
          {comps.map((c) => {
            const scores = c.points.map((p) => p.score);
            const name = column(`${c.label} (${c.locale})`, labelPad);
            return (
              <Row key={c.key} name={name} figures={`${n(scores.length, 5)}  ${n(scores.at(-1), 4)}`} scores={scores} />
            );
          })}
        </Box>
      ) : null}
    </Box>
  );
}
