/** Reading one answer: the criteria it matches (free) or the option chosen (choice), as a feedback event. */
import { analyse, matchCriterion } from '../text/index.ts';
import type { ChoiceAsk, ChoiceOption, FeedbackEvent, FreeAsk, Scenario, Spans } from '../types.ts';
import { record } from '../util.ts';

/** A feedback event. */
export type Feedback = FeedbackEvent;
type Item = Feedback['items'][number];

function item(x: { id: string; competency?: string; points?: number; feedback?: string; critical?: string }): Item {
  const it: Item = { id: x.id, points: x.points ?? 0 };
  if (x.competency !== undefined) it.competency = x.competency;
  if (x.feedback !== undefined) it.feedback = x.feedback;
  if (x.critical !== undefined) it.critical = x.critical;
  return it;
}

/** Scores a typed answer against a free prompt: matched criteria in the prompt's order, with spans. */
export function scoreAnswer(scenario: Scenario, node: string, ask: FreeAsk, text: string, late: boolean): Feedback {
  const tokens = analyse(text, scenario.locale);
  const items: Item[] = [];
  const spans: Spans = record();
  for (const c of ask.criteria) {
    const hit = matchCriterion(scenario, c, tokens);
    if (!hit) continue;
    items.push(item(c));
    spans[c.id] = hit;
  }
  return { type: 'feedback', node, answer: text, points: items.reduce((n, i) => n + i.points, 0), late, items, spans };
}

/** The feedback of a chosen option. */
export function readChoice(node: string, option: ChoiceOption, late: boolean): Feedback {
  const it = item(option);
  return { type: 'feedback', node, answer: option.id, points: it.points, late, items: [it], spans: {} };
}

/** The option of a choice prompt with this id. */
export function findOption(ask: ChoiceAsk, id: string): ChoiceOption | undefined {
  return ask.options.find((o) => o.id === id);
}
