/** Rules of the clause segmenter that read around a word: what introduces a complement, who says it. */
import { SAID_IMPERATIVES } from './lang.ts';
import type { SegmentView } from './segment.ts';
import {
  ADVERBS,
  isFrenchInfinitive,
  isImpersonal,
  isIng,
  isInfinitive,
  isModal,
  isPastForm,
  isSecondPerson,
  objectPerson,
} from './segment-words.ts';
import { EN_NOUN_SUBJECT_START, GO, VOULOIR_FORM, type WordInfo } from './units.ts';
import { fixedKeys } from './keys.ts';

/** What a complement starts with: fr que / de + infinitive / à + infinitive; en that / to / from / -ing / a clause. */
export type Introducer = 'que' | 'de' | 'a' | 'to' | 'from' | 'ing' | 'zero';

/** The introducer word k is, if it is one (the verb before it is checked by the caller). */
export function findIntroducer(view: SegmentView, k: number, info: WordInfo, raw: string): Introducer | null {
  const { f } = info;
  const { lang, locale } = view;
  if (locale === 'fr') {
    if (f === 'que' || f === 'qu') return 'que';
    if ((f === 'de' || f === 'd') && infinitiveAhead(view, k)) return 'de';
    if (raw === 'à' && infinitiveAhead(view, k)) return 'a';
    return null;
  }
  const n = view.next(k);
  if (f === 'that') return 'que';
  if (f === 'to' && n && isInfinitive(n, lang, locale)) return 'to';
  if ((f === 'not' || f === 'never') && n?.f === 'to') return 'to';
  if (f === 'from' && n && isIng(n.f)) return 'from';
  if (isIng(f)) return 'ing';
  if (startsClause(view, k, info)) return 'zero';
  // "I'm not saying go back with him": a bare imperative right after a verb of saying is what it says
  const before = view.words[k - 1];
  if (SAID_IMPERATIVES.has(f) && before && !before.gapAfter && before.info.classes.has('say')) return 'zero';
  return null;
}

/** Words that plainly start a clause as its subject; "you" and "it" are objects too, so a verb must follow them. */
const CLEAR_SUBJECTS = new Set(['i', 'he', 'she', 'we', 'they']);
const NEGATIVE_SUBJECTS = new Set(['nobody', 'none', 'nothing', 'noone']);

/** "I think [he's lying]", "I promise [nobody will know]", "tell him [you won't pay]" — not "I know you". */
function startsClause(view: SegmentView, k: number, info: WordInfo): boolean {
  const { f } = info;
  if (CLEAR_SUBJECTS.has(f)) return true;
  // "I don't doubt some of these girls are thin-skinned", "I doubt the police will…": a noun subject
  if (EN_NOUN_SUBJECT_START.has(f)) {
    if (!thinkingBefore(view, k)) return false; // "the" is frequent: only after a verb of thinking or doubting
    for (let j = 1; j <= 5; j++) {
      const w = view.next(k, j);
      if (!w) return false;
      if (
        w.classes.has('aux') ||
        isModal(w) ||
        /^(are|is|was|were|will|would|have|has)$/.test(w.f) ||
        w.role === 'marker'
      )
        return j > 1;
    }
    return false;
  }
  if (!view.lang.subjects.has(f) && !view.lang.nounPronouns.has(f) && !NEGATIVE_SUBJECTS.has(f)) return false;
  const n = view.next(k);
  return !!n && (n.role === 'marker' || isModal(n) || n.classes.has('aux') || n.f === 'would' || n.f === 'will');
}

/** Whether a verb of thinking, doubting or knowing stands within the three words before word k. */
function thinkingBefore(view: SegmentView, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = view.words[j]!;
    if (w.gapAfter) return false; // a mark between it and the next word: another clause
    const c = w.info.classes;
    // "feel the shame", "feel the pain": after feel, a determiner opens its object
    if (/^(feel|feels|felt|feeling)$/.test(w.info.f)) return false;
    if (c.has('think') || c.has('doubt') || c.has('factive')) return true;
    // "I can't promise the photo won't go anywhere": a promise introduces a noun subject too
    if (/^(promise|promised|promising|guarantee|guaranteed|swear|swore)$/.test(w.info.f)) return true;
  }
  return false;
}

