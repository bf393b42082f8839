/** The play screen: the conversation so far, the pending prompt, feedback after each answer, then the debrief. */
import { Box, Static, Text, useInput } from 'ink';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { SessionStore } from '../../app/session-store.ts';
import type { Scenario, SessionEvent } from '../../engine/types.ts';
import { Debrief } from './debrief.tsx';
import { EventView, promptsFor } from './event-view.tsx';
import { PromptInput } from './prompt-input.tsx';
import { Tx } from './theme.tsx';
import { useWords, WordsContext, wordsFor } from './words.ts';

/** The title block shown once at the start of a scenario. */
export function ScenarioHeader({ scenario, exam }: { scenario: Scenario; exam: boolean }) {
  const w = useWords();
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Tx bold>{`━━ ${scenario.title} ━━${exam ? w.exam : ''}`}</Tx>
      {scenario.summary ? <Text>{scenario.summary}</Text> : null}
      {scenario.content_notes.length ? (
        <Tx color="yellow">{`${w.notes}${scenario.content_notes.join(', ')}`}</Tx>
      ) : null}
    </Box>
  );
}

type Item = { key: string; event?: SessionEvent; index: number };

/** The screen, driven by a session store; `onFinish` is called when the trainee leaves the debrief. */
export function PlayScreen({ store, onFinish }: { store: StoreApi<SessionStore>; onFinish: () => void }) {
  const scenario = useStore(store, (s) => s.scenario);
  const events = useStore(store, (s) => s.events);
  const error = useStore(store, (s) => s.error);
  const exam = useStore(store, (s) => s.exam);
  const ended = useStore(store, (s) => s.ended);
  const report = useStore(store, (s) => s.report);
  const pending = useStore(store, (s) => s.prompt);
  useInput(
    (input, key) => {
      if (key.return || input === 'q') onFinish();
    },
    { isActive: ended },
  );
  if (!scenario) return null;
  const pendingAt = pending ? events.lastIndexOf(pending) : -1;
  const done = pending ? events.slice(0, pendingAt) : events;
  const prompts = promptsFor(events);
  const items: Item[] = [
    { key: 'header', index: -1 },
    ...done.map((event, index) => ({ key: String(index), event, index })),
  ];
  const w = wordsFor(scenario.locale);
  return (
    <WordsContext.Provider value={w}>
      <Box flexDirection="column">
        <Static items={items}>
          {(it) =>
            it.event ? (
              <EventView key={it.key} e={it.event} scenario={scenario} prompt={prompts.get(it.index)} exam={exam} />
            ) : (
              <ScenarioHeader key={it.key} scenario={scenario} exam={exam} />
            )
          }
        </Static>
        {pending ? (
          <PromptInput
            key={pendingAt}
            prompt={pending}
            index={pendingAt}
            error={error}
            handlers={{
              answer: (t, s) => store.getState().answer(t, s),
              choose: (o, s) => store.getState().choose(o, s),
            }}
          />
        ) : null}
        {ended && report ? <Debrief scenario={scenario} report={report} /> : null}
        {ended ? <Tx dim>{w.finish}</Tx> : null}
      </Box>
    </WordsContext.Provider>
  );
}
