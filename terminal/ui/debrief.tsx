/** The debrief of a session: passed or not, critical errors, one bar per competency, each answer highlighted. */
import { Box, useStdout } from 'ink';
import type { Report, Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { criticalRule, failureLines } from '../../app/critical-summary.ts';
import { bandColor, bar, barLayout, column } from './bars.ts';
import { highlightPieces } from './highlight.ts';
import { SHOWN_ANSWER, signed } from './event-view.tsx';
import { Highlighted, Para, Tx } from './theme.tsx';
import { useWords } from './words.ts';

/** Competency rows of a report: label, bar and score, in the scenario's order; one it could not assess is dim. */
export function CompetencyBars({ scenario, report }: { scenario: Scenario; report: Report }) {
  const ids = Object.keys(scenario.competencies);
  const labels = ids.map((id) => own(scenario.competencies, id)!.label);
  const { stdout } = useStdout();
  const w = useWords();
  const unassessed = ids.some((id) => (own(report.competencies, id)?.possible ?? 0) <= 0);
  const size = barLayout(stdout?.columns || 80, labels, 2, unassessed ? w.notAssessed.length + 3 : 4);
  return (
    <Box flexDirection="column">
      {ids.map((id, i) => {
        const c = own(report.competencies, id);
        const label = column(labels[i]!, size.label);
        if (!c || c.possible <= 0)
          return <Tx key={id} dim>{`  ${label} ${'·'.repeat(size.bar)}   ${w.notAssessed}`}</Tx>;
        return (
          <Para key={id}>
            {`  ${label} `}
            <Tx color={bandColor(c.score)}>{bar(c.score, size.bar)}</Tx>
            {` ${String(c.score).padStart(3)}`}
          </Para>
        );
      })}
    </Box>
  );
}

/** Each answer of the report, its matched words highlighted, its points, its feedback and the model answer. */
function Answers({ scenario, report }: { scenario: Scenario; report: Report }) {
  const w = useWords();
  return (
    <Box flexDirection="column" marginTop={1}>
      <Tx bold>{w.answers}</Tx>
      {report.turns.map((t, i) => {
        const ask = own(scenario.nodes, t.node)?.ask;
        const option = ask?.kind === 'choice' ? ask.options.find((o) => o.id === t.answer) : undefined;
        const answer = t.answer.slice(0, SHOWN_ANSWER);
        return (
          <Box key={i} flexDirection="column" marginLeft={2}>
            <Para>
              {`${i + 1}. `}
              {option ? option.text : <Highlighted pieces={highlightPieces(answer, t.spans)} />}
              {t.answer.length > answer.length ? <Tx dim>{w.moreChars(t.answer.length - answer.length)}</Tx> : null}
              <Tx color={t.points > 0 ? 'green' : 'red'}>{`  (${signed(t.points)}${t.late ? w.lateTag : ''})`}</Tx>
            </Para>
            {t.stuffed ? <Tx color="yellow">{`   ${w.stuffedTurn}`}</Tx> : null}
            {(t.feedback ?? []).map((f, j) => (
              <Tx key={j} dim>{`   ${f}`}</Tx>
            ))}
            {ask?.kind === 'free' && ask.model ? <Tx dim>{`   ${w.model}${ask.model}`}</Tx> : null}
          </Box>
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
      <Tx>{`${w.outcome}${outcome}`}</Tx>
      <Para>
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
      </Para>
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
      <Answers scenario={scenario} report={report} />
      {scenario.debrief.takeaways.length ? (
        <Box flexDirection="column" marginTop={1}>
          <Tx bold>{w.takeaways}</Tx>
          {scenario.debrief.takeaways.map((t, i) => (
            <Tx key={i}>{`  • ${t}`}</Tx>
          ))}
        </Box>
      ) : null}
      {scenario.debrief.resources.length ? (
        <Box flexDirection="column" marginTop={1}>
          <Tx bold>{w.resources}</Tx>
          {scenario.debrief.resources.map((r, i) => (
            <Tx key={i}>{`  • ${r.label}${r.phone ? ` — ${r.phone}` : ''}${r.url ? ` — ${r.url}` : ''}`}</Tx>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
