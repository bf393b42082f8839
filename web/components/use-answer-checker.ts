/**
 * The answer checker (the text analysis, about a tenth of the trainee's JavaScript) is loaded once a
 * prompt is on screen, not before: the first prompt comes sooner, and the trainee reads it meanwhile.
 */
import { useEffect, useState } from 'react';
import { answerReader } from '../../engine/session/reader.ts';

/** Whether the answer checker is loaded; starts loading it on first use. */
export function useAnswerChecker(): boolean {
  const [ready, setReady] = useState(() => answerReader() !== undefined);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void import('../../engine/session/answer.ts').then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
