/**
 * r2 checks of the phrases themselves (warnings with a position and a hint): a mistake's phrase
 * left with one word (RH065), a word the analysis drops although the trainer meant it (RH066), and
 * the same words earning and losing points in one prompt (RH067), a phrase that stands for more texts than the
 * matcher reads (RH070). Built on engine/text's public API.
 */
import {
  analyse,
  expandPhrase,
  MAX_EXPANSIONS as MATCHER_EXPANSIONS,
  fold,
  isFrenchInfinitive,
  matchCriterion,
  type AnalysisTarget,
  type Token,
} from '../text/index.ts';
import { msg, type MessageRef } from '../diagnostics/message.ts';
import type { Criterion, Locale, Scenario } from '../types.ts';
import { own } from '../util.ts';
import type { Collected, PhraseAt } from './collect.ts';
import type { LoadContext, Node } from './context.ts';
import { valueOffset } from './offset.ts';

/** How many concept expansions of one phrase the checks read (the matcher reads up to 512). */
const MAX_EXPANSIONS = 32;
/** Words that do fold into a function word and are meant to: the preposition à is as empty as "de". */
const MEANT_TO_DROP = new Set(['à']);

const q = (s: string) => JSON.stringify(s);
const isMistake = (c: Criterion) => c.points < 0 || c.critical !== undefined;
const label = (c: Criterion) => `"${c.id}" (${c.points > 0 ? '+' : ''}${c.points})`;

/** The analysed tokens of a text, computed once per check pass. */
function tokenCache(target: AnalysisTarget): (text: string) => Token[] {
  const cache = new Map<string, Token[]>();
  return (text) => {
    let t = cache.get(text);
    if (!t) cache.set(text, (t = analyse(text, target)));
    return t;
  };
}

/**
 * RH070: a phrase that stands, through its concepts, for more texts than the matcher reads (MAX_EXPANSIONS): the
 * texts past the limit would never match, silently.
 */
export function checkExpansionLimit(ctx: LoadContext, s: Scenario, found: Collected): void {
  for (const p of found.phrases) {
    if (!p.text.includes('@')) continue;
    if (expandPhrase(p.text, s.concepts, 0, [], MATCHER_EXPANSIONS + 1).length <= MATCHER_EXPANSIONS) continue;
    ctx.report(
      'RH070',
      p.at,
      msg`the phrase ${q(p.text)} stands for more than ${String(MATCHER_EXPANSIONS)} texts through its concepts: the matcher reads the first ${String(MATCHER_EXPANSIONS)}, so the rest never match`,
      msg`split the concept into smaller ones, or move phrases that only this criterion needs onto it`,
    );
  }
}

/** RH065: a phrase of a negative or critical criterion that is one word once analysed (through any concept). */
export function checkOneWordPhrases(ctx: LoadContext, s: Scenario, found: Collected): void {
  const tokens = tokenCache(s.locale);
  for (const p of found.phrases) {
    const c = p.criterion;
    if (!c || !isMistake(c) || (c.all && c.all.length > 1)) continue;
    const one = expandPhrase(p.text, s.concepts).find((e) => tokens(e).length === 1);
    if (one === undefined) continue;
    const word = tokens(one)[0]!.word;
    const via = one === p.text ? msg`` : msg` through ${q(one)}`;
    ctx.report(
      'RH065',
      p.at,
      msg`the phrase ${q(p.text)} of mistake ${label(c)} is the single word ${q(word)}${via} once analysed: one word fires on far too many kind answers`,
      msg`write the words around it that make it a mistake (2 to 4 words), e.g. "tu devrais payer" rather than "payer"`,
    );
  }
}

/** What to write instead, for the words trainers most often lose. */
const DROPPED_HINTS: Record<string, MessageRef> = {
  la: msg`write the words "là" stands for: "je reste avec toi", "je suis présent", "ici"`,
  du: msg`keep the words that make it a reproach without "dû": "il fallait pas accepter", "pourquoi tu as accepté"`,
  des: msg`write "tout de suite" or "maintenant" instead of "dès", or keep the word after it ("dès ce soir")`,
  en: msg`keep another word with it, which "en" cannot carry: "envie d'en finir", "en parler à un adulte"`,
};

/** A source range for a word of a phrase, so that the caret underlines the whole word. */
function wordAt(offset: number, length: number): Node {
  return { range: [offset, offset + length, offset + length] } as unknown as Node;
}

/** Whether an accented word folds into a function word (là → la): dropped, and not as a negation marker. */
function dropsWord(word: string, locale: Locale, memo: Map<string, boolean>): boolean {
  let d = memo.get(word);
  if (d === undefined) {
    d =
      fold(word) !== word &&
      !MEANT_TO_DROP.has(word.normalize('NFC')) &&
      analyse(word, locale).length === 0 &&
      !analyse(`zzz ${word}`, locale)[0]?.neg; // a negation marker ("évite", "refusé") is dropped on purpose
    memo.set(word, d);
  }
  return d;
}