/** "de ne rien payer", "de lui répondre": an infinitive within a few clitics or markers. */
function infinitiveAhead(view: SegmentView, k: number): boolean {
  for (let n = 1; n <= 4; n++) {
    const w = view.next(k, n);
    if (!w) return false;
    if (w.role === 'ne' || w.role === 'marker' || w.role === 'plus' || view.lang.objects.has(w.f)) continue;
    return isInfinitive(w, view.lang, view.locale);
  }
  return false;
}

/**
 * Discourse words (and "here") that stand before a verb and are not its subject (« par contre dis-lui que… », "so
 * tell him", "maybe tell him", "I'm here to tell you").
 */
const DISCOURSE = new Set(
  (
    'par contre exemple ailleurs revanche coup sinon alors donc bon ok okay enfin bref ensuite puis stp svp ' +
    'then so well right anyway please pls plz only simply first maybe perhaps here'
  ).split(' '),
);

/** Who says what the verb at words[at] introduces. */
export type Speaker = 'own' | 'third' | 'you-reported' | 'you-suggested' | 'none';

/**
 * The speaker of a verb of saying or thinking: the trainee (je / nous, I / we, an imperative), someone else
 * ("il t'a écrit", "ta mère dit", "he told you"), or the person addressed — reporting what they said
 * ("tu m'as dit", "you said") or being given a script ("tu peux lui dire", "you could tell him", "tu lui dis").
 */
export function subjectOf(view: SegmentView, at: number): Speaker {
  const { words, lang, locale } = view;
  const verb = words[at]!;
  const seen = { modal: false, aux: false, me: false, third: false };
  for (let i = at - 1; i >= 0 && words[i]!.clause === verb.clause; i--) {
    const w = words[i]!;
    const f = w.info.f;
    if (lang.ownSubjects.has(f)) return 'own';
    if (DISCOURSE.has(f)) continue;
    // « je vous conseille », « on vous propose »: after a subject, vous is the object
    if (f === 'vous' && locale === 'fr' && isObjectT(view, i)) continue;
    if (isSecondPerson(f) || (f === 't' && locale === 'fr' && !isObjectT(view, i))) {
      // "could you ask him to…", "can you tell her…": an inverted modal is a suggestion
      const before = words[i - 1];
      if (before && before.clause === verb.clause && isModal(before.info)) return 'you-suggested';
      return wishedFor(view, i) ? 'you-suggested' : addressed(view, at, seen);
    }
    // « on m'a dit », « on lui a dit » is someone else; « on lui conseille de… » is the trainee's "we"
    if (f === 'on') return seen.me || (seen.third && seen.aux) ? 'third' : 'own';
    if (f === 'il' && /^(faut|vaut|suffit|faudrait|fallait)$/.test(words[i + 1]?.info.f ?? '')) return 'own';
    if (lang.subjects.has(f)) return isImpersonal(f) ? 'none' : 'third';
    const person = objectPerson(f);
    if (isModal(w.info)) seen.modal = true;
    else if (w.info.classes.has('aux')) seen.aux = true;
    else if (person === 'me') seen.me = true;
    else if (person === 'third') seen.third = true;
    else if (w.info.role === 'word' && !ADVERBS.has(f) && !lang.objects.has(f)) {
      if (afterPreposition(view, i)) continue; // "I'd reply to the office to say…": the office says nothing
      return view.isNounLikeAt(i) || w.info.classes.size === 0 ? 'third' : 'none';
    }
  }
  return 'none';
}

const PREPOSITIONS: Record<string, ReadonlySet<string>> = {
  fr: new Set(['à', 'au', 'aux', 'pour', 'avec', 'chez', 'sur', 'dans', 'vers', 'contre', 'par']),
  en: new Set(['to', 'at', 'with', 'from', 'for', 'about', 'into', 'onto', 'on', 'in', 'by', 'towards']),
};

/** Whether words[i] follows a preposition (over determiners): "to the office", « au collège » is no subject. */
function afterPreposition(view: SegmentView, i: number): boolean {
  const clause = view.words[i]!.clause;
  for (let j = i - 1; j >= 0 && j >= i - 3 && view.words[j]!.clause === clause; j--) {
    const w = view.words[j]!;
    if (PREPOSITIONS[view.locale]!.has(w.word)) return true;
    if (!view.lang.determiners.has(w.info.f)) return false;
  }
  return false;
}

