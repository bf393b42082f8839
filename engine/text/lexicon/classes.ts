/** The closed verb classes of the clause segmenter, per locale (docs/format-notes.md, "Clauses"). */
import type { Locale } from '../../types.ts';
import generated from './generated/classes.ts';
import { lemmas } from './compact.ts';

/** A class of verbs that shapes the scope of what follows them. */
export type VerbClass = 'think' | 'say' | 'stop' | 'doubt' | 'factive' | 'attribute' | 'modal' | 'aux';

/** Folded form → the classes it belongs to. */
export type ClassMap = ReadonlyMap<string, ReadonlySet<VerbClass>>;

const built: Partial<Record<Locale, ClassMap>> = {};

function build(locale: Locale): ClassMap {
  const data = generated[locale];
  const map = new Map<string, Set<VerbClass>>();
  const add = (form: string, c: VerbClass) => {
    const set = map.get(form);
    if (set) set.add(c);
    else map.set(form, new Set([c]));
  };
  for (const [name, rows] of Object.entries(data.classes)) {
    for (const [, forms] of lemmas({ paradigms: data.paradigms, rows }))
      for (const f of forms) add(f, name as VerbClass);
  }
  for (const [name, words] of Object.entries(data.words as Record<string, string>))
    for (const w of words.split(' ')) if (w) add(w, name as VerbClass);
  return map;
}

/** The verb classes of a locale, decoded once. */
export function verbClasses(locale: Locale): ClassMap {
  return (built[locale] ??= build(locale));
}
