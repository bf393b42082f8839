/**
 * r2 checks of the phrases themselves (warnings with a position and a hint): a mistake's phrase
 * left with one word (RH065), a word the analysis drops although the trainer meant it (RH066), and
 * the same words earning and losing points in one prompt (RH067). Built on engine/text's public API.
 */
import { analyse, expandPhrase, fold, matchCriterion, type Token } from '../text/index.ts';
import type { Criterion, Locale, Scenario } from '../types.ts';
import { own } from '../util.ts';
import type { Collected, PhraseAt } from './collect.ts';
import type { Ctx } from './context.ts';
import { valueOffset } from './offset.ts';

/** How many concept expansions of one phrase the checks read (the matcher reads up to 512). */
const MAX_EXPANSIONS = 32;
/** Words that do fold into a function word and are meant to: the preposition à is as empty as "de". */
const MEANT_TO_DROP = new Set(['à']);

const q = (s: string) => JSON.stringify(s);
const isMistake = (c: Criterion) => c.points < 0 || c.critical !== undefined;
const label = (c: Criterion) => `"${c.id}" (${c.points > 0 ? '+' : ''}${c.points})`;

/** The analysed tokens of a text, computed once per check pass. */
function tokenCache(locale: Locale): (text: string) => Token[] {
  const cache = new Map<string, Token[]>();
  return (text) => {
    let t = cache.get(text);
    if (!t) cache.set(text, (t = analyse(text, locale)));
    return t;
  };
}

/** RH065: a phrase of a negative or critical criterion that is one word once analysed (through any concept). */
export function checkOneWordPhrases(ctx: Ctx, s: Scenario, col: Collected): void {
  const tokens = tokenCache(s.locale);
  for (const p of col.phrases) {
    const c = p.criterion;
    if (!c || !isMistake(c) || (c.all && c.all.length > 1)) continue;
    const one = expandPhrase(p.text, s.concepts).find((e) => tokens(e).length === 1);
    if (one === undefined) continue;
    const word = tokens(one)[0]!.word;
    const via = one === p.text ? '' : ` through ${q(one)}`;
    ctx.report(
      'RH065',
      p.at,
      `the phrase ${q(p.text)} of mistake ${label(c)} is the single word ${q(word)}${via} once analysed: one word fires on far too many kind answers`,
      'write the words around it that make it a mistake (2 to 4 words), e.g. "tu devrais payer" rather than "payer"',
    );
  }
}

/** A word of a phrase that the analysis drops although it has an accent, i.e. it folds into a function word (là → la). */
function droppedWords(text: string, locale: Locale): Array<{ word: string; index: number }> {
  const out: Array<{ word: string; index: number }> = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = m[0].toLowerCase();
    if (text[m.index - 1] === '@' || fold(word) === word || MEANT_TO_DROP.has(word.normalize('NFC'))) continue;
    if (analyse(word, locale).length > 0) continue;
    if (analyse(`zzz ${word}`, locale)[0]?.neg) continue; // a negation marker ("évite", "refusé"): dropped on purpose
    out.push({ word: m[0], index: m.index });
  }
  return out;
}

/** RH066: in every phrase of a criterion or a concept, a word the analysis drops although the trainer meant it. */
export function checkDroppedWords(ctx: Ctx, locale: Locale, phrases: readonly PhraseAt[]): void {
  for (const p of phrases) {
    const left = analyse(p.text, locale).map((t) => t.word);
    if (left.length === 0) continue; // RH045 says it already
    for (const { word, index } of droppedWords(p.text, locale))
      ctx.report(
        'RH066',
        (p.at && valueOffset(ctx.text, p.at, index)) ?? p.at,
        `${q(word)} is dropped by the analysis (it reads as the function word ${q(fold(word))}): the phrase ${q(p.text)} only matches ${q(left.join(' '))}`,
        `keep a word that carries what ${q(word)} means, e.g. "je suis là pour toi" or "ici" rather than "je suis là"`,
      );
  }
}

/** The criterion reduced to one phrase (same points and critical reason, so it matches the same way). */
function onePhrase(c: Criterion, phrase: string): Criterion {
  const { match: _m, all: _a, examples: _e, ...rest } = c;
  return { ...rest, match: [phrase] };
}

const phrasesOf = (c: Criterion) => (c.all ?? [c.match ?? []]).flat();

/** RH067: a phrase of a positive criterion whose words a mistake of the same prompt also matches (either way round). */
export function checkEarnAndLose(ctx: Ctx, s: Scenario, col: Collected): void {
  const tokens = tokenCache(s.locale);
  const texts = (phrase: string) => expandPhrase(phrase, s.concepts).slice(0, MAX_EXPANSIONS);
  for (const p of col.phrases) {
    const c = p.criterion;
    const ask = p.node === undefined ? undefined : own(s.nodes, p.node)?.ask;
    if (!c || isMistake(c) || ask?.kind !== 'free') continue;
    const mistakes = ask.criteria.filter(isMistake);
    const single = onePhrase(c, p.text);
    let found: { mistake: Criterion; words: string } | undefined;
    for (const m of mistakes) {
      const mine = texts(p.text).find((e) => matchCriterion(s, m, tokens(e)));
      const theirs = mine ? undefined : phrasesOf(m).flatMap(texts).find((e) => matchCriterion(s, single, tokens(e)));
      if (mine ?? theirs) {
        found = { mistake: m, words: (mine ?? theirs)! };
        break;
      }
    }
    if (!found) continue;
    ctx.report(
      'RH067',
      p.at,
      `the phrase ${q(p.text)} of ${label(c)} and the mistake ${label(found.mistake)} of the same prompt both match ${q(found.words)}: those words earn and lose points at once`,
      'make one of the two more specific (the words around it, its negation), so that a kind answer only earns',
    );
  }
}