/** What the trainee wishes or needs the person addressed to do: « il faudrait que vous… », « j'aimerais que tu… ». */
const WISHING =
  /^(faut|faudrait|voudrais|voudrait|aimerais|aimerait|souhaite|souhaiterais|prefere|preferais|prefererais|important|mieux|besoin)$/;

/**
 * Whether the second-person subject at words[i] follows que after a wish or a need of the trainee's:
 * « il faudrait que vous me disiez ce que contient cette vidéo » asks; it reports nothing the caller said.
 */
function wishedFor(view: SegmentView, i: number): boolean {
  const que = view.words[i - 1];
  if (view.locale !== 'fr' || !que || (que.info.f !== 'que' && que.info.f !== 'qu')) return false;
  const before = view.words[i - 2];
  return !!before && before.clause === que.clause && WISHING.test(before.info.f);
}

/** French t' is "tu" in "t'as dit", an object in "il t'a dit". */
function isObjectT(view: SegmentView, i: number): boolean {
  const prev = view.words[i - 1];
  return !!prev && prev.clause === view.words[i]!.clause && view.lang.subjects.has(prev.info.f);
}

function addressed(
  view: SegmentView,
  at: number,
  seen: { modal: boolean; aux: boolean; me: boolean; third: boolean },
): 'you-reported' | 'you-suggested' {
  const verb = view.words[at]!.info;
  if (seen.modal) return 'you-suggested';
  if (view.locale === 'fr' && isInfinitive(verb, view.lang, view.locale)) return 'you-suggested';
  if (seen.aux || seen.me || isPastForm(verb, view.locale)) return 'you-reported';
  return seen.third ? 'you-suggested' : 'you-reported';
}

/** Forms of « aller » that are never an imperative: a near future even with no subject typed (« vais t'aider »). */
const FR_NEVER_IMPERATIVE = new Set(['vais', 'vont', 'allais', 'allait', 'allions', 'alliez', 'allaient']);
/** Between a near-future « aller » and its infinitive: ne … pas, clitics, a few adverbs. */
const FR_GO_BETWEEN = new Set(['ne', 'n', 'pas', 'plus', 'jamais', 'rien', 'tout', 'surement']);
/**
 * Infinitives « aller » also goes somewhere to do (« tu vas voir Mathis demain », « si tu allais le voir », « aller
 * porter plainte »): the verb stays a verb of motion before them.
 */
const FR_GO_TO_DO = new Set([
  ...'voir revoir chercher trouver retrouver rencontrer parler demander prendre porter signaler'.split(' '),
  ...'acheter dormir manger jouer frapper sonner recuperer rejoindre deposer consulter'.split(' '),
]);
/** "going to school": places reached, not verbs. */
const EN_PLACES = new Set(['school', 'bed', 'work', 'church', 'hospital', 'court', 'jail', 'prison', 'class', 'town']);
/** The key of a near-future auxiliary. */
const AUX_GO = 'aux·aller';
const AUX_KEYS = fixedKeys([AUX_GO]);
/** A word's stems with the auxiliary key, per stems list (a WeakMap: classify's cache may drop its lists). */
const withAux = new WeakMap<readonly string[], readonly string[]>();

/**
 * How word k reads if it is a form of « aller » / "going": `'aux'` for the auxiliary of a near future (« je ne vais pas
 * décider à ta place », « on va t'aider », "I'm not going to judge you"), compared as that auxiliary only, so that it
 * never meets a verb of motion (« n'y va pas », "don't go"); `'both'` when nothing follows it in its clause (« ils
 * vont ») or when no subject is typed before an imperative form (« va sauter »: go and jump, or a future whose
 * subject a phrase leaves out), which may be either; `null` for a verb of motion: an order with no verb after it
 * (« allez-y », « n'y va pas »), a way somewhere (« je vais à la police », "going to school"), a going to do (« tu vas
 * voir Mathis »). fr: an infinitive after it (over the negation, clitics and adverbs), and for `'aux'` a subject before
 * it (over ne and clitics) unless the form is never an imperative; en: "going to" + a verb.
 */
