/** One session event drawn in the terminal: a character's line, a prompt asked, or feedback on an answer. */
import { signedPoints } from '../../app/score-display.ts';
import { Box } from 'ink';
import { missedRequired } from '../../engine/session/core.ts';
import type { FeedbackEvent, LineEvent, PromptEvent, Scenario, SessionEvent } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { highlightPieces } from './highlight.ts';
import { Highlighted, Para, Tx } from './theme.tsx';
import { useWords } from './words.ts';

type Feedback = FeedbackEvent;
type Prompt = PromptEvent;

/** How much of an answer the transcript shows (a 100 000-character paste is cut, with its length said). */
export const SHOWN_ANSWER = 2000;

/** A line said by a character. */
export function LineView({ e }: { e: LineEvent }) {
  const w = useWords();
  if (e.who === 'narrator') return <Tx dim>{e.text}</Tx>;
  return (
    <Para>
      <Tx color="magenta" bold>
        {w.says(e.name)}
      </Tx>
      {e.text}
    </Para>
  );
}

/** The question of a prompt (and its hint). */
export function PromptView({ e }: { e: Prompt }) {
  const w = useWords();
  return (
    <Box flexDirection="column">
      {e.prompt ? <Tx color="cyan" bold>{`» ${e.prompt}`}</Tx> : null}
      {e.kind === 'free' && e.hint ? <Tx dim>{`  ${w.hint}${e.hint}`}</Tx> : null}
    </Box>
  );
}

/** What the trainee answered: the text with matched words highlighted, or the chosen option's text. */
export function AnswerView({ e, prompt, highlight }: { e: Feedback; prompt?: Prompt; highlight: boolean }) {
  const option = prompt?.kind === 'choice' ? prompt.options.find((o) => o.id === e.answer) : undefined;
  const w = useWords();
  const answer = e.answer.length > SHOWN_ANSWER ? e.answer.slice(0, SHOWN_ANSWER) : e.answer;
  const more = e.answer.length - answer.length;
  return (
    <Para>
      <Tx color="cyan">{w.you}</Tx>
      {option ? option.text : highlight ? <Highlighted pieces={highlightPieces(answer, e.spans)} /> : answer}
      {more > 0 ? <Tx dim>{w.moreChars(more)}</Tx> : null}
    </Para>
  );
}

/** Signed points, e.g. "+2" or "-3" (app/score-display.ts). */
export const signed = signedPoints;

/** One criterion or option of a feedback: ✓/✗, its points (or those withheld), competency and advice. */
function FeedbackItem({ i, scenario }: { i: Feedback['items'][number]; scenario: Scenario }) {
  const w = useWords();
  const label = i.competency ? (own(scenario.competencies, i.competency)?.label ?? i.competency) : '';
  const good = i.points > 0 && !i.critical;
  return (
    <Box flexDirection="column">
      <Para>
        <Tx color={good ? 'green' : 'red'} bold>{`${good ? '✓' : '✗'} ${signed(i.points)}`}</Tx>
        {i.withheld ? <Tx color="yellow">{w.withheld(i.withheld)}</Tx> : null}
        {label ? ` ${label}` : ''}
        {i.feedback ? ` — ${i.feedback}` : ''}
      </Para>
      {i.critical ? <Tx color="red" bold>{`  ${w.critical}${i.critical}`}</Tx> : null}
    </Box>
  );
}

/**
 * Feedback on one answer: each matched criterion or the chosen option with points and advice; then
 * why a stuffed answer earned nothing, and each required criterion it left out (the engine's verdicts).
 */
export function FeedbackView({ e, scenario }: { e: Feedback; scenario: Scenario }) {
  const scored = e.items.filter((i) => i.points !== 0 || i.withheld || i.feedback || i.critical);
  const missed = missedRequired(scenario, e);
  const w = useWords();
  return (
    <Box flexDirection="column" marginLeft={2}>
      {scored.length === 0 && !e.stuffed ? <Tx dim>{w.noMatch}</Tx> : null}
      {scored.map((i) => (
        <FeedbackItem key={i.id} i={i} scenario={scenario} />
      ))}
      {e.stuffed ? <Tx color="yellow">{w.stuffed[e.stuffed]}</Tx> : null}
      {missed.map((m, i) => (
        <Tx key={i} color="red" bold>{`✗ ${w.leftOut}${m.reason}`}</Tx>
      ))}
      {e.late ? <Tx color="yellow">{w.late}</Tx> : null}
    </Box>
  );
}

/** An event of the transcript; `prompts` gives the prompt each feedback answers; `exam` hides feedback. */
export function EventView(props: { e: SessionEvent; scenario: Scenario; prompt?: Prompt; exam: boolean }) {
  const { e } = props;
  const w = useWords();
  if (e.type === 'line') return <LineView e={e} />;
  if (e.type === 'prompt') return <PromptView e={e} />;
  if (e.type === 'ended')
    return <Tx bold>{`— ${e.label ?? own(props.scenario.outcomes, e.outcome) ?? e.outcome} —`}</Tx>;
  return (
    <Box flexDirection="column" marginBottom={1}>
      <AnswerView e={e} prompt={props.prompt} highlight={!props.exam} />
      {props.exam ? <Tx dim>{`  ${w.recorded}`}</Tx> : <FeedbackView e={e} scenario={props.scenario} />}
    </Box>
  );
}

/** For each feedback event index, the prompt event it answers. */
export function promptsFor(events: readonly SessionEvent[]): Map<number, Prompt> {
  const out = new Map<number, Prompt>();
  let last: Prompt | undefined;
  events.forEach((e, i) => {
    if (e.type === 'prompt') last = e;
    else if (e.type === 'feedback' && last) out.set(i, last);
  });
  return out;
}
