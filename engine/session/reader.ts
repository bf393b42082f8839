/**
 * The session's port to the text analysis. `answer.ts` registers `readAnswer` when it is imported (the
 * terminal and the tests import it with engine/session/index.ts; the web app loads it once the first
 * prompt is on screen). Until then a typed answer is refused with a clear error, never a throw.
 */
import type { FreeAsk, Scenario } from '../types.ts';
import type { Feedback } from './feedback.ts';

/** Scores a typed answer at a free prompt (see answer.ts). */
export type AnswerReader = (
  scenario: Scenario,
  node: string,
  ask: FreeAsk,
  text: string,
  late: boolean,
  earlier?: readonly string[],
) => Feedback;

let reader: AnswerReader | undefined;

/** Registers the answer reader (done by answer.ts on import). */
export function setAnswerReader(r: AnswerReader): void {
  reader = r;
}

/** The registered answer reader, if it is loaded. */
export function answerReader(): AnswerReader | undefined {
  return reader;
}
