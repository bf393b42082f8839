/** Progress: attempts per scenario and per competency, each with a trend line (▁▂▃▄▅▆▇█). */
import { Box, Text } from 'ink';
import type { Attempt } from '../../app/progress.ts';
import { attemptsByScenario, competencyTrends } from '../../app/progress-trends.ts';
import { sparkline, trend } from './bars.ts';
import { Tx } from './theme.tsx';

/** The progress screen; `notice` is shown first (e.g. a corrupt progress file set aside). */
export function ProgressScreen({ attempts, notice }: { attempts: readonly Attempt[]; notice?: string }) {
  const groups = attemptsByScenario(attempts);
  const drills = attempts.filter((a) => a.drill);
  const history = competencyTrends(attempts);
  const comps = Object.keys(history).map((id) => ({ id, ...history[id]! }));
  const titlePad = Math.min(40, Math.max(8, ...groups.map((g) => g.title.length)));
  const labelPad = Math.max(10, ...comps.map((c) => c.label.length));
  return (
    <Box flexDirection="column">
      {notice ? (
        <Box marginBottom={1}>
          <Tx color="yellow">{`⚠ ${notice}`}</Tx>
        </Box>
      ) : null}
      <Tx bold>━━ Your progress ━━</Tx>
      {attempts.length === 0 ? <Text>No attempts yet. Try `rehearse drill` or `rehearse play`.</Text> : null}
      {groups.length ? (
        <Box flexDirection="column" marginTop={1}>
          <Tx bold>{`${'Scenario'.padEnd(titlePad)}  tries  best  last  trend`}</Tx>
          {groups.map((g) => {
            const scores = g.list.map((a) => a.score);
            return (
              <Text key={g.id}>
                {`${cut(g.title, titlePad).padEnd(titlePad)}  ${String(g.list.length).padStart(5)}  ${String(Math.max(...scores)).padStart(4)}  ${String(scores[scores.length - 1]).padStart(4)}  `}
                <Tx color="cyan">{sparkline(scores)}</Tx>
                {` ${trend(scores)}`}
              </Text>
            );
          })}
        </Box>
      ) : null}
      {drills.length ? (
        <Text>{`Drills: ${drills.length} prompt(s) answered, ${drills.filter((d) => d.passed).length} passed.`}</Text>
      ) : null}
      {comps.length ? (
        <Box flexDirection="column" marginTop={1}>
          <Tx bold>{`${'Competency'.padEnd(labelPad)}  tries  last  trend`}</Tx>
          {comps.map((c) => {
            const scores = c.points.map((p) => p.score);
            return (
              <Text key={c.id}>
                {`${c.label.padEnd(labelPad)}  ${String(scores.length).padStart(5)}  ${String(scores[scores.length - 1]).padStart(4)}  `}
                <Tx color="cyan">{sparkline(scores)}</Tx>
                {` ${trend(scores)}`}
              </Text>
            );
          })}
        </Box>
      ) : null}
    </Box>
  );
}

function cut(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
