/** The play screen: the conversation so far, the pending prompt, feedback after each answer, then the debrief. */
import { Box, Static } from 'ink';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { SessionStore } from '../../app/session-store.ts';
import type { Scenario, SessionEvent } from '../../engine/types.ts';
import { Debrief } from './debrief.tsx';
import { EventView, promptsFor } from './event-view.tsx';
import { PromptInput } from './prompt-input.tsx';
import { Para, Tx } from './theme.tsx';
import { isKey, useKeys } from './use-keys.ts';
import { createNoticeStore, type NoticeState } from './notice-store.ts';
import { useWords, WordsContext, wordsFor } from './words.ts';

const NO_NOTICES = createNoticeStore();

/** The title block shown once at the start of a scenario. */
export function ScenarioHeader({ scenario, exam }: { scenario: Scenario; exam: boolean }) {
  const w = useWords();
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Tx bold>{`━━ ${scenario.title} ━━${exam ? w.exam : ''}`}</Tx>
      {scenario.summary ? <Para>{scenario.summary}</Para> : null}
      {scenario.content_notes.length ? (
        <Tx color="yellow">{`${w.notes}${scenario.content_notes.join(', ')}`}</Tx>
      ) : null}
    </Box>
  );
}

type Item = { key: string; event?: SessionEvent; index: number };

/** Notices shown above a screen (a folder that cannot be written, a session continued), in yellow. */
export function Notices({ notices }: { notices: readonly string[] }) {
  if (!notices.length) return null;
  return (
    <Box flexDirection="column" marginBottom={1}>
      {notices.map((n, i) => (
        <Tx key={i} color="yellow">{`⚠ ${n}`}</Tx>
      ))}
    </Box>
  );
}

/** What has been said and answered so far, written once above the live part (Ink's Static), the header first. */
function Transcript(props: {
  scenario: Scenario;
  done: SessionEvent[];
  events: SessionEvent[];
  exam: boolean;
  notices: readonly string[];
}) {
  const { scenario, exam } = props;
  const prompts = promptsFor(props.events);
  const items: Item[] = [
    { key: 'header', index: -1 },
    ...props.done.map((event, index) => ({ key: String(index), event, index })),
  ];
  return (
    <Static items={items}>
      {(it) =>
        it.event ? (
          <EventView key={it.key} e={it.event} scenario={scenario} prompt={prompts.get(it.index)} exam={exam} />
        ) : (
          <Box key={it.key} flexDirection="column">
            <Notices notices={props.notices} />
            <ScenarioHeader scenario={scenario} exam={exam} />
          </Box>
        )
      }
    </Static>
  );
}

/**
 * The screen, driven by a session store; `onFinish` is called when the trainee leaves the debrief;
 * `notices` are told first, and `live` are the ones that came while playing (a save that failed).
 */
export function PlayScreen({
  store,
  onFinish,
  notices = [],
  live,
}: {
  store: StoreApi<SessionStore>;
  onFinish: () => void;
  notices?: readonly string[];
  live?: StoreApi<NoticeState>;
}) {
  const later = useStore(live ?? NO_NOTICES, (s) => s.list);
  const scenario = useStore(store, (s) => s.scenario);
  const events = useStore(store, (s) => s.events);
  const error = useStore(store, (s) => s.error);
  const exam = useStore(store, (s) => s.exam);
  const ended = useStore(store, (s) => s.ended);
  const report = useStore(store, (s) => s.report);
  const pending = useStore(store, (s) => s.prompt);
  useKeys((e) => {
    if (isKey(e, 'return') || (e.kind === 'text' && e.text === 'q')) onFinish();
  }, ended);
  if (!scenario) return null;
  const pendingAt = pending ? events.lastIndexOf(pending) : -1;
  const done = pending ? events.slice(0, pendingAt) : events;
  const w = wordsFor(scenario.locale);
  return (
    <WordsContext.Provider value={w}>
      <Box flexDirection="column">
        <Transcript scenario={scenario} done={done} events={events} exam={exam} notices={notices} />
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
        <Notices notices={later} />
        {ended && report ? <Debrief scenario={scenario} report={report} /> : null}
        {ended ? <Tx dim>{w.finish}</Tx> : null}
      </Box>
    </WordsContext.Provider>
  );
}
