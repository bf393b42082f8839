/**
 * The one plural rule of Rehearse, for the web app, the terminal and the notices of app/: a count takes its
 * 'one' or 'other' form by Intl.PluralRules ("1 point", "2 points"; French « 0 point », « 1,5 point »).
 */
import type { Locale } from '../engine/types.ts';

const rulesByLang = new Map<Locale, Intl.PluralRules>();

/** The form a count takes in `lang`: 'one' or 'other' (the sign does not count: "−1 point"). */
export function pluralForm(lang: Locale, n: number): 'one' | 'other' {
  let rules = rulesByLang.get(lang);
  if (!rules) rulesByLang.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(Math.abs(n)) === 'one' ? 'one' : 'other';
}

/** The keys among `K` that have both a `_one` and an `_other` form, named without the suffix. */
export type PluralBase<K extends string> = {
  [P in K]: P extends `${infer B}_one` ? (`${B}_other` extends K ? B : never) : never;
}[K];

/** The key of the form `n` takes: `pluralKey('fr', 'points', 2)` is 'points_other'. */
export function pluralKey<B extends string>(lang: Locale, base: B, n: number): `${B}_one` | `${B}_other` {
  return `${base}_${pluralForm(lang, n)}`;
}

/** The words `n` takes in `lang`: `byCount('fr', 0, 'tentative lisible', 'tentatives lisibles')` is the first. */
export function byCount(lang: Locale, n: number, one: string, other: string): string {
  return pluralForm(lang, n) === 'one' ? one : other;
}

/** A count and its noun in the form the count takes: "1 attempt", "3 attempts", « 0 tentative ». */
export function counted(lang: Locale, n: number, one: string, other: string): string {
  return `${n} ${byCount(lang, n, one, other)}`;
}
