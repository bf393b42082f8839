/**
 * Generated reviews for the benchmark and the tests: N distinct answers to the free prompts of a
 * scenario, built from its own phrases and some filler, and R trainers who each agree with the engine
 * most of the time (trainer i flips 5 % × (i + 1) of the verdicts, and skips 3 %). Deterministic per seed.
 */
import { addAnswers, reviewFor, type IncomingAnswer } from '../app/review/answers.ts';
import type { ReviewFile, Reviewer } from '../app/review/format.ts';
import { expandPhrase } from '../engine/text/index.ts';
import type { FreeAsk, Scenario } from '../engine/types.ts';

const FILLER: Record<Scenario['locale'], string[]> = {
  en: ['Thanks for telling me.', 'I hear you.', 'Take a breath.', 'Okay.', 'That sounds hard.', 'Right, go on.',
    'We can look at this together.', 'What happened next?', 'You are not alone.', 'Let me think.', 'Fair question.',
    'Good point.'], // prettier-ignore
  fr: ['Merci de me le dire.', 'Je comprends.', 'Respire un peu.', "D'accord.", "Ça a l'air dur.", 'Vas-y, continue.',
    'On peut regarder ça ensemble.', "Et qu'est-ce qui s'est passé ensuite ?", "Tu n'es pas seul.", 'Je réfléchis.',
    'Bonne question.', 'Bien vu.'], // prettier-ignore
};

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function prompts(scenario: Scenario): Array<[string, FreeAsk]> {
  return Object.keys(scenario.nodes).flatMap((id) => {
    const ask = scenario.nodes[id]!.ask;
    return ask?.kind === 'free' ? [[id, ask] as [string, FreeAsk]] : [];
  });
}

function phrasesOf(scenario: Scenario, ask: FreeAsk): string[] {
  return ask.criteria.flatMap((c) =>
    (c.match ?? c.all?.flat() ?? []).flatMap((p) => expandPhrase(p, scenario.concepts).slice(0, 6)),
  );
}

/** `count` distinct answers spread over the scenario's free prompts. */
export function generateAnswers(scenario: Scenario, count: number, seed = 1): IncomingAnswer[] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const free = prompts(scenario).map(([node, ask]) => ({ node, phrases: phrasesOf(scenario, ask) }));
  const filler = FILLER[scenario.locale];
  const seen = new Set<string>();
  const out: IncomingAnswer[] = [];
  for (let i = 0; out.length < count; i++) {
    const { node, phrases } = pick(free);
    const parts = [pick(filler)];
    const n = Math.floor(rnd() * 3);
    for (let k = 0; k < n; k++) parts.push(`${pick(phrases)}.`, pick(filler));
    if (i > count * 4) parts.push(`(${i})`); // enough variety seen: make it unique
    const text = parts.join(' ');
    if (seen.has(`${node}\n${text}`)) continue;
    seen.add(`${node}\n${text}`);
    out.push({ node, text, source: { kind: 'progress', ref: `${scenario.id}@gen-${out.length}` } });
  }
  return out;
}

/** A review of `answers` generated answers judged by `reviewers` trainers (ids r1, r2…). */
export function generateReview(
  scenario: Scenario,
  source: string,
  answers: number,
  reviewers: number,
  seed = 1,
): ReviewFile {
  const { review } = addAnswers(reviewFor(scenario, source), scenario, generateAnswers(scenario, answers, seed));
  const rnd = random(seed + 1);
  const criteria = new Map(prompts(scenario).map(([node, ask]) => [node, ask.criteria.map((c) => c.id)]));
  for (let r = 0; r < reviewers; r++) {
    const trainer: Reviewer = { id: `r${r + 1}`, name: `Trainer ${r + 1}`, verdicts: {} };
    for (const a of review.answers) {
      if (rnd() < 0.03) continue;
      const verdicts: Reviewer['verdicts'][string] = {};
      for (const id of criteria.get(a.node) ?? []) {
        const engine = a.engine.includes(id);
        verdicts[id] = { met: rnd() < 0.05 * (r + 1) ? !engine : engine };
      }
      trainer.verdicts[a.id] = verdicts;
    }
    review.reviewers.push(trainer);
  }
  return review;
}
