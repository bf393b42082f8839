/** The answer area of a pending prompt: a text input (free) or a list of options (choice), with a soft countdown. */
import { Box } from 'ink';
import { EMPTY_ANSWER } from '../../app/session-store.ts';
import type { PromptEvent } from '../../engine/types.ts';
import { ChoiceList } from './choice-list.tsx';
import { PromptView } from './event-view.tsx';
import { TextInput } from './text-input.tsx';
import { Tx } from './theme.tsx';
import { useElapsed } from './use-elapsed.ts';
import { useWords } from './words.ts';

type Prompt = PromptEvent;

/** What the screen does with an answer; each returns true when the engine accepted it. */
export interface AnswerHandlers {
  answer(text: string, seconds?: number): boolean;
  choose(option: string, seconds?: number): boolean;
}

/** The soft countdown: seconds left, then "time is up" (the answer is still taken, marked late). */
export function Countdown({ limit, elapsed }: { limit: number; elapsed: number }) {
  const left = Math.ceil(limit - elapsed);
  const w = useWords();
  if (left > 0)
    return (
      <Tx color={left <= 5 ? 'yellow' : undefined} dim={left > 5}>
        {w.left(left)}
      </Tx>
    );
  return <Tx color="yellow">{w.timeUp}</Tx>;
}

/** The pending prompt and its input; `error` is the last refused answer's message. */
export function PromptInput(props: { prompt: Prompt; index: number; handlers: AnswerHandlers; error: string | null }) {
  const { prompt, handlers } = props;
  const w = useWords();
  const elapsed = useElapsed(`${props.index}:${prompt.node}`, prompt.seconds !== undefined);
  const secs = () => (prompt.seconds !== undefined ? Math.round(elapsed() * 10) / 10 : undefined);
  return (
    <Box flexDirection="column" marginTop={1}>
      <PromptView e={prompt} />
      {prompt.seconds !== undefined ? <Countdown limit={prompt.seconds} elapsed={elapsed()} /> : null}
      {prompt.kind === 'free' ? (
        <TextInput placeholder={w.placeholder} onSubmit={(text) => handlers.answer(text, secs())} />
      ) : (
        <ChoiceList
          items={prompt.options.map((o) => ({ id: o.id, label: o.text }))}
          onPick={(id) => handlers.choose(id, secs())}
        />
      )}
      {props.error ? <Tx color="red">{props.error === EMPTY_ANSWER ? w.empty : props.error}</Tx> : null}
      <Tx dim>{prompt.kind === 'free' ? w.keysFree : w.keysChoice}</Tx>
    </Box>
  );
}
