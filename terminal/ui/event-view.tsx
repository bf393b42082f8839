/** One session event drawn in the terminal: a character's line, a prompt asked, or feedback on an answer. */
import { signedPoints } from '../../app/score-display.ts';
import { Box, Text } from 'ink';
import type { FeedbackEvent, LineEvent, PromptEvent, Scenario, SessionEvent } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { highlightPieces } from './highlight.ts';
import { Highlighted, Tx } from './theme.tsx';
import { useWords } from './words.ts';

type Feedback = FeedbackEvent;
type Prompt = PromptEvent;

/** A line said by a character. */
export function LineView({ e }: { e: LineEvent }) {
  if (e.who === 'narrator') return <Tx dim>{e.text}</Tx>;
  return (
    <Text>
      <Tx color="magenta" bold>
        {e.name}:{' '}
      </Tx>
      {e.text}
    </Text>
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
  const text = option ? option.text : e.answer;
  const w = useWords();
  return (
    <Text>
      <Tx color="cyan">{w.you}</Tx>
      {highlight && !option ? <Highlighted pieces={highlightPieces(e.answer, e.spans)} /> : text}
    </Text>
  );
}

/** Signed points, e.g. "+2" or "-3" (app/score-display.ts). */
export const signed = signedPoints;

/** Feedback on one answer: each matched criterion or the chosen option, with points and advice. */
export function FeedbackView({ e, scenario }: { e: Feedback; scenario: Scenario }) {
  const scored = e.items.filter((i) => i.points !== 0 || i.feedback || i.critical);
  const w = useWords();
  return (
    <Box flexDirection="column" marginLeft={2}>
      {scored.length === 0 ? <Tx dim>{w.noMatch}</Tx> : null}
      {scored.map((i) => {
        const label = i.competency ? (own(scenario.competencies, i.competency)?.label ?? i.competency) : '';
        const good = i.points > 0 && !i.critical;
        return (
          <Box key={i.id} flexDirection="column">
            <Text>
              <Tx color={good ? 'green' : 'red'} bold>{`${good ? '✓' : '✗'} ${signed(i.points)}`}</Tx>
              {label ? ` ${label}` : ''}
              {i.feedback ? ` — ${i.feedback}` : ''}
            </Text>
            {i.critical ? <Tx color="red" bold>{`  ${w.critical}${i.critical}`}</Tx> : null}
          </Box>
        );
      })}
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
  if (e.type === 'ended') return <Tx bold>{`— ${e.label ?? e.outcome} —`}</Tx>;
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
