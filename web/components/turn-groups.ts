/** Groups a session's events by answered prompt, for the debrief's turn-by-turn transcript. */
import type { FeedbackEvent, LineEvent, PromptEvent, SessionEvent } from '../../engine/types.ts';

type Line = LineEvent;
type Prompt = PromptEvent;
type Feedback = FeedbackEvent;

/** The lines heard before a prompt, the prompt, and the feedback of its answer. */
export interface TurnGroup {
  lines: Line[];
  prompt?: Prompt;
  feedback: Feedback;
}

/** Turns in order, plus the lines after the last answer (the ending). */
export function groupTurns(events: SessionEvent[]): { turns: TurnGroup[]; closing: Line[] } {
  const turns: TurnGroup[] = [];
  let lines: Line[] = [];
  let prompt: Prompt | undefined;
  for (const e of events) {
    if (e.type === 'line') lines.push(e);
    else if (e.type === 'prompt') prompt = e;
    else if (e.type === 'feedback') {
      turns.push(prompt ? { lines, prompt, feedback: e } : { lines, feedback: e });
      lines = [];
      prompt = undefined;
    }
  }
  return { turns, closing: lines };
}
