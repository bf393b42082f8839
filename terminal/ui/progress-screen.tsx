/** Progress: attempts per scenario and per competency, each with a trend line (▁▂▃▄▅▆▇█). */
import { Box, useStdout } from 'ink';
import type { Attempt } from '../../app/progress.ts';
import { attemptsByScenario, competencyTrends } from '../../app/progress-trends.ts';
import { column, sparkline, trend } from './bars.ts';
import { Para, Tx } from './theme.tsx';
import { useWords, type Words } from './words.ts';

/** Ticks of a trend line. */
const TICKS = 12;

/** A column of figures: its head, and its width (the head's, at least `digits`). */
function figureColumn(head: string, digits: number) {
  return { head, width: Math.max(head.length, digits) };
}

/** The figure columns of a table ("tries best last" or "tries last") and the cells they take after a row's name. */
function figureColumns(w: Words, best: boolean) {
  const cols = [
    figureColumn(w.heads.tries, 5),
    ...(best ? [figureColumn(w.heads.best, 4)] : []),
    figureColumn(w.heads.last, 4),
  ];
  return { cols, cells: 2 + cols.reduce((sum, c) => sum + c.width + 2, 0) };
}

type FigureColumns = ReturnType<typeof figureColumns>;

/** The heads of the figure columns, each right-aligned. */
const heads = (f: FigureColumns) => f.cols.map((c) => c.head.padStart(c.width)).join('  ');

/** A row's figures, each right-aligned under its head. */
const cells = (f: FigureColumns, xs: Array<number | undefined>) =>
  xs.map((x, i) => String(x).padStart(f.cols[i]!.width)).join('  ');

/** A competency's row name: its label and its language. */
const competencyName = (c: { label: string; locale: string }) => `${c.label} (${c.locale})`;

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

/**
 * The progress screen, in the language of the screens (`WordsContext`), `columns` wide (else the terminal's);
 * `notice` is shown first (e.g. a corrupt file set aside).
 */
export function ProgressScreen(props: { attempts: readonly Attempt[]; notice?: string; columns?: number }) {
  const { attempts, notice } = props;
  const groups = attemptsByScenario(attempts);
  const drills = attempts.filter((a) => a.drill);
  const history = competencyTrends(attempts);
  const comps = Object.keys(history).map((key) => ({ key, ...history[key]! }));
  const { stdout } = useStdout();
  const w = useWords();
  const columns = props.columns ?? (stdout?.columns || 100);
  const [scenarioFigures, competencyFigures] = [figureColumns(w, true), figureColumns(w, false)];
  const titlePad = nameWidth(
    columns,
    groups.map((g) => g.title),
    scenarioFigures.cells,
  );
  const labelPad = nameWidth(columns, comps.map(competencyName), competencyFigures.cells);
  return (
    <Box flexDirection="column">
      {notice ? (
        <Box marginBottom={1}>
          <Tx color="yellow">{`⚠ ${notice}`}</Tx>
        </Box>
      ) : null}
      <Tx bold>{`━━ ${w.progressTitle} ━━`}</Tx>
      {attempts.length === 0 ? <Tx>{w.noAttempts}</Tx> : null}
      {groups.length ? (
        <Box flexDirection="column" marginTop={1}>
          <Tx bold>{`${column(w.heads.scenario, titlePad)}  ${heads(scenarioFigures)}  ${w.heads.trend}`}</Tx>
          {groups.map((g) => {
            const scores = g.list.map((a) => a.score);
            const figures = cells(scenarioFigures, [g.list.length, Math.max(...scores), scores.at(-1)]);
            return <Row key={g.id} name={column(g.title, titlePad)} figures={figures} scores={scores} />;
          })}
        </Box>
      ) : null}
      {drills.length ? <Tx>{w.drillsDone(drills.length, drills.filter((d) => d.passed).length)}</Tx> : null}
      {comps.length ? (
        <Box flexDirection="column" marginTop={1}>
          <Tx bold>{`${column(w.heads.competency, labelPad)}  ${heads(competencyFigures)}  ${w.heads.trend}`}</Tx>
          {comps.map((c) => {
            const scores = c.points.map((p) => p.score);
            const name = column(competencyName(c), labelPad);
            return (
              <Row
                key={c.key}
                name={name}
                figures={cells(competencyFigures, [scores.length, scores.at(-1)])}
                scores={scores}
              />
            );
          })}
        </Box>
      ) : null}
    </Box>
  );
}
