/** The conversation so far: lines, prompts, the trainee's answers and (outside exam mode) feedback. */
import { useEffect, useRef } from 'react';
import type { Scenario, SessionEvent } from '../../engine/types.ts';
import { useLang } from '../i18n/lang.tsx';
import { HighlightedAnswer } from './highlighted-answer.tsx';
import { later } from './later.tsx';
import { choiceAsk, optionText, pointsIn } from './scenario-lookup.ts';

/** The feedback after an answer: preloaded by the play screen once the first prompt is up, not in the first load. */
export const FeedbackBox = later(() => import('./feedback-box.tsx').then((m) => m.FeedbackBox));

/** The id of the transcript's item of event `index` (the answer box is described by its prompt's item). */
export const eventItemId = (prefix: string, index: number) => `${prefix}-event-${index}`;

/** Whether a prompt event is shown in the transcript: it has words (a prompt or a hint) to show. */
export function promptShown(e: SessionEvent): boolean {
  return e.type === 'prompt' && Boolean(e.prompt || (e.kind === 'free' && e.hint));
}

/** Index of the first event after the last answer (0 when nothing was answered yet). */
export function currentTurnStart(events: readonly SessionEvent[]): number {
  for (let i = events.length - 1; i >= 0; i--)
    if (events[i]!.type === 'feedback') return Math.min(i + 1, events.length - 1);
  return 0;
}

/**
 * The live transcript; focus moves to the first new item (at first, the current turn), announced politely. Each
 * prompt is shown here once, in the conversation; `idPrefix` names the items (see eventItemId).
 */
export function Transcript({
  scenario: s,
  events,
  exam,
  idPrefix = 'transcript',
}: {
  scenario: Scenario;
  events: SessionEvent[];
  exam: boolean;
  idPrefix?: string;
}) {
  const { t } = useLang();
  const list = useRef<HTMLOListElement>(null);
  const seen = useRef(-1);
  useEffect(() => {
    const prev = seen.current;
    seen.current = events.length;
    if (prev === events.length) return;
    // At first (a start, a reload, a step back), the current turn: the first event after the last answer.
    const from = prev < 0 || prev > events.length ? currentTurnStart(events) : prev;
    const first = list.current?.querySelector<HTMLElement>(`[data-index="${from}"]`);
    first?.focus({ preventScroll: true });
    first?.scrollIntoView?.({ block: prev < 0 ? 'start' : 'nearest' });
  }, [events]);
  return (
    <ol ref={list} className={`transcript transcript-${s.setting}`} aria-live="polite" aria-label={t('transcript')}>
      {events.map((e, i) => {
        const common = { 'data-index': i, tabIndex: -1 } as const;
        switch (e.type) {
          case 'line':
            return (
              <li key={i} {...common} className={e.who === 'narrator' ? 'line narrator' : 'line'}>
                {e.who !== 'narrator' && <span className="who">{e.name}</span>}
                <span className="text" lang={s.locale}>
                  {e.text}
                </span>
              </li>
            );
          case 'prompt':
            return promptShown(e) ? (
              <li key={i} {...common} id={eventItemId(idPrefix, i)} className="prompt-line" lang={s.locale}>
                {e.prompt}
                {e.kind === 'free' && e.hint && <span className="hint"> {t('hint', { text: e.hint })}</span>}
              </li>
            ) : null;
          case 'feedback': {
            const isChoice = choiceAsk(s, e.node) !== undefined;
            return (
              <li key={i} {...common} className="answer-item">
                <p className="line mine">
                  <span className="who">{t('you')}</span>
                  {isChoice || exam ? (
                    <span className="text" lang={s.locale}>
                      {isChoice ? optionText(s, e.node, e.answer) : e.answer}
                    </span>
                  ) : (
                    <HighlightedAnswer text={e.answer} spans={e.spans} pointsOf={pointsIn(s, e.node)} lang={s.locale} />
                  )}
                </p>
                {exam ? <p className="muted small">{t('examRecorded')}</p> : <FeedbackBox event={e} scenario={s} />}
              </li>
            );
          }
          case 'ended':
            return (
              <li key={i} {...common} className="ended-line">
                {t('ended', { label: e.label ?? e.outcome })}
              </li>
            );
        }
      })}
    </ol>
  );
}
