/** The debrief of a session: passed or not, critical errors, one bar per competency, each answer highlighted. */
import { Box, Text } from 'ink';
import type { Report, Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { criticalRule, failureLines } from '../../app/critical-summary.ts';
import { bandColor, bar } from './bars.ts';
import { highlightPieces } from './highlight.ts';
import { signed } from './event-view.tsx';
import { Highlighted, Tx } from './theme.tsx';
import { useWords } from './words.ts';

/** Competency rows of a report: label, bar and score, in the scenario's order; one it could not assess is dim. */
export function CompetencyBars({
  scenario,
  report,
  width = 20,
}: {
  scenario: Scenario;
  report: Report;
  width?: number;
}) {
  const ids = Object.keys(scenario.competencies);
  const labels = ids.map((id) => own(scenario.competencies, id)!.label);
  const pad = Math.max(...labels.map((l) => l.length), 0);
  const w = useWords();
  return (
    <Box flexDirection="column">
      {ids.map((id, i) => {
        const c = own(report.competencies, id);
        if (!c || c.possible <= 0)
          return <Tx key={id} dim>{`  ${labels[i]!.padEnd(pad)} ${'·'.repeat(width)}   ${w.notAssessed}`}</Tx>;
        return (
          <Text key={id}>
            {`  ${labels[i]!.padEnd(pad)} `}
            <Tx color={bandColor(c.score)}>{bar(c.score, width)}</Tx>
            {` ${String(c.score).padStart(3)}`}
          </Text>
        );
      })}
    </Box>
  );
}

/** The whole debrief of a report: verdict, critical errors, competency bars, turns and resources. */
export function Debrief({ scenario, report }: { scenario: Scenario; report: Report }) {
  const w = useWords();
  const outcome = report.outcome ? (own(scenario.outcomes, report.outcome) ?? report.outcome) : w.notFinished;
  return (
    <Box flexDirection="column" marginTop={1}>
      <Tx bold>{`━━ ${w.debrief}${scenario.title} ━━`}</Tx>
      <Text>{`${w.outcome}${outcome}`}</Text>
      <Text>
        {report.passed ? (
          <Tx color="green" bold>
            {w.passed}
          </Tx>
        ) : (
          <Tx color="red" bold>
            {w.notPassed}
          </Tx>
        )}
        {w.score(report.score, scenario.pass)}
      </Text>
      {report.criticals.length ? (
        <Box flexDirection="column" marginTop={1}>
          <Tx color="red" bold>
            {w.criticals}
          </Tx>
          {failureLines(report, scenario.locale).map((f, i) => (
            <Tx key={`${i}-${f.node}-${f.id}`} color="red">{`  ✗ ${f.text}`}</Tx>
          ))}
          <Tx dim>{`  ${criticalRule(scenario.locale)}`}</Tx>
        </Box>
      ) : null}
      <Box flexDirection="column" marginTop={1}>
        <Tx bold>{w.competencies}</Tx>
        <CompetencyBars scenario={scenario} report={report} />
      </Box>
      <Box flexDirection="column" marginTop={1}>
        <Tx bold>{w.answers}</Tx>
        {report.turns.map((t, i) => {
          const ask = own(scenario.nodes, t.node)?.ask;
          const option = ask?.kind === 'choice' ? ask.options.find((o) => o.id === t.answer) : undefined;
          return (
            <Box key={i} flexDirection="column" marginLeft={2}>
              <Text>
                {`${i + 1}. `}
                {option ? option.text : <Highlighted pieces={highlightPieces(t.answer, t.spans)} />}
                <Tx color={t.points > 0 ? 'green' : 'red'}>{`  (${signed(t.points)}${t.late ? w.lateTag : ''})`}</Tx>
              </Text>
              {(t.feedback ?? []).map((f, j) => (
                <Tx key={j} dim>{`   ${f}`}</Tx>
              ))}
              {ask?.kind === 'free' && ask.model ? <Tx dim>{`   ${w.model}${ask.model}`}</Tx> : null}
            </Box>
          );
        })}
      </Box>
      {scenario.debrief.takeaways.length ? (
        <Box flexDirection="column" marginTop={1}>
          <Tx bold>{w.takeaways}</Tx>
          {scenario.debrief.takeaways.map((t, i) => (
            <Text key={i}>{`  • ${t}`}</Text>
          ))}
        </Box>
      ) : null}
      {scenario.debrief.resources.length ? (
        <Box flexDirection="column" marginTop={1}>
          <Tx bold>{w.resources}</Tx>
          {scenario.debrief.resources.map((r, i) => (
            <Text key={i}>{`  • ${r.label}${r.phone ? ` — ${r.phone}` : ''}${r.url ? ` — ${r.url}` : ''}`}</Text>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
