/** A quick drill: one prompt at a time out of its scenario (context, lines, prompt), feedback and score, then the summary. */
import '../../engine/session/answer.ts'; // the answer checker: typed answers are read at once
import { useRef, useState } from 'react';
import { Box } from 'ink';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { drillScenario, type DrillItem } from '../../app/drill.ts';
import { createSessionStore } from '../../app/session-store.ts';
import { report as engineReport } from '../../engine/session/index.ts';
import type { Locale, Report, SessionEvent } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { DrillSummary } from './drill-summary.tsx';
import { EventView, promptsFor } from './event-view.tsx';
import { createNoticeStore, type NoticeState } from './notice-store.ts';
import { Notices } from './play-screen.tsx';
import { PromptInput } from './prompt-input.tsx';
import { Para, Tx } from './theme.tsx';
import { isKey, useKeys } from './use-keys.ts';
import { WordsContext, wordsFor } from './words.ts';

/** One drilled prompt's result: the engine's report of that prompt alone, and the prompt's text. */
export interface DrillResult {
  item: DrillItem;
  report: Report;
  prompt: string;
}

/** One prompt of the drill; calls `onAnswered` once the engine has scored it. */
function DrillPrompt(props: {
  item: DrillItem;
  n: number;
  total: number;
  seed: number;
  result: DrillResult | null;
  onAnswered: (r: DrillResult) => void;
}) {
  const { item, result } = props;
  const [store] = useState(() => {
    const s = createSessionStore();
    s.getState().start(drillScenario(item), { seed: props.seed });
    return s;
  });
  const events = useStore(store, (s) => s.events);
  const error = useStore(store, (s) => s.error);
  const waiting = useStore(store, (s) => s.prompt);
  const scenario = store.getState().scenario!;
  const node = own(scenario.nodes, item.node);
  const fbAt = events.findIndex((e) => e.type === 'feedback');
  const shown = fbAt >= 0 ? events.slice(0, fbAt + 1) : events;
  const pending = fbAt >= 0 ? null : waiting;
  const prompts = promptsFor(shown);
  const settle = (ok: boolean) => {
    const st = store.getState();
    if (!ok || !st.scenario || !st.state) return ok;
    props.onAnswered({
      item,
      report: engineReport(st.scenario, st.state),
      prompt: firstPromptText(st.events, scenario.title),
    });
    return ok;
  };
  const w = wordsFor(scenario.locale);
  return (
    <WordsContext.Provider value={w}>
      <Box flexDirection="column">
        <Tx bold>{`━━ ${w.drill(props.n, props.total)} · ${scenario.title} ━━`}</Tx>
        {node?.context ? <Tx color="yellow">{node.context}</Tx> : null}
        <Box flexDirection="column" marginTop={1}>
          {shown.map((e, i) =>
            e === pending ? null : <EventView key={i} e={e} scenario={scenario} prompt={prompts.get(i)} exam={false} />,
          )}
        </Box>
        {pending ? (
          <PromptInput
            prompt={pending}
            index={0}
            error={error}
            handlers={{
              answer: (t, s) => settle(store.getState().answer(t, s)),
              choose: (o, s) => settle(store.getState().choose(o, s)),
            }}
          />
        ) : null}
        {result ? (
          <Box flexDirection="column">
            <Para>
              {w.promptScore(result.report.score)}
              {result.report.passed ? (
                <Tx color="green" bold>
                  ✓
                </Tx>
              ) : (
                <Tx color="red" bold>
                  ✗
                </Tx>
              )}
            </Para>
            <Tx dim>{props.n < props.total ? w.next : w.toSummary}</Tx>
          </Box>
        ) : null}
      </Box>
    </WordsContext.Provider>
  );
}

/** The text of the first prompt event (the drilled one), for the summary; the scenario's title when it has none. */
function firstPromptText(events: SessionEvent[], fallback: string): string {
  const p = events.find((e) => e.type === 'prompt');
  return (p?.type === 'prompt' ? p.prompt : undefined) ?? fallback;
}

/**
 * The whole drill in one language (`locale`); `onResult` stores each scored prompt as soon as it is
 * scored and gives a notice when it could not; `onFinish` ends it. One key handler moves on (Enter
 * after a score, Enter on the summary), so an Enter typed right after a screen appears is never lost.
 */
export function DrillScreen(props: {
  items: DrillItem[];
  seed: number;
  locale: Locale;
  onResult: (r: DrillResult) => string | null;
  onFinish: () => void;
  notices?: readonly string[];
}) {
  const [index, setIndex] = useState(0);
  const [results, setResults] = useState<DrillResult[]>([]);
  const [live] = useState<StoreApi<NoticeState>>(createNoticeStore);
  const later = useStore(live, (s) => s.list);
  const at = useRef({ index: 0, answered: false });
  const done = index >= props.items.length;
  useKeys((e) => {
    if (!isKey(e, 'return') || e.used) return;
    if (at.current.index >= props.items.length) return props.onFinish();
    if (!at.current.answered) return;
    at.current = { index: at.current.index + 1, answered: false };
    setIndex(at.current.index);
  });
  const w = wordsFor(props.locale);
  const item = props.items[index];
  return (
    <WordsContext.Provider value={w}>
      <Box flexDirection="column">
        <Notices notices={props.notices ?? []} />
        {done || !item ? (
          <Box flexDirection="column">
            <DrillSummary results={results} />
            <Tx dim>{w.finish}</Tx>
          </Box>
        ) : (
          <DrillPrompt
            key={index}
            item={item}
            n={index + 1}
            total={props.items.length}
            seed={props.seed + index}
            result={results.length > index ? results[index]! : null}
            onAnswered={(r) => {
              at.current.answered = true;
              setResults((rs) => [...rs, r]);
              const notice = props.onResult(r);
              if (notice) live.getState().add(notice);
            }}
          />
        )}
        <Notices notices={later} />
      </Box>
    </WordsContext.Provider>
  );
}
