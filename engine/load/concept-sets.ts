/**
 * Shared concept sets (r2): the port through which the loader finds a set by id, and the
 * resolution of a file's `use:` — every set it names (and the sets those use) merged into its
 * concepts, with unknown sets, sets of another locale, cycles and broken sets reported at the entry.
 */
import type { DiagnosticCode } from '../diagnostics/codes.ts';
import { msg, type MessageRef } from '../diagnostics/message.ts';
import type { ConceptSet, Locale, Rec } from '../types.ts';
import { has, own, record } from '../util.ts';
import type { Collected, UseAt } from './collect.ts';
import type { LoadContext } from './context.ts';
import { didYouMean } from './suggest.ts';

/** A set as a lookup finds it: null when its file has errors (`errors` says how many). */
export interface FoundConceptSet {
  set: ConceptSet | null;
  file: string;
  errors: number;
}

/** The port to the shared sets: the CLI looks next to the file, then in the bundled library; the web, bundled only. */
export interface ConceptSetLookup {
  find(id: string): FoundConceptSet | undefined;
  /** Every id it knows (for "did you mean"). */
  ids(): string[];
}

/** A lookup over sets already loaded (the bundled library's compiled sets). */
export function conceptSetsOf(sets: Iterable<ConceptSet>, file = 'the bundled library'): ConceptSetLookup {
  const byId = new Map<string, ConceptSet>();
  for (const s of sets) if (!byId.has(s.id)) byId.set(s.id, s);
  return {
    find: (id) => {
      const set = byId.get(id);
      return set ? { set, file, errors: 0 } : undefined;
    },
    ids: () => [...byId.keys()],
  };
}

/** The first lookup that knows an id wins: e.g. the file's folder, then the bundled library. */
export function chainConceptSets(...lookups: Array<ConceptSetLookup | undefined>): ConceptSetLookup {
  const all = lookups.filter((l): l is ConceptSetLookup => l !== undefined);
  return {
    find: (id) => {
      for (const l of all) {
        const found = l.find(id);
        if (found) return found;
      }
      return undefined;
    },
    ids: () => [...new Set(all.flatMap((l) => l.ids()))],
  };
}

const LANGUAGE: Record<Locale, MessageRef> = { fr: msg`French`, en: msg`English` };
const language = (l: Locale) => msg`${LANGUAGE[l]} (${l})`;
const errorCount = (n: number) => (n === 1 ? msg`1 error` : msg`${n} errors`);

interface Problem {
  code: DiagnosticCode;
  message: MessageRef;
  hint?: MessageRef;
}

type Gathered = { concepts: Rec<string[]>; from: Map<string, string> } | Problem;

/**
 * The concepts of set `id` and of the sets it uses (its own replace theirs), or the first problem
 * on the way. `path` is the chain of sets that led here (the file's own id first, for a set).
 */
function gather(id: string, path: string[], nested: boolean, locale: Locale, lookup?: ConceptSetLookup): Gathered {
  const parent = path[path.length - 1];
  const via = nested ? msg`concept set "${parent}" uses "${id}", and ` : msg``;
  if (path.includes(id))
    return {
      code: 'RH062',
      message: msg`using concept set "${id}" makes a cycle: ${[...path.slice(path.indexOf(id)), id].join(' → ')}`,
      hint: msg`a set may use other sets, but never itself, directly or through another set`,
    };
  const found = lookup?.find(id);
  const suggestion = found
    ? msg``
    : didYouMean(
        id,
        (lookup?.ids() ?? []).filter((o) => !path.includes(o)),
      );
  const missing = nested
    ? msg`concept set "${parent}" uses "${id}", which does not exist`
    : msg`there is no concept set "${id}"`;
  if (!found)
    return {
      code: 'RH060',
      message: msg`${missing}.${suggestion}`,
      hint: msg`a set is a file with "kind: concepts" and "id: ${id}", next to this file or in the bundled library`,
    };
  if (!found.set)
    return {
      code: 'RH063',
      message: msg`${via}concept set "${id}" (${found.file}) has ${errorCount(found.errors)}: its concepts cannot be used until they are fixed`,
      hint: msg`run: rehearse validate ${found.file}`,
    };
  const set = found.set;
  if (set.locale !== locale) return otherLocale(id, set.locale, locale, via, lookup);
  const concepts = record<string[]>();
  const from = new Map<string, string>();
  for (const inner of set.use) {
    const g = gather(inner, [...path, id], true, locale, lookup);
    if ('code' in g) return g;
    for (const name of Object.keys(g.concepts)) {
      concepts[name] = g.concepts[name]!;
      from.set(name, g.from.get(name)!);
    }
  }
  for (const name of Object.keys(set.concepts)) {
    concepts[name] = set.concepts[name]!;
    from.set(name, id);
  }
  return { concepts, from };
}

/** RH061, with the same set in the right language as the hint when the lookup has one (`x-en` for `x-fr`). */
function otherLocale(
  id: string,
  setLocale: Locale,
  locale: Locale,
  via: MessageRef,
  lookup?: ConceptSetLookup,
): Problem {
  const base = (s: string) => s.replace(/-(fr|en)$/, '');
  const same = (lookup?.ids() ?? []).find(
    (o) => o !== id && base(o) === base(id) && lookup?.find(o)?.set?.locale === locale,
  );
  return {
    code: 'RH061',
    message: msg`${via}concept set "${id}" is in ${language(setLocale)}, and this file is in ${language(locale)}`,
    hint: same
      ? msg`use "${same}", the same set in ${LANGUAGE[locale]}`
      : msg`phrases only match answers of their own language`,
  };
}

/**
 * Resolves a file's `use:` entries and returns its concepts: those of the sets (a later entry
 * replaces an earlier one), then its own, each own concept replacing a shared one with RH064.
 * `self` is the id of the set being loaded (null for a scenario), so that a set using itself is a cycle.
 */
export function resolveUse(
  ctx: LoadContext,
  own_: Rec<string[]>,
  locale: Locale,
  self: string | null,
  found: Collected,
  lookup: ConceptSetLookup | undefined,
): Rec<string[]> {
  if (found.uses.length === 0) return own_;
  const merged = record<string[]>();
  const from = new Map<string, string>();
  for (const entry of found.uses) mergeEntry(ctx, entry, locale, self, lookup, merged, from);
  for (const name of Object.keys(own_)) {
    if (has(merged, name))
      ctx.report(
        'RH064',
        found.conceptKeys.get(name),
        msg`concept "${name}" replaces the one of the shared set "${from.get(name)}"`,
        msg`rename it to keep both, or remove it to use the shared one`,
      );
    merged[name] = own(own_, name)!;
  }
  return merged;
}

function mergeEntry(
  ctx: LoadContext,
  entry: UseAt,
  locale: Locale,
  self: string | null,
  lookup: ConceptSetLookup | undefined,
  merged: Rec<string[]>,
  from: Map<string, string>,
): void {
  const g = gather(entry.id, self === null ? [] : [self], false, locale, lookup);
  if ('code' in g) {
    ctx.report(g.code, entry.at, g.message, g.hint);
    return;
  }
  for (const name of Object.keys(g.concepts)) {
    merged[name] = g.concepts[name]!;
    from.set(name, g.from.get(name)!);
  }
}
