/** The end of a drill: each prompt's score, and each competency's average over the drill. */
import { Box, Text } from 'ink';
import { competencyAverages } from '../../app/drill.ts';
import { bandColor, bar } from './bars.ts';
import type { DrillResult } from './drill-screen.tsx';
import { Tx } from './theme.tsx';
import { useWords } from './words.ts';

/** The summary screen. */
export function DrillSummary({ results }: { results: readonly DrillResult[] }) {
  const comps = competencyAverages(results.map((r) => r.report));
  const pad = Math.max(0, ...comps.map((c) => c.label.length));
  const passed = results.filter((r) => r.report.passed).length;
  const w = useWords();
  return (
    <Box flexDirection="column">
      <Tx bold>{`━━ ${w.summary(passed, results.length)} ━━`}</Tx>
      {results.map((r, i) => (
        <Text key={i}>
          {`  ${i + 1}. `}
          {r.report.passed ? <Tx color="green">✓</Tx> : <Tx color="red">✗</Tx>}
          {` ${String(r.report.score).padStart(3)}  ${cut(r.item.scenario.title, 40)} — ${cut(r.prompt, 44)}`}
          {r.report.critical ? (
            <Tx color="red" bold>
              {w.criticalTag}
            </Tx>
          ) : null}
        </Text>
      ))}
      {comps.length ? (
        <Box marginTop={1}>
          <Tx bold>{w.averages}</Tx>
        </Box>
      ) : null}
      {comps.map((c) => (
        <Text key={c.label}>
          {`  ${c.label.padEnd(pad)} `}
          <Tx color={bandColor(c.score)}>{bar(c.score, 20)}</Tx>
          {` ${String(c.score).padStart(3)}`}
        </Text>
      ))}
      <Box marginTop={1}>
        <Tx dim>{w.missed}</Tx>
      </Box>
    </Box>
  );
}

/** A text cut to `n` characters with an ellipsis, so each prompt stays on one line. */
function cut(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}
