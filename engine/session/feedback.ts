/** A feedback event, and the feedback of a chosen option (no text analysis: the choice path of a session). */
import type { ChoiceAsk, ChoiceOption, FeedbackEvent } from '../types.ts';

/** A feedback event. */
export type Feedback = FeedbackEvent;
/** One matched criterion or the chosen option, in a feedback event. */
export type FeedbackItem = Feedback['items'][number];

/** A feedback item from a criterion or an option. */
export function item(x: {
  id: string;
  competency?: string;
  points?: number;
  feedback?: string;
  critical?: string;
}): FeedbackItem {
  const it: FeedbackItem = { id: x.id, points: x.points ?? 0 };
  if (x.competency !== undefined) it.competency = x.competency;
  if (x.feedback !== undefined) it.feedback = x.feedback;
  if (x.critical !== undefined) it.critical = x.critical;
  return it;
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
