/** Checks that need the whole scenario: references, conditions, `set`, concepts and phrases. */
import { conditionType, type TypeContext, type TypeProblem } from '../condition/index.ts';
import { msg, type MessageRef } from '../diagnostics/message.ts';
import type { Scenario } from '../types.ts';
import { has, own } from '../util.ts';
import { phraseWords } from '../text/phrase.ts';
import type { Collected } from './collect.ts';
import type { LoadContext } from './context.ts';
import { didYouMean } from './suggest.ts';
import { valueOffset } from './offset.ts';

const REF_CODES = {
  node: 'RH020',
  competency: 'RH021',
  character: 'RH022',
  outcome: 'RH026',
  option: 'RH050',
  criterion: 'RH050',
} as const;
const CONCEPT_REF = /@([\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*)/gu;

const REF_WORDS = {
  node: msg`node`,
  competency: msg`competency`,
  character: msg`character`,
  outcome: msg`outcome`,
  option: msg`option`,
  criterion: msg`criterion`,
};
const refKind = (k: keyof typeof REF_WORDS) => REF_WORDS[k];

/** Resolves every reference by id. */
export function checkRefs(ctx: LoadContext, s: Scenario, found: Collected): void {
  const criteria = () => [...found.ids].filter(([, v]) => v.kind === 'criterion').map(([k]) => k);
  const options = () => [...found.ids].filter(([, v]) => v.kind === 'option').map(([k]) => k);
  for (const r of found.refs) {
    let ok: boolean;
    let known: () => Iterable<string>;
    let hint: MessageRef | undefined;
    switch (r.kind) {
      case 'node':
        ok = has(s.nodes, r.id) || found.nodeKeys.has(r.id);
        known = () => found.nodeKeys.keys();
        break;
      case 'competency':
        ok = has(s.competencies, r.id);
        known = () => Object.keys(s.competencies);
        hint = msg`declare it under \`competencies\``;
        break;
      case 'character':
        ok = has(s.characters, r.id);
        known = () => Object.keys(s.characters);
        hint = msg`declare it under \`characters\``;
        break;
      case 'outcome': {
        // `outcomes` is optional: without it, the ids used by `end:` are the outcomes (labels are the ids).
        const declared = Object.keys(s.outcomes).length > 0;
        const ends = () => Object.values(s.nodes).flatMap((n) => (n.end === undefined ? [] : [n.end]));
        ok = declared ? has(s.outcomes, r.id) : r.what === 'end' || ends().includes(r.id);
        known = declared ? () => Object.keys(s.outcomes) : ends;
        hint = declared ? msg`declare it under \`outcomes\`` : undefined;
        break;
      }
      case 'option':
        ok = found.ids.get(r.id)?.kind === 'option';
        known = options;
        break;
      case 'criterion':
        ok = found.ids.get(r.id)?.kind === 'criterion';
        known = criteria;
        break;
    }
    if (ok) continue;
    const code = r.what.startsWith('test') ? 'RH050' : REF_CODES[r.kind];
    ctx.report(code, r.at, msg`${r.what}: there is no ${refKind(r.kind)} "${r.id}".${didYouMean(r.id, known())}`, hint);
  }
}

/** Types every condition against the declared variables, criteria, options and nodes. */
export function checkConditions(ctx: LoadContext, s: Scenario, found: Collected): void {
  const tc: TypeContext = {
    varType: (name) =>
      has(s.state, name) ? (typeof own(s.state, name) as 'number' | 'boolean' | 'string') : undefined,
    hasCriterion: (id) => found.ids.get(id)?.kind === 'criterion',
    hasOption: (id) => found.ids.get(id)?.kind === 'option',
    hasNode: (id) => has(s.nodes, id) || found.nodeKeys.has(id),
  };
  for (const { cond, at } of found.conds) {
    const problems: TypeProblem[] = [];
    conditionType(cond.expr, tc, problems);
    for (const p of problems) {
      const i = p.name ? nameAt(cond.src, p.name) : -1;
      const pool =
        p.code === 'RH023'
          ? Object.keys(s.state)
          : p.code === 'RH020'
            ? [...found.nodeKeys.keys()]
            : [...found.ids.keys()].filter((k) => k !== p.name);
      ctx.report(
        p.code,
        (at && i >= 0 ? valueOffset(ctx.text, at, i) : null) ?? at,
        msg`${p.message}.${p.name ? didYouMean(p.name, pool) : msg``}`,
        msg`in "${cond.src}"`,
      );
    }
  }
}

/** Checks each `set`: declared variable, and a value that fits its type. */
export function checkSets(ctx: LoadContext, s: Scenario, found: Collected): void {
  for (const { effects, keys, values } of found.sets) {
    for (const name of Object.keys(effects)) {
      const e = effects[name]!;
      if (!has(s.state, name)) {
        ctx.report(
          'RH023',
          keys.get(name),
          msg`set: unknown variable "${name}".${didYouMean(name, Object.keys(s.state))}`,
          msg`declare it under \`state\` with its initial value`,
        );
        continue;
      }
      const initial = own(s.state, name)!;
      if (e.op === 'add' && typeof initial !== 'number')
        ctx.report(
          'RH032',
          values.get(name),
          msg`set: "${name}" is ${valueKind(initial)}, so it cannot be increased or decreased`,
        );
      if (e.op === 'set' && typeof e.value !== typeof initial)
        ctx.report(
          'RH032',
          values.get(name),
          msg`set: "${name}" holds ${valueKind(initial)}, not ${valueKind(e.value)}`,
          typeof initial === 'number'
            ? msg`write "+1" or "-1" in quotes to add, or a plain number to replace`
            : undefined,
        );
    }
  }
}

/** Checks the @concepts of phrases, and phrases that leave no word to match. */
export function checkPhrases(ctx: LoadContext, s: Scenario, found: Collected): void {
  for (const { text, at } of found.phrases) {
    let bad = false;
    for (const m of text.matchAll(CONCEPT_REF)) {
      if (has(s.concepts, m[1]!)) continue;
      bad = true;
      ctx.report(
        'RH024',
        (at && valueOffset(ctx.text, at, m.index)) ?? at,
        msg`unknown concept "@${m[1]}".${didYouMean(m[1]!, Object.keys(s.concepts))}`,
        msg`declare it under \`concepts\` as a list of phrases`,
      );
    }
    if (!bad && !text.includes('@') && phraseWords(text, s.locale).length === 0) {
      ctx.report(
        'RH045',
        at,
        msg`the phrase "${text}" has no word left to match once function words are dropped`,
        msg`add the word that carries the meaning`,
      );
    }
  }
}

/** Offset of `name` as a whole word of a condition (not inside a longer name, nor inside a string), or -1. */
function nameAt(src: string, name: string): number {
  let quote = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      continue;
    }
    if (/[\p{L}\p{M}\p{N}_-]/u.test(src[i - 1] ?? '')) continue;
    if (src.startsWith(name, i) && !/[\p{L}\p{M}\p{N}_-]/u.test(src[i + name.length] ?? '')) return i;
  }
  return src.indexOf(name);
}

/** What kind of state value this is, in a trainer's words. */
function valueKind(v: unknown): string {
  return typeof v === 'number' ? 'a number' : typeof v === 'boolean' ? 'true/false' : 'text';
}