/** RH066: in every phrase of a criterion or a concept, a word the analysis drops although the trainer meant it. */
export function checkDroppedWords(ctx: LoadContext, locale: Locale, phrases: readonly PhraseAt[]): void {
  const memo = new Map<string, boolean>();
  for (const p of phrases) {
    let left: string[] | undefined;
    for (const m of p.text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
      const word = m[0].toLowerCase();
      if (p.text[m.index - 1] === '@') continue;
      const pronoun = locale === 'fr' && word === 'en';
      if (!pronoun && !dropsWord(word, locale, memo)) continue;
      left ??= analyse(p.text, locale).map((t) => t.word);
      if (left.length === 0) break; // RH045 says it already
      // the pronoun "en" before an infinitive ("en finir", "t'en vouloir") is dropped like the preposition ("en
      // sécurité"): a problem when that verb is all that is left, for it then matches any "finir", "vouloir"
      if (pronoun && (left.length !== 1 || !isFrenchInfinitive(fold(left[0]!)))) continue;
      const offset = p.at && valueOffset(ctx.text, p.at, m.index);
      ctx.report(
        'RH066',
        offset === null || offset === undefined ? p.at : wordAt(offset, m[0].length),
        msg`${q(m[0])} is dropped by the analysis (it reads as the function word ${q(fold(word))}): the phrase ${q(p.text)} only matches ${q(left.join(' '))}`,
        DROPPED_HINTS[fold(word)] ?? msg`keep a word that carries what ${q(m[0])} means, or rephrase without it`,
      );
    }
  }
}

/** The criterion reduced to one phrase (same points and critical reason, so it matches the same way). */
function onePhrase(c: Criterion, phrase: string): Criterion {
  const { match: _m, all: _a, examples: _e, ...rest } = c;
  return { ...rest, match: [phrase] };
}

const phrasesOf = (c: Criterion) => (c.all ?? [c.match ?? []]).flat();

/** An analysed text (one concept expansion of a phrase), its keys, and the criterion reduced to it. */
interface Analysed {
  text: string;
  tokens: Token[];
  keys: Set<string>;
  alone: Criterion;
}

/**
 * Whether every word of `pattern` has a key in `keys`: without it the pattern cannot match (the
 * typing slips a positive criterion allows are left aside: two phrases a trainer wrote do not differ by a slip).
 */
const couldMatch = (pattern: Analysed, keys: Set<string>) =>
  pattern.tokens.every((t) => t.keys.some((k) => keys.has(k)));

/** RH067: a phrase of a positive criterion whose words a mistake of the same prompt also matches (either way round). */
export function checkEarnAndLose(ctx: LoadContext, s: Scenario, found: Collected): void {
  const tokens = tokenCache(s); // with the scenario's conjugation table, as an answer would be read
  const texts = (c: Criterion, phrase: string): Analysed[] =>
    expandPhrase(phrase, s.concepts)
      .slice(0, MAX_EXPANSIONS)
      .map((text) => {
        const t = tokens(text);
        return { text, tokens: t, keys: new Set(t.flatMap((x) => x.keys)), alone: onePhrase(c, text) };
      });
  type Mistake = { criterion: Criterion; texts: Analysed[] };
  const prompts = new Map<string, Mistake[]>();
  for (const p of found.phrases) {
    const c = p.criterion;
    const ask = p.node === undefined ? undefined : own(s.nodes, p.node)?.ask;
    if (!c || isMistake(c) || ask?.kind !== 'free' || p.node === undefined) continue;
    let mistakes = prompts.get(p.node);
    if (!mistakes)
      prompts.set(
        p.node,
        (mistakes = ask.criteria
          .filter(isMistake)
          .map((m) => ({ criterion: m, texts: phrasesOf(m).flatMap((ph) => texts(m, ph)) }))),
      );
    const mine = mistakes.length ? texts(c, p.text) : [];
    let found: { mistake: Criterion; words: string } | undefined;
    for (const m of mistakes) {
      const whole = m.criterion.all !== undefined; // an `all` mistake loses points only when all its lists match
      const hit =
        mine.find((e) =>
          whole
            ? matchCriterion(s, m.criterion, e.tokens)
            : m.texts.some((f) => couldMatch(f, e.keys) && matchCriterion(s, f.alone, e.tokens)),
        ) ??
        (whole
          ? undefined
          : m.texts.find((f) => mine.some((e) => couldMatch(e, f.keys) && matchCriterion(s, e.alone, f.tokens))));
      if (hit) {
        found = { mistake: m.criterion, words: hit.text };
        break;
      }
    }
    if (!found) continue;
    ctx.report(
      'RH067',
      p.at,
      msg`the phrase ${q(p.text)} of ${label(c)} and the mistake ${label(found.mistake)} of the same prompt both match ${q(found.words)}: those words earn and lose points at once`,
      msg`make one of the two more specific (the words around it, its negation), so that a kind answer only earns`,
    );
  }
}
