/**
 * Reading a typed answer: the criteria it matches, as a feedback event. This is the only part of a session
 * that needs the text analysis; importing this module registers it with the session (see reader.ts), so a
 * screen may load it after the first prompt is on screen.
 */
import { analyse, compileCriteria, matchCompiled } from '../text/index.ts';
import { stuffing } from '../text/stuffing.ts';
import type { FreeAsk, Scenario, Spans } from '../types.ts';
import { record } from '../util.ts';
import { item, type Feedback, type FeedbackItem } from './feedback.ts';
import { setAnswerReader } from './reader.ts';

/**
 * Scores a typed answer against a free prompt: matched criteria in the prompt's order, with spans.
 * `earlier` are the answers given at other prompts of the session: an answer pasted again, or a list
 * of keywords, keeps its matches (for routes, tests and spans) but earns no positive points (r2).
 */
export function scoreAnswer(
  scenario: Scenario,
  node: string,
  ask: FreeAsk,
  text: string,
  late: boolean,
  earlier: readonly string[] = [],
): Feedback {
  const tokens = analyse(text, scenario);
  const stuffed = stuffing(text, tokens, scenario, earlier);
  const items: FeedbackItem[] = [];
  const spans: Spans = record();
  const compiled = compileCriteria(scenario, ask.criteria);
  for (let i = 0; i < ask.criteria.length; i++) {
    const c = ask.criteria[i]!;
    const hit = matchCompiled(scenario, compiled[i]!, tokens);
    if (!hit) continue;
    const it = item(c);
    if (stuffed && it.points > 0) {
      it.withheld = it.points;
      it.points = 0;
    }
    items.push(it);
    spans[c.id] = hit;
  }
  const points = items.reduce((n, i) => n + i.points, 0);
  const fb: Feedback = { type: 'feedback', node, answer: text, points, late, items, spans };
  if (stuffed) fb.stuffed = stuffed;
  return fb;
}

setAnswerReader(scoreAnswer);
