/** The end of a drill: each prompt's score, and each competency's average over the drill. */
import { Box, useStdout } from 'ink';
import { competencyAverages } from '../../app/drill.ts';
import { bandColor, bar, barLayout, column } from './bars.ts';
import type { DrillResult } from './drill-screen.tsx';
import { Para, Tx } from './theme.tsx';
import { useWords } from './words.ts';

/** The summary screen. */
export function DrillSummary({ results }: { results: readonly DrillResult[] }) {
  const comps = competencyAverages(results.map((r) => r.report));
  const passed = results.filter((r) => r.report.passed).length;
  const w = useWords();
  const { stdout } = useStdout();
  const columns = stdout?.columns || 80;
  const size = barLayout(
    columns,
    comps.map((c) => c.label),
  );
  // "  1. ✓  56  " then the title and the prompt, each given half of what is left (one line per prompt).
  const text = Math.max(16, columns - 12 - 3 - 1);
  const titleWidth = Math.min(40, Math.floor(text * 0.45));
  return (
    <Box flexDirection="column">
      <Tx bold>{`━━ ${w.summary(passed, results.length)} ━━`}</Tx>
      {results.map((r, i) => (
        <Para key={i}>
          {`  ${i + 1}. `}
          {r.report.passed ? <Tx color="green">✓</Tx> : <Tx color="red">✗</Tx>}
          {` ${String(r.report.score).padStart(3)}  ${column(r.item.scenario.title, titleWidth).trimEnd()} — `}
          {column(r.prompt, text - titleWidth).trimEnd()}
          {r.report.critical ? (
            <Tx color="red" bold>
              {w.criticalTag}
            </Tx>
          ) : null}
        </Para>
      ))}
      {comps.length ? (
        <Box marginTop={1}>
          <Tx bold>{w.averages}</Tx>
        </Box>
      ) : null}
      {comps.map((c) => (
        <Para key={c.label}>
          {`  ${column(c.label, size.label)} `}
          <Tx color={bandColor(c.score)}>{bar(c.score, size.bar)}</Tx>
          {` ${String(c.score).padStart(3)}`}
        </Para>
      ))}
      <Box marginTop={1}>
        <Tx dim>{w.missed}</Tx>
      </Box>
    </Box>
  );
}