export function nearFutureAt(view: SegmentView, k: number): 'aux' | 'both' | null {
  const { words, lang, locale } = view;
  const { f, mask } = words[k]!.info;
  if (!(mask & GO)) return null; // GO_FORMS (units.ts)
  if (locale === 'en') {
    const to = view.next(k);
    const verb = view.next(k, 2);
    return to?.f === 'to' && !!verb && isInfinitive(verb, lang, locale) && !EN_PLACES.has(verb.f) ? 'aux' : null;
  }
  // with no subject, « va sauter » may be an order to go and jump or a future whose subject is not typed (a phrase)
  const future = FR_NEVER_IMPERATIVE.has(f) || subjectBefore(view, k) ? 'aux' : 'both';
  for (let n = 1; n <= 5; n++) {
    const w = view.next(k, n);
    if (!w) return n === 1 && words[k - 1]?.info.f !== 'y' ? 'both' : null; // « ils vont. » / « tu n'y vas pas »
    if (FR_GO_BETWEEN.has(w.f) || ADVERBS.has(w.f) || lang.objects.has(w.f)) continue;
    return isFrenchInfinitive(w.f) && !FR_GO_TO_DO.has(w.f) ? future : null;
  }
  return null;
}

/** Whether a subject stands before word k, over ne and clitics (« tu ne vas pas », « tu te vas », « ta mère va »). */
function subjectBefore(view: SegmentView, k: number): boolean {
  const { words, lang } = view;
  for (let i = k - 1; i >= 0 && !words[i]!.gapAfter; i--) {
    const info = words[i]!.info;
    if (lang.subjects.has(info.f) || view.isNounLikeAt(i)) return true;
    if (info.role !== 'ne' && !lang.objects.has(info.f)) return false;
  }
  return false;
}

/** Gives word k the keys of how it reads (see nearFutureAt). */
export function markNearFuture(view: SegmentView, k: number, how: 'aux' | 'both'): void {
  const w = view.words[k]!;
  let stems = AUX_KEYS;
  if (how === 'both') {
    const own = w.info.stems;
    let both = withAux.get(own);
    if (!both) withAux.set(own, (both = [...own, AUX_GO]));
    stems = both;
  }
  w.info = { ...w.info, stems };
}

/** The key of « se dire » (to think). */
const SE_DIRE = fixedKeys(['se·dire']);

/**
 * « se dire » is to think, not to say: after the reflexive « se / s' », a verb of saying (« faut pas se dire ça », « on
 * s'est dit que ») is compared as « se dire » only, so it never meets a phrase's « faut pas dire ça ».
 */
export function markSeDire(view: SegmentView, k: number): void {
  const w = view.words[k]!;
  if (view.locale !== 'fr' || !w.info.classes.has('say')) return;
  let i = k - 1;
  if (/^(est|sont|etait|etaient|etre)$/.test(view.words[i]?.info.f ?? '') && !view.words[i]!.gapAfter) i--; // « s'est dit »
  const se = view.words[i];
  if (se && !se.gapAfter && (se.info.f === 'se' || se.info.f === 's')) w.info = { ...w.info, stems: SE_DIRE };
}

/** The key of « en vouloir à » (to hold it against someone). */
const EN_VOULOIR = fixedKeys(['en·vouloir']);

/**
 * « en vouloir à quelqu'un » is to hold it against them, not to want: a form of vouloir right after « en », with a
 * clitic before en (« je t'en veux pas », « tu m'en voudras ») or « à » after it (« elle en veut à son père »), is
 * compared as « en vouloir » only, so it never meets « je ne voulais pas » (the en is a function word, dropped).
 */
export function markEnVouloir(view: SegmentView, k: number): void {
  const { words, lang } = view;
  const w = words[k]!;
  if (!(w.info.mask & VOULOIR_FORM)) return; // French forms of vouloir (FR_VOULOIR, units.ts)
  const en = words[k - 1];
  if (!en || en.gapAfter || en.info.f !== 'en') return;
  const clitic = words[k - 2];
  const held = (clitic && !clitic.gapAfter && lang.objects.has(clitic.info.f)) || view.next(k)?.f === 'a';
  if (held) w.info = { ...w.info, stems: EN_VOULOIR };
}
