/** Trainee progress exports for the review e2e: typed answers to a library scenario's free prompts. */
import { serializeProgress, type Attempt } from '../../app/progress.ts';
import type { Scenario } from '../../engine/types.ts';
import { generateAnswers } from '../../bench/generate-review.ts';

/** `count` distinct answers to `scenario`, as progress exports of `files` trainees (attempts of 5 answers). */
export function progressExports(scenario: Scenario, count: number, files = 2): string[] {
  const answers = generateAnswers(scenario, count, 7);
  const perFile = Math.ceil(count / files);
  return Array.from({ length: files }, (_, f) => {
    const mine = answers.slice(f * perFile, (f + 1) * perFile);
    const attempts: Attempt[] = [];
    for (let i = 0; i < mine.length; i += 5) {
      const at = new Date(Date.UTC(2026, 10, 20, 9, f * 10 + i)).toISOString();
      attempts.push({
        v: 1,
        id: `${scenario.id}@${at}`,
        scenario: scenario.id,
        title: scenario.title,
        locale: scenario.locale,
        setting: scenario.setting,
        at,
        score: 40,
        passed: false,
        critical: false,
        competencies: {},
        outcome: null,
        ended: false,
        turns: mine
          .slice(i, i + 5)
          .map((a) => ({ node: a.node, answer: a.text, matched: [], points: 0, spans: {}, late: false })),
      });
    }
    return serializeProgress(attempts);
  });
}
