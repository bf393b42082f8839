/**
 * What a criterion looks for, in words a trainee can read, for one without its own `feedback`: its
 * competency and one or two of its phrases, each `@concept` replaced by the concept's first phrase
 * ("Accueil" and « merci », « bien fait de me le dire »), never the raw match list.
 */
import type { Criterion, Scenario } from '../engine/types.ts';
import { own } from '../engine/util.ts';

/** A criterion's competency label and up to `max` example phrases. */
export interface CriterionLabel {
  competency: string;
  words: string[];
}

/** A phrase with its `@concept` references read as their first phrase (nested ones too, a few levels deep). */
function readable(s: Scenario, phrase: string, depth = 0): string {
  return phrase.replace(/@([\p{L}\p{N}_-]+)/gu, (whole, name: string) => {
    const first = own(s.concepts, name)?.[0];
    return first === undefined || depth > 3 ? name.replace(/[_-]+/g, ' ') : readable(s, first, depth + 1);
  });
}

/** The readable label of a criterion (its `feedback`, when it has one, is what screens show instead). */
export function criterionLabel(s: Scenario, c: Criterion, max = 2): CriterionLabel {
  const competency = own(s.competencies, c.competency)?.label ?? c.competency;
  const phrases = c.match ?? (c.all ? [c.all.map((group) => group[0] ?? '').join(' … ')] : []);
  const words = [...new Set(phrases.map((p) => readable(s, p).trim()).filter(Boolean))].slice(0, max);
  return { competency, words };
}
