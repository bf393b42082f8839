/**
 * The one plural rule of the interface: a count picks the `<key>_one` or `<key>_other` form of a string by
 * Intl.PluralRules ("1 point", "2 points"; French « 0 point », « 1,5 point »). Every dictionary uses it.
 */
import type { Lang } from './strings.ts';

const rulesByLang = new Map<Lang, Intl.PluralRules>();

/** The form a count takes in `lang`: 'one' or 'other' (the sign does not count: "−1 point"). */
export function pluralForm(lang: Lang, n: number): 'one' | 'other' {
  let rules = rulesByLang.get(lang);
  if (!rules) rulesByLang.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(Math.abs(n)) === 'one' ? 'one' : 'other';
}

/** The keys among `K` that have both a `_one` and an `_other` form, named without the suffix. */
export type PluralBase<K extends string> = {
  [P in K]: P extends `${infer B}_one` ? (`${B}_other` extends K ? B : never) : never;
}[K];

/** The key of the form `n` takes: `pluralKey('fr', 'points', 2)` is 'points_other'. */
export function pluralKey<B extends string>(lang: Lang, base: B, n: number): `${B}_one` | `${B}_other` {
  return `${base}_${pluralForm(lang, n)}`;
}
