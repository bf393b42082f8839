/** A quick drill: one prompt at a time out of its scenario (context, lines, prompt), feedback and score, then the summary. */
import '../../engine/session/answer.ts'; // the answer checker: typed answers are read at once
import { useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { useStore } from 'zustand';
import { drillScenario, type DrillItem } from '../../app/drill.ts';
import { createSessionStore } from '../../app/session-store.ts';
import { report as engineReport } from '../../engine/session/index.ts';
import type { Report, SessionEvent } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { DrillSummary } from './drill-summary.tsx';
import { EventView, promptsFor } from './event-view.tsx';
import { PromptInput } from './prompt-input.tsx';
import { Tx } from './theme.tsx';
import { WordsContext, wordsFor } from './words.ts';

/** One drilled prompt's result: the engine's report of that prompt alone, and the prompt's text. */
export interface DrillResult {
  item: DrillItem;
  report: Report;
  prompt: string;
}

/** One prompt of the drill; calls `onAnswered` once the engine has scored it, `onNext` when the trainee moves on. */
function DrillPrompt(props: {
  item: DrillItem;
  n: number;
  total: number;
  seed: number;
  onAnswered: (r: DrillResult) => void;
  onNext: () => void;
}) {
  const { item } = props;
  const [store] = useState(() => {
    const s = createSessionStore();
    s.getState().start(drillScenario(item), { seed: props.seed });
    return s;
  });
  const events = useStore(store, (s) => s.events);
  const error = useStore(store, (s) => s.error);
  const waiting = useStore(store, (s) => s.prompt);
  const [result, setResult] = useState<DrillResult | null>(null);
  useInput(
    (_input, key) => {
      if (key.return) props.onNext();
    },
    { isActive: result !== null },
  );
  const scenario = store.getState().scenario!;
  const node = own(scenario.nodes, item.node);
  const fbAt = events.findIndex((e) => e.type === 'feedback');
  const shown = fbAt >= 0 ? events.slice(0, fbAt + 1) : events;
  const pending = fbAt >= 0 ? null : waiting;
  const prompts = promptsFor(shown);
  const settle = (ok: boolean) => {
    const st = store.getState();
    if (!ok || !st.scenario || !st.state) return ok;
    const report = engineReport(st.scenario, st.state);
    const p = firstPromptText(st.events);
    const r = { item, report, prompt: p };
    setResult(r);
    props.onAnswered(r);
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
            <Text>
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
            </Text>
            <Tx dim>{props.n < props.total ? w.next : w.toSummary}</Tx>
          </Box>
        ) : null}
      </Box>
    </WordsContext.Provider>
  );
}

/** The text of the first prompt event (the drilled one), for the summary. */
function firstPromptText(events: SessionEvent[]): string {
  const p = events.find((e) => e.type === 'prompt');
  return p?.type === 'prompt' ? (p.prompt ?? p.node) : '';
}

/** The whole drill; `onResult` stores each scored prompt as soon as it is scored, `onFinish` ends it. */
export function DrillScreen(props: {
  items: DrillItem[];
  seed: number;
  onResult: (r: DrillResult) => void;
  onFinish: () => void;
}) {
  const [index, setIndex] = useState(0);
  const [results, setResults] = useState<DrillResult[]>([]);
  const done = index >= props.items.length;
  useInput(
    (_i, key) => {
      if (key.return) props.onFinish();
    },
    { isActive: done },
  );
  if (done) {
    const locales = new Set(props.items.map((i) => i.scenario.locale));
    const w = wordsFor(locales.size === 1 ? [...locales][0]! : 'en');
    return (
      <WordsContext.Provider value={w}>
        <Box flexDirection="column">
          <DrillSummary results={results} />
          <Tx dim>{w.finish}</Tx>
        </Box>
      </WordsContext.Provider>
    );
  }
  const item = props.items[index]!;
  return (
    <DrillPrompt
      key={index}
      item={item}
      n={index + 1}
      total={props.items.length}
      seed={props.seed + index}
      onAnswered={(r) => {
        setResults((rs) => [...rs, r]);
        props.onResult(r);
      }}
      onNext={() => setIndex((i) => i + 1)}
    />
  );
}
