/**
 * The clause segmenter (r2, step 3): splits each clause of a text into the scopes a negation marker
 * does not cross — subordinate (conditional, time, cause, purpose), relative, quoted, and what a verb of
 * thinking, saying, stopping or knowing introduces — and records the markers of each scope.
 * docs/format-notes.md ("Clauses and negation scope") describes the model with examples.
 */
import type { Locale } from '../types.ts';
import type { Language } from './lang.ts';
import { newScope, type CompClass, type Range, type Scope } from './scope.ts';
import {
  findIntroducer,
  markEnVouloir,
  markNearFuture,
  markSeDire,
  nearFutureAt,
  subjectOf,
  type Introducer,
} from './segment-rules.ts';
import { ADVERBS, isFrenchInfinitive, isInfinitive, isIng, isModal, objectPerson } from './segment-words.ts';
import { ONLY_KEY } from './keys.ts';
import {
  classify,
  CONCESSIVE_WH,
  COPULA,
  EXCEPTION,
  GO,
  OPENS,
  SETS_ASIDE,
  SUBJECT,
  TOPIC,
  VOULOIR_FORM,
  WISH,
  type WordInfo,
} from './units.ts';
import type { TextWord } from './word.ts';
import { SEPARATOR } from './scan.ts';

/** The keys of the `que` of « ne … que » (*only*): a que, and a key no typed word has. */
const ONLY_KEYS: readonly string[] = ['que', ONLY_KEY];

/** One word of the text, with the scope it belongs to. */
export type SegWord = TextWord;

const BREAK_MARKS = '.,;:!?…';

/** Whether the marks before a word end a clause (`. , ; : ! ? …`). */
export function endsClause(before: string): boolean {
  for (let i = 0; i < before.length; i++) if (BREAK_MARKS.includes(before[i]!)) return true;
  return false;
}
const OPEN_MARKS = '«“„‹';
const CLOSE_MARKS = '»”›';

/** Forms of vouloir before « dire » (« ça veut dire »: to mean). */
const VOULOIR = /^(veut|veux|voulait|voudrait|voudra|veulent|voulez)$/;
/** Verbs of knowing after which si / if is "whether" (« je sais pas si », "not sure if"). */
const KNOWING = /^(sais|sait|savons|savez|savent|savais|savait|know|knows|knew|sure|wonder)$/;

// The words that may open an exception (« sauf si », « à moins que », "unless"…) are the EXCEPTION bit of a word's
// mask (units.ts EXCEPTION_WORDS).
/** The words that may open an indirect question. */
const INDIRECT_WH: ReadonlySet<string> = new Set(
  'pourquoi comment qui quoi ou combien why how what who where which whom'.split(' '),
);
/** Of those, the ones that ask about a clause only when a subject or a finite verb follows ("what to do" is none). */
const WH_BEFORE_CLAUSE: ReadonlySet<string> = new Set('qui quoi ou combien what who where which whom'.split(' '));

// The pronouns that take up a fronted topic (« Payer, ça… », « …, c'est… ») are the TOPIC bit of a word's mask
// (units.ts TOPIC_PRONOUNS).
/** « sans doute / faute / cesse / arrêt », "without (a) doubt": idioms, no negation. */
const SANS_IDIOMS = /^(doute|faute|cesse|arret)$/;
/** Forms of savoir after « sans que »: « sans que tes parents le sachent » is the secret, not a limit. */
const KEPT_SECRET = /^(sache|saches|sachent|sachiez|savoir|apprennent|apprenne)$/;
/** A French past participle, folded (« répondu », « envoyée », « dit », « pris »). */
const PARTICIPLE = /^.{2,}(e|ee|es|ees|i|is|it|u|us|ue|ues)$/;
/** Forms of être / be that make a statement (for the contrast "…, not you"). */
const COPULA_FORMS = /^(est|etait|sera|serait|sont|etaient|is|was|are|were|be)$/;
/** A copula by its mask or one of those forms. */
const isCopula = (w: WordInfo): boolean => !!(w.mask & COPULA) || COPULA_FORMS.test(w.f);
/** What a contrastive not / pas may stand before: a pronoun, a possessive or determiner. */
const CONTRASTED: ReadonlySet<string> = new Set(
  (
    'you u yours yourself your her him them me his hers the a an ' +
    'toi moi lui elle eux elles vous ta ton tes sa son ses la le les un une tien tienne'
  ).split(' '),
);
/** A preposition between the contrastive not / pas and what it sets apart (« pas pour toi », "not on you"). */
const CONTRAST_PREPOSITIONS: ReadonlySet<string> = new Set(['a', 'pour', 'de', 'chez', 'on', 'to', 'for', 'with']);
/** Third-person subjects: a statement about what a condition leads to. */
const THIRD_PERSON: ReadonlySet<string> = new Set('il ils elle elles on he she they'.split(' '));
/** The copula of a definition after a topic (« Payer, c'est financer… », « …, ce serait céder… »). */
const DEFINING = /^(est|serait)$/;
/** The forms of être after « ce » / « c' » that make it the pronoun of a statement, not the determiner. */
const CE_COPULA = /^(est|etait|serait|sera)$/;
/** Negative subjects that start a statement (« rien ne l'oblige », "nothing stops him"). */
const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set('rien personne nothing nobody'.split(' '));
/** Past auxiliaries in a condition (« si tu avais / t'étais… », "if you had / hadn't…"): a reproach. */
const COUNTERFACTUAL = /^(avais|avait|aviez|avions|avaient|etais|etait|etiez|etions|etaient|had|hadn't|hadnt|d)$/;
/** The harms a main clause may say follow from a condition (« il en redemandera », "he'll ask for more"). */
const HARMS = new RegExp(
  '^(redemander|redemandera|redemanderait|redemande|recommencera|recommencerait|reviendra|reviendrait|' +
    'empirer|empirera|empirerait|pire|regretter|regretteras|regretterais|perdras|perdrais|davantage|' +
    'more|again|worse|regret|escalate|escalates|back)$',
);
/** Connectors that may stand before a fronted subordinate (« et après si… », « déjà si… », "so if…"). */
const CONNECTORS: ReadonlySet<string> = new Set(
  (
    'et mais apres ensuite puis alors donc bon ok okay deja maintenant sinon oui non ouais ecoute franchement ' +
    'perso voila enfin and but so then now well also yes yeah no hey look listen honestly tbh ngl'
  ).split(' '),
);
/** Demonstratives that may open the main clause after a fronted subordinate (« …, c'est rassurant », "that's fine"). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['c', 'ca', 'cela', 'that', 'it', 'this']);
/** A copula, an auxiliary or a modal: what makes a demonstrative a subject (« c'est », "that's", "it will"). */
/** English subject pronouns: a verb after one is its own ("he would", "they are"), not the main clause's. */
const EN_SUBJECTS: ReadonlySet<string> = new Set('i he she we they it'.split(' '));
/** Words after which a verb still belongs to a relative ("who used to be", "which there is", "that what is"). */
const EN_RELATIVE_GLUE: ReadonlySet<string> = new Set('to who that which there what'.split(' '));

const isVerbLike = (w: WordInfo): boolean =>
  !!(w.mask & COPULA) || w.classes.has('aux') || isModal(w) || w.f === 'will' || w.f === 'would';
/** Verbs of telling or promising after which a negated si / if is "whether" (« je peux pas te dire si »). */
const TELLING = new RegExp(
  '^(dire|dis|dit|promettre|promets|promet|garantir|garantis|garantit|demander|demande|demandes|' +
    'tell|say|promise|guarantee|predict|ask)$',
);
/** What stands between such a verb and si / if: objects and adverbs (« te dire », "tell you for sure"). */
const tellFiller = (w: WordInfo, lang: Language): boolean =>
  lang.objects.has(w.f) || ADVERBS.has(w.f) || w.f === 'for' || w.f === 'sure' || w.role === 'drop';
/** Forms of ask / check before "whether": an indirect question, said with its own polarity. */
const ASKING =
  /^(ask|asks|asked|asking|check|checks|checked|checking|think|thinking|consider|considering|wonder|wondering|find|out)$/;
/**
 * Verbs of asking and wondering, and the words of fearing, after which the caller's own question or fear is
 * put back to them (« tu te demandes si… », « vous avez peur que… », "you're asking whether…", "are you
 * worried you'll…"): an echo question, attributed.
 */
const ECHOING = {
  fr: /^(demandes|demandez|demandais|demandiez|demande|demandee|peur|inquietes|inquietez|crains|craignez)$/,
  en: /^(ask|asks|asking|asked|wonder|wondering|wondered|worried|worry|worrying|afraid|scared|frightened|fear|fearing|concerned)$/,
} as const;
/**
 * What opens the echoed question: si / que, if / whether / that, or (after a word of fearing) a subject. Not « de »:
 * « tu as peur de les perdre » keeps the reading « peur de » gives its infinitive.
 */
const ECHO_OPENERS = { fr: /^(si|s|que|qu)$/, en: /^(if|whether|that)$/ } as const;
const EN_FEAR = /^(worried|worry|afraid|scared|frightened|fear|concerned)$/;
const EN_ECHO_SUBJECTS = /^(you|u|i|he|she|they|we|it|someone|people|everyone|nobody)$/;

/** « peut-être », "maybe", "perhaps". */
const MAYBE = /^(peut-être|peut-etre|peutetre|maybe|perhaps|possible)$/;
/** What « pas » / "not" follows when it weighs the other way: « peut-être pas », « ou pas », "maybe not", "or not". */
const MAYBE_BEFORE_NOT = /^(peut-être|peut-etre|peutetre|ou|maybe|perhaps|or)$/;
/** Connectors a clause may open with before « peut-être » / "maybe". */
const DISCOURSE_OPENERS = /^(et|mais|bon|alors|ou|and|but|so|well|or|ok|okay|oui|yes|yeah)$/;

/** English possessives and « the », after which a word is the noun they determine: "ask your parents whether…". */
const POSSESSIVES: ReadonlySet<string> = new Set('my your his her their our the'.split(' '));

/** Words of evaluation that introduce a clause with que (« tant mieux que », « heureusement que »…). */
const EVALUATIONS = new RegExp(
  '^(mieux|heureusement|dommage|content|contente|contents|heureux|heureuse|rassure|rassuree|soulage|soulagee|' +
    'ravi|ravie|fier|fiere|normal|vrai|super|genial|important|essentiel|bien|inadmissible|inacceptable|' +
    'scandaleux|honteux|anormal|triste|bizarre|etrange|logique|comprehensible|incroyable|dingue|choquant)$',
);

/** Evaluations that deny what they introduce (« c'est rare que… », "it's rare that…"). */
const RARELY: ReadonlySet<string> = new Set(['rare', 'rares', 'exceptionnel', 'unlikely', 'improbable']);

/** The main verbs that end a phrase after sans / without ("without your permission is a crime"). */
const MAIN_VERB_AFTER_SANS = new RegExp(
  '^(is|are|was|were|will|would|can|could|should|must|may|might|counts|means|' +
    'est|sont|etait|etaient|sera|seront|serait|peut|peuvent|constitue|reste)$',
);

/** Verdicts that set a topic aside as bad. */
const BAD_VERDICTS: ReadonlySet<string> = new Set(
  (
    'dangereux dangereuse risque risquee inutile interdit interdite illegal illegale contre-productif nul nulle ' +
    'debile absurde pire erreur piege mauvaise mauvais ' +
    'pointless useless dangerous risky illegal counterproductive mistake bad worse worst trap waste stupid'
  ).split(' '),
);
/** Words that may stand between the copula and the verdict (« c'est une très mauvaise idée », "a really bad idea"). */
const VERDICT_FILLERS: ReadonlySet<string> = new Set(
  (
    'un une le la tres vraiment trop super hyper completement totalement carrement juste plutot assez grosse gros ' +
    'vraie vrai the an really so very totally just such pretty completely absolutely big huge real be'
  ).split(' '),
);

/** What « plus à / avec » takes when it is "no longer" (« tu réponds plus à lui »). */
const NO_LONGER_OBJECTS: ReadonlySet<string> = new Set(
  'lui elle eux elles moi personne ses son sa ce ces cette'.split(' '),
);

/** « aucun souci », « aucun problème », "no problem": formulas that negate nothing. */
const NO_PROBLEM: ReadonlySet<string> = new Set(['souci', 'soucis', 'probleme', 'problem', 'problemo']);

/** Interjections before "no" ("oh no"). */
const INTERJECTIONS: ReadonlySet<string> = new Set(['oh', 'ah', 'uh', 'ohh', 'aw', 'omg']);

/** What may stand between a verb of knowing and the wish it describes (see understoodWish). */
const WISH_FILLERS: ReadonlySet<string> = new Set(
  (
    'que qu tu t vous l le la ton ta votre cette ce cet as aies ayez avez a you u ya that the your this would d ' +
    'do really'
  ).split(' '),
);

/** Verbs of needing or wanting before a verb of knowing (« je dois savoir », "I need to know"). */
const NEEDING = /^(dois|doit|devez|faut|besoin|veux|voudrais|voulez|need|needs|want|wanted|have|has|must)$/;

/** A test of the words after() may pass over. */
/** What a backward look passes over; `j` is the word's index. */
type Filler = (w: WordInfo, lang: Language, j: number) => boolean;
/** What after() passes over by default: ne, markers, adverbs. */
const negOrAdverb: Filler = (w) => w.role === 'ne' || w.role === 'marker' || ADVERBS.has(w.f);
/** What may stand before a topic's infinitive: ne, a marker, an object (« Ne rien dire », « Lui répondre »). */
const beforeInfinitive: Filler = (w, lang) => w.role === 'ne' || w.role === 'marker' || lang.objects.has(w.f);
/** What stands between a verb of needing and the verb of knowing (« besoin de », "need to", ne, markers). */
const needFiller = (w: WordInfo): boolean =>
  w.role === 'ne' || w.role === 'marker' || /^(de|d|to|vraiment|really|just|juste)$/.test(w.f);
/** What stands between ask and "whether": objects and adverbs ("ask her straight out whether…"). */
const askFiller = (w: WordInfo, lang: Language): boolean =>
  lang.objects.has(w.f) ||
  ADVERBS.has(w.f) ||
  /^(straight|gently|directly|calmly|kindly|softly|clearly|honestly|simply|but|and|about|yourself|yourselves|himself|herself|themselves|carefully|hard|first|tonight)$/.test(
    w.f,
  );

/** Which classes of verb each introducer follows, in order of preference. */
const INTRODUCED_BY: Record<Introducer, readonly CompClass[]> = {
  que: ['think', 'doubt', 'say', 'factive', 'attribute', 'stop'],
  de: ['stop', 'say'],
  a: ['stop'],
  to: ['stop', 'say', 'attribute'],
  from: ['stop'],
  ing: ['stop', 'say'],
  zero: ['think', 'doubt', 'say', 'factive'],
};

/** Segments the scanned words of a text: each gets its scope (the words are updated in place). */
export function segment(words: TextWord[], lang: Language, locale: Locale): TextWord[] {
  return new Segmenter(words, lang, locale).run();
}

/** What the rules need to read the text around a word. */
export interface SegmentView {
  readonly lang: Language;
  readonly locale: Locale;
  readonly words: readonly SegWord[];
  /** The word n places after word k in the same clause, if any. */
  next(k: number, n?: number): WordInfo | undefined;
  /** Whether words[i] is a noun, or a pronoun a relative clause may follow. */
  isNounLikeAt(i: number): boolean;
}

/**
 * Whether a scope above s, in its clause, holds a negation: then « ni » / "nor" in s goes on with that
 * negation (« je pense pas que ce soit ta faute ni celle de ta mère », « je suis pas là pour vous juger ni
 * pour vous faire la morale ») instead of negating s a second time, which would affirm it.
 */
function negatedAbove(s: Scope): boolean {
  return negatedWithin(s.parent);
}

/** Whether s or a scope above it, up to its clause or quote, holds a negation of its own. */
function negatedWithin(s: Scope | null): boolean {
  for (let p = s; p; p = p.parent) {
    if (negates(p)) return true;
    if (p.kind === 'clause' || p.kind === 'quote') return false;
  }
  return false;
}

/** The first of the wanted classes that a word has (in the order wanted lists them). */
function firstClassOf(wanted: readonly CompClass[], classes: WordInfo['classes']): CompClass | undefined {
  for (let i = 0; i < wanted.length; i++) if (classes.has(wanted[i]!)) return wanted[i];
  return undefined;
}

/** Whether a scope holds a negation of its own (a marker or ne). */
const negates = (s: Scope): boolean => !!s.ne || s.markers.length > 0;

class Segmenter implements SegmentView {
  private stack: Scope[] = [newScope('clause', null)];
  /** A fronted condition ended by a comma, and the clause after it: its main clause if a statement starts it. */
  private pendingMain: { condition: Scope; clause: Scope } | null = null;
  /** The verbs of asking or fearing that opened an echo question (echoQuestion). */
  private readonly echoed = new Set<number>();
  /** The fronted condition whose main clause is being read, and that clause's number. */
  private consequenceOf: { condition: Scope; clause: number } | null = null;
  /** The last runStart() answer: a long clause is walked back once, not at every copula. */
  private runMemo: { k: number; first: number; clause: number } | null = null;
  private clause = 0;
  /** The word being read. */
  private at = -1;

  constructor(
    readonly words: TextWord[],
    readonly lang: Language,
    readonly locale: Locale,
  ) {}

  run(): TextWord[] {
    const words = this.words;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      w.info = classify(w.word, this.lang, this.locale);
      w.dropped = w.info.role !== 'word' && w.info.role !== 'negWord';
      w.gapAfter = k + 1 < words.length && words[k + 1]!.before !== '';
    }
    for (let k = 0; k < words.length; k++) {
      const info = words[k]!.info;
      // most words are none of these: the mask and the classes say so without a look-up
      const how = info.mask & GO ? nearFutureAt(this, k) : null;
      if (how) markNearFuture(this, k, how);
      else {
        if (info.classes.size) markSeDire(this, k);
        if (info.mask & VOULOIR_FORM) markEnVouloir(this, k);
      }
    }
    for (let k = 0; k < words.length; k++) {
      const before = words[k]!.before;
      for (let i = 0; i < before.length; i++) this.mark_(before[i]!);
      this.word(k);
    }
    return words;
  }

  /** A mark between two words: a clause break or a quotation mark. */
  private mark_(c: string): void {
    if (c === SEPARATOR) return; // a fragment separator (keyword stuffing) is no clause break
    if (BREAK_MARKS.includes(c)) this.endClause(c);
    else this.quote(OPEN_MARKS.includes(c) ? 'open' : CLOSE_MARKS.includes(c) ? 'close' : 'toggle');
  }

  private get top(): Scope {
    return this.stack[this.stack.length - 1]!;
  }

  next(k: number, n = 1): WordInfo | undefined {
    for (let i = k; i < k + n; i++) if (!this.words[i] || this.words[i]!.gapAfter) return undefined;
    return this.words[k + n]?.info;
  }

  /** The word before word k, when it is in the same clause with no break or quote between. */
  private previous(k: number): SegWord | undefined {
    const w = this.words[k - 1];
    return w && !w.gapAfter && w.clause === this.clause ? w : undefined;
  }

  isNounLikeAt(i: number): boolean {
    const w = this.words[i];
    if (!w) return false;
    const f = w.info.f;
    if (this.lang.nounPronouns.has(f)) return true;
    if (w.info.role !== 'word' || w.info.classes.size || this.lang.subjects.has(f) || this.lang.objects.has(f))
      return false;
    for (let n = 1; n <= 2; n++) {
      const d = this.words[i - n];
      if (!d || d.clause !== w.clause) return false;
      if (this.lang.determiners.has(d.info.f)) return true;
      if (d.info.role !== 'word') return false;
    }
    return false;
  }

  /** A clause break: the clause's scopes end (a quote goes on); after "il t'a écrit :" the next clause is his. */
  private endClause(mark: string): void {
    const attributed = mark === ':' && this.lastSayIsOther();
    const condition = this.stack.find((sc) => sc.kind === 'sub' && sc.fronted && sc.condition && !sc.main);
    while (this.stack.length && this.top.kind !== 'quote') this.stack.pop();
    const parent = this.stack.length ? this.top : null;
    const clause = newScope('clause', parent, { attributed });
    this.stack.push(clause);
    if (condition && mark === ',') this.pendingMain = { condition, clause }; // « si tu paies, il en redemandera »
    this.clause++;
  }

  /** Quotation marks: a quote is a scope of its own, with clauses inside; an unclosed one runs to the end. */
  private quote(kind: 'open' | 'close' | 'toggle'): void {
    const openToggle = this.stack.findIndex((s) => s.kind === 'quote' && s.toggle);
    if (kind === 'close' || (kind === 'toggle' && openToggle >= 0)) {
      let at = openToggle;
      if (kind === 'close')
        for (let i = this.stack.length - 1; i >= 0 && at < 0; i--) if (this.stack[i]!.kind === 'quote') at = i;
      if (at >= 0) this.stack.length = at;
      if (!this.stack.length) this.stack.push(newScope('clause', null));
    } else {
      const q = newScope('quote', this.top, { attributed: true, toggle: kind === 'toggle' });
      this.stack.push(q, newScope('clause', q, { attributed: true }));
    }
    this.clause++;
  }

  /**
   * The range of a bad verdict on a topic, if word i is the copula of one: fr « est / serait / était » + (a
   * determiner or adverb) + dangereux, inutile, une (très) mauvaise idée…; en "is / would be / will be" + …
   * pointless, dangerous, a (big) mistake, a bad idea. A negation in between cancels it (« c'est pas dangereux »).
   */
  private badVerdict(i: number): Range | null {
    const c = this.words[i];
    if (!c || !(c.info.mask & COPULA) || c.gapAfter) return null;
    let j = i + 1;
    if (c.info.f === 'would' && this.words[j]?.info.f === 'be') j++;
    for (const last = j + 4; j < last; j++) {
      const w = this.words[j];
      if (!w) return null;
      const f = w.info.f;
      if (BAD_VERDICTS.has(f)) return [w.start, w.end];
      if (w.info.role !== 'drop' && !VERDICT_FILLERS.has(f)) return null;
      if (w.gapAfter) return null;
    }
    return null;
  }

  /** The first word of the run of words before word k in the current clause, with no break or quote between. */
  private runStart(k: number): number {
    let first = k;
    const m = this.runMemo;
    while (first > 0 && this.words[first - 1]!.clause === this.clause && !this.words[first - 1]!.gapAfter) {
      first--;
      if (m && m.k === first && m.clause === this.clause) {
        first = m.first;
        break;
      }
    }
    if (m) {
      m.k = k;
      m.first = first;
      m.clause = this.clause;
    } else this.runMemo = { k, first, clause: this.clause };
    return first;
  }

  /**
   * "Paying him is pointless", "Replying to him would be a mistake": a clause that opens with an -ing form
   * and no subject, judged bad by its copula, is a topic set aside — its words are negated by the verdict.
   */
  private gerundTopic(k: number): void {
    const s = this.top;
    if (s.kind !== 'clause' || s.subjects > 0 || s.words < 1) return;
    let first = this.runStart(k);
    while (first < k && (this.words[first]!.info.f === 'just' || this.words[first]!.info.f === 'even')) first++;
    if (first >= k || !isIng(this.words[first]!.info.f)) return;
    const verdict = this.badVerdict(k);
    if (!verdict) return;
    s.markers.push(verdict);
    this.endClause(',');
  }

  /**
   * "Saying she's oversensitive is exactly how this carries on", "Telling him it's your fault was wrong": a
   * clause that opens with a gerund of saying or thinking, then a copula after its complement, names what is
   * said as its topic; nothing is said. The complement is attributed (no mistake is read in it) and ends there.
   */
  private gerundOfSaying(k: number): boolean {
    const s = this.top;
    if (s.kind !== 'comp' || !s.verb || s.parent?.kind !== 'clause' || s.subjects < 1 || k - s.lastSubject < 2)
      return false;
    const g = this.words[this.runStart(k)]!;
    if (g.start !== s.verb[0] || !isIng(g.info.f) || !(g.info.classes.has('say') || g.info.classes.has('think')))
      return false;
    s.qualified = true;
    this.stack.pop();
    return true;
  }

  private word(k: number): void {
    this.at = k;
    const w = this.words[k]!;
    const { info, start, end } = w;
    if (info.role === 'break') {
      this.endClause(w.word);
      return;
    }
    this.cutFrontedClause(k, info);
    if (this.locale === 'fr' && info.f === 'c' && this.runOnCest(k)) this.endClause(',');
    // « c'est une décision automatique donc personne ne l'a vue »: « donc » + a subject opens a clause
    if (this.locale === 'fr' && info.f === 'donc' && this.top.words > 1 && this.subjectNext(k)) this.endClause(',');
    this.endFrontedRelative(k, info);
    this.endSansPhrase(k, info);
    if (info.mask & COPULA && this.locale === 'en' && !this.gerundOfSaying(k)) this.gerundTopic(k);
    if (this.isException(k, info)) this.qualifyClause();
    if (info.role === 'marker') {
      const weighed = this.maybeNot(k);
      if (weighed >= 0) this.concedeMaybe(weighed);
    }
    // « Parler de Maëlle devant sa classe c'est l'afficher »: a topic without its comma reads as with it
    const comma = w.before.includes(',');
    const topic = this.locale === 'fr' && !!(info.mask & TOPIC) && (comma || this.infinitiveTopicBefore(k));
    if (topic && !comma) this.endClause(',');
    if (info.role === 'marker' && this.contrastiveNot(k)) this.stack.push(newScope('sub', this.top));
    if (info.mask & WISH) this.understoodWish(k);
    const alternative = info.mask & SETS_ASIDE ? this.alternative(k) : null;
    if (alternative) this.stack.push(alternative);
    else if (info.mask & OPENS) this.openScopes(k, info);
    const scope = this.top;
    w.scope = scope;
    w.clause = this.clause;
    if (this.pendingMain) {
      const { condition, clause } = this.pendingMain;
      if (this.statementStarts(k) && scope === clause) {
        condition.main = clause;
        this.consequenceOf = { condition, clause: this.clause };
      }
      if (info.role !== 'drop') this.pendingMain = null;
    }
    if (scope.condition && COUNTERFACTUAL.test(info.f)) scope.counterfactual = true;
    if (this.consequenceOf) {
      // « si tu paies, il en redemandera », "if you give him the money, he'll ask for more": a harm that follows
      if (this.consequenceOf.clause !== this.clause) this.consequenceOf = null;
      else if (HARMS.test(info.f)) this.consequenceOf.condition.warned = true;
    }
    if (topic) this.dislocatedTopic(k);
    if (topic && comma && this.definesRejected(k)) this.stack.push(newScope('sub', this.top, { attributed: true }));
    const before = this.previous(k);
    this.mark(k, w, before);
    if (info.role !== 'drop') scope.words++;
    if (info.mask & SUBJECT) {
      if (!scope.subjects++) scope.firstSubject = k;
      scope.lastSubject = k;
    }
    // éviter / refuser / avoid / refuse: markers that work as verbs of stopping on what follows them.
    if (info.role === 'stopMarker' && this.next(k))
      this.stack.push(newScope('comp', scope, { cls: 'stop', verb: [start, end] }));
  }

  /**
   * « Payer, ça ne sert à rien », « Revenir avec lui, ça ne l'obligera à rien »: a clause that starts with
   * an infinitive, then a comma and ça / c' / cela, is the topic of the clause after it. The comment's
   * negation reaches the topic; « c'est » + an infinitive defines it (« Payer, c'est financer… »), and a
   * verb of saying or thinking as the topic (« dire qu'elle est trop sensible, c'est… ») says nothing
   * itself: no mistake is read in either.
   */
  private dislocatedTopic(k: number): void {
    const prev = this.words[k - 1];
    if (!prev || prev.clause !== this.clause - 1) return;
    let first = k - 1;
    while (first > 0 && this.words[first - 1]!.clause === prev.clause) first--;
    const head = this.topicHead(first, k);
    if (head < 0) return;
    const h = this.words[head]!;
    let root: Scope | null = this.words[first]!.scope;
    while (root && root.kind !== 'clause') root = root.parent;
    if (!root || root.reading) return;
    // « Payer, c'est financer… », « envoyer une photo, c'est pas lui donner le droit de… » define the topic: the
    // definition's negation stays in it, and no advice is read in the topic
    if (this.definitionAfter(k, DEFINING, true) > k + 2) {
      root.attributed = true;
      return;
    }
    root.topicOf = this.top;
    // « Payer c'est dangereux », « lui répondre, c'est une mauvaise idée »: the comment judges the topic bad
    const verdict = root.markers.length || root.ne ? null : this.badVerdict(k + 1);
    if (verdict) {
      root.markers.push(verdict);
      return;
    }
    // « Payer, c'est financer ceux qui vendent », « …, c'est l'afficher » define the topic: no advice is read in it
    if (this.definitionAfter(k, DEFINING, false) >= 0) root.attributed = true;
    const says = h.info.classes.has('say') || h.info.classes.has('think');
    if (says && this.words.slice(head + 1, head + 4).some((w) => w.info.f === 'que' || w.info.f === 'qu'))
      root.attributed = true;
  }

  /**
   * The index of the infinitive that the copula at k + 1 introduces as a definition (« c'est financer… », « c'est
   * l'afficher », with `overMarkers` « c'est pas lui donner… », « ce n'est pas accepter… »), over objects, or -1.
   */
  private definitionAfter(k: number, copulas: RegExp, overMarkers: boolean): number {
    let c = k + 1;
    if (overMarkers && this.words[c]?.info.role === 'ne') c++; // « ce n'est pas accepter… »
    if (!copulas.test(this.words[c]?.info.f ?? '')) return -1;
    let d = c + 1;
    for (let w = this.words[d]; w; w = this.words[++d])
      if (!this.lang.objects.has(w.info.f) && !(overMarkers && w.info.role === 'marker')) break;
    const def = this.words[d]?.info;
    return def && isInfinitive(def, this.lang, this.locale) ? d : -1;
  }

  /**
   * « Ne revenez pas avec lui, ce serait céder au chantage », « N'y va pas, c'est te mettre en danger »: after a
   * negated clause, « c'est / ce serait » + an infinitive names what was just rejected; no mistake is read in it
   * (« Le mieux, c'est payer » names no rejection: it stays advice).
   */
  private definesRejected(k: number): boolean {
    const f = this.words[k]!.info.f;
    if ((f !== 'c' && f !== 'ce') || this.definitionAfter(k, CE_COPULA, false) < 0) return false;
    const prev = this.words[k - 1];
    if (!prev || prev.clause !== this.clause - 1) return false;
    let root: Scope | null = prev.scope;
    while (root && root.kind !== 'clause') root = root.parent;
    return !!root && negates(root) && !root.topicOf;
  }

  /**
   * Whether the clause being read opens with an infinitive and holds no subject, and « c'est » (or « ça… »)
   * comes at word k: the infinitive is a topic written without its comma (« Payer c'est financer… »).
   */
  private infinitiveTopicBefore(k: number): boolean {
    if (k < 1) return false;
    let s: Scope | null = this.top;
    while (s && s.kind !== 'clause') s = s.parent;
    if (!s || s.subjects > 0) return false;
    // « c'est » / « c'était », « ça », « cela »; not the determiner « ce » (« pas faire grand-chose ce soir »)
    const f = this.words[k]!.info.f;
    // « revenir avec lui ce serait te mettre sous sa coupe »: « ce » before its copula is the pronoun
    const copula = CE_COPULA.test(this.next(k)?.f ?? '');
    if ((f === 'ce' || f === 'c') && !copula) return false;
    let first = k - 1;
    while (first > 0 && this.words[first - 1]!.clause === this.clause) first--;
    if (this.words[first]!.clause !== this.clause) return false;
    return this.topicHead(first, k) >= 0;
  }

  /**
   * The infinitive that opens words[first..end) as a topic, over ne, markers and objects (« Ne rien dire »,
   * « Lui répondre »), or -1.
   */
  private topicHead(first: number, end: number): number {
    let head = first;
    while (head < end - 1 && beforeInfinitive(this.words[head]!.info, this.lang, head)) head++;
    const h = this.words[head]!.info;
    return isInfinitive(h, this.lang, this.locale) && !this.lang.subjects.has(h.f) ? head : -1;
  }

  /** Registers a negation marker (or `ne`, `plus`, `que` after `ne`) in its scope. */
  private mark(k: number, w: SegWord, before: SegWord | undefined): void {
    const { f, role } = w.info;
    // most words mark nothing: plain words, function words, stop markers (unless a que)
    if (role !== 'marker' && role !== 'ne' && role !== 'plus' && role !== 'negWord' && f !== 'que' && f !== 'qu')
      return;
    const s = w.scope;
    const range: Range = [w.start, w.end];
    if (role === 'marker') {
      // "si jamais" is "if ever"; "ou pas" / "or not" closes an alternative, it negates nothing
      const alternative = (f === 'pas' || f === 'not') && (before?.info.f === 'ou' || before?.info.f === 'or');
      // "why not see him another day", « pourquoi pas lui écrire » suggest it
      const whyNot = (f === 'not' && before?.info.f === 'why') || (f === 'pas' && before?.info.f === 'pourquoi');
      if (
        (f !== 'jamais' || before?.info.f !== 'si') &&
        !alternative &&
        !(whyNot && this.next(k)) &&
        !this.sansIdiom(k) &&
        !this.pasIdiom(k) &&
        !(f === 'ni' && negatedAbove(s))
      )
        s.markers.push(range);
      else if (this.pasMoins(k)) s.ne = undefined; // no « ne … que » after it either
    } else if (role === 'ne') {
      if (!this.nimporte(k)) s.ne = range;
    } else if (role === 'plus') {
      if (!s.ne && this.informalPlus(k, before)) s.markers.push(range);
      else if (s.ne) s.plus.push(range);
      else w.dropped = false;
    } else if (role === 'negWord') {
      w.dropped = false;
      if ((f === 'nor' || f === 'neither') && negatedAbove(s)) return;
      if (f !== 'personne' || this.personneIsMarker(before)) s.markers.push(range);
    } else if (
      (f === 'que' || f === 'qu') &&
      (s.ne ? !s.markers.length : this.informalOnly(k)) // « c'est qu'une image »: « ne … que » with its ne dropped
    ) {
      // "ce n'est qu'un montage": `ne … que` is "only"; the que stays a word, so the phrase keeps its sense.
      s.restrictive = true;
      // « il ne faut plus que tu lui parles » is a clause after que: the plus still negates « faut »
      if (s.plus.length && !this.lang.subjects.has(this.next(k)?.f ?? '')) s.onlyNow = true;
      // It is a que and an *only* (a key no typed word has): a phrase's « n'est qu'une photo » asks for the only
      // (phrase.ts), so it never meets the conjunction of « c'est clair que la photo… ».
      w.word = 'que';
      w.info = { ...w.info, stems: ONLY_KEYS };
      w.dropped = false;
    }
  }

  /** « c'est qu'un / qu'une / que des… » without ne: the copula then que before a determiner. */
  private informalOnly(k: number): boolean {
    if (this.locale !== 'fr') return false;
    const prev = this.previous(k)?.info.f ?? '';
    const n = this.next(k)?.f ?? '';
    return /^(est|etait|sont|etaient|sera)$/.test(prev) && /^(un|une|des|du|de|d)$/.test(n);
  }

  /** « pas mal de », « pas de souci(s) », « aucun souci / problème », "no problem", "oh no": no negation. */
  private pasIdiom(k: number): boolean {
    const f = this.words[k]!.info.f;
    if (f === 'no' && this.saidWord(k)) return true;
    // "it is no less bullying for being online": an affirmation, as « pas moins » below
    if (f === 'no' && this.next(k)?.f === 'less') return true;
    // « aucun souci / problème », "no problem": a formula, not a negation (« prends ton temps y a aucun souci »)
    if (f === 'aucun' || f === 'no') return NO_PROBLEM.has(this.next(k)?.f ?? '') || (f === 'no' && this.ohNo(k));
    // « pour un rien » ("over nothing"): a noun, no negation of the clause (« t'y es pour rien » stays one)
    if (f === 'rien' && this.previous(k)?.info.f === 'un' && !this.top.ne) return true;
    if (f !== 'pas') return false;
    if (this.pasMoins(k)) return true;
    // « le premier pas », « un petit pas »: the noun
    if (/^(le|un|premier|petit|grand|faux|mon|ton|son|ce)$/.test(this.previous(k)?.info.f ?? '')) return true;
    const n = this.next(k)?.f;
    const then = this.next(k, 2)?.f ?? '';
    if (n === 'mal') return then === 'de' || then === 'd'; // « pas mal de choses »; « c'est pas mal » stays negated
    return (n === 'de' || n === 'd') && /^(souci|soucis)$/.test(then);
  }

  /** « il n'en demeure / reste pas moins que… », « ce n'est pas moins grave »: « pas moins » affirms. */
  private pasMoins(k: number): boolean {
    return this.words[k]!.info.f === 'pas' && this.next(k)?.f === 'moins';
  }

  /**
   * "just reply no", "say no and block him", "tell him no": after a verb of saying (over its object) and
   * before the end of the clause or « and / then », "no" is the word said, not a negation.
   */
  private saidWord(k: number): boolean {
    const prev = this.previous(k);
    if (!prev) return false;
    const verb = prev.info.classes.has('say')
      ? prev
      : this.lang.objects.has(prev.info.f)
        ? this.previous(k - 1)
        : undefined;
    if (!verb?.info.classes.has('say')) return false;
    const n = this.next(k)?.f;
    return n === undefined || n === 'and' || n === 'then' || n === 'to';
  }

  /** "oh no", "ah no": an interjection that opens the clause, not its negation ("oh no sorry that came out wrong"). */
  private ohNo(k: number): boolean {
    const prev = this.previous(k);
    return !!prev && INTERJECTIONS.has(prev.info.f) && this.top.words <= 1;
  }

  /** « sans doute », « sans faute », « sans cesse », « sans arrêt », "without (a) doubt": no negation. */
  private sansIdiom(k: number): boolean {
    const f = this.words[k]!.info.f;
    if (f !== 'sans' && f !== 'without') return false;
    const n = this.next(k)?.f;
    if (f === 'sans') return SANS_IDIOMS.test(n ?? '');
    return n === 'doubt' || (n === 'a' && this.next(k, 2)?.f === 'doubt');
  }

  /** "n'importe qui / quoi / où…" is *anyone, anything*: no negation. */
  private nimporte(k: number): boolean {
    return (
      this.next(k)?.f === 'importe' &&
      /^(qui|quoi|ou|quand|comment|quel|quelle|quels|quelles|lequel|laquelle)$/.test(this.next(k, 2)?.f ?? '')
    );
  }

  /** "personne ne le saura", "je le dirai à personne" — not "une personne de confiance". */
  private personneIsMarker(before: SegWord | undefined): boolean {
    const p = before?.info.f ?? '';
    return (
      !this.lang.determiners.has(p) &&
      !/^(seule|autre|bonne|premiere|meme|quelle|grande|petite|vraie|jeune|vieille|tierce|nouvelle|deuxieme|seconde)$/.test(
        p,
      )
    );
  }

  /** Informal `plus` without `ne`: "réponds-lui plus", "plus du tout", "plus jamais". */
  private informalPlus(k: number, before: SegWord | undefined): boolean {
    const n = this.next(k)?.f;
    // « en plus du 3018 », « de plus » : "in addition (to)", no negation
    if (before?.info.f === 'en' || before?.info.f === 'de') return false;
    if (n === 'du' || n === 'jamais' || n === 'rien' || n === 'personne' || n === 'aucun' || n === 'aucune')
      return true;
    if (n !== undefined && before && this.noLongerTo(k, n, before)) return true;
    if (n !== undefined && before && this.noLongerThis(k, n, before)) return true;
    if (n !== undefined || !before) return false;
    // « tu veux m'en dire plus ? », « en savoir plus »: more, not "no more"
    // (« j'en peux plus » is still "no more")
    if (
      this.words[k - 2]?.info.f === 'en' &&
      this.words[k - 2]!.clause === this.clause &&
      !/^(peux|peut|pouvais|pouvait|peuvent)$/.test(before.info.f)
    )
      return false;
    // « obtenir plus », « demander plus »: after an infinitive it is "more" (« faut plus répondre » puts it before)
    if (isFrenchInfinitive(before.info.f)) return false;
    return !/^(encore|de|un|peu|trop|tellement|autant|fois|beaucoup|bien|toujours|meme|en|le|au|les|non|pas|sans|moi|toi|lui|ca|ou|rien)$/.test(
      before.info.f,
    );
  }

  /**
   * « c'est plus des gamineries, c'est du harcèlement », « c'est plus un jeu, c'est un délit »: « c'est plus »
   * before a determiner, answered by a « c'est » after a comma, is "no longer" (« c'est plus un problème de
   * confiance » alone is "rather").
   */
  private noLongerThis(k: number, n: string, before: SegWord): boolean {
    if (before.info.f !== 'est' || !/^(des|un|une|le|la|les|de|d)$/.test(n)) return false;
    for (let j = k + 2; j < this.words.length && j <= k + 9; j++) {
      const w = this.words[j]!;
      if (w.before.includes(',') || w.before.includes(';'))
        return w.info.f === 'c' && this.words[j + 1]?.info.f === 'est';
    }
    return false;
  }

  /**
   * « Tu réponds plus à lui », « tu parles plus avec eux », « tu réponds plus à ses messages »: a verb, then
   * « plus » before à / avec and a pronoun or possessive, is "no longer" (« tu seras plus à l'aise » is more).
   */
  private noLongerTo(k: number, n: string, before: SegWord): boolean {
    if (n !== 'a' && n !== 'avec') return false;
    if (
      before.info.mask & COPULA ||
      before.info.role !== 'word' ||
      /^(sens|sentiras|sentir|sent|sentez)$/.test(before.info.f)
    )
      return false;
    return NO_LONGER_OBJECTS.has(this.next(k, 2)?.f ?? '');
  }

  /**
   * « Ce qui est arrivé n'est pas de ta faute », « Celui qui a posté la photo n'a pas le droit »: a relative
   * that opens its clause ends where the main verb's `ne` (or « c'est ») comes after its own verb.
   * « Ce que tu ne sais pas » keeps its `ne`: it follows the relative's subject.
   */
  private endFrontedRelative(k: number, info: WordInfo): void {
    const s = this.top;
    if (s.kind === 'comp' && this.endsComplementInRelative(k, info, s)) {
      this.stack.pop(); // the complement
      this.stack.pop(); // and the relative it is in
      return;
    }
    if (s.kind !== 'rel' || !s.fronted || s.words < 2) return;
    if (this.locale === 'en') {
      if (this.endsEnglishRelative(k, info, s)) this.stack.pop();
      return;
    }
    if (this.afterRelativeNegation(k, info, s)) {
      this.stack.pop();
      return;
    }
    if (this.endsFrenchRelative(k, info, s)) this.stack.pop();
  }

  /**
   * French: the words of scope s (a fronted relative, or a complement in one: « quelqu'un qui te demande de garder
   * le secret n'est pas ton ami ») end at « ne » or « c'est » after a plain word of s.
   */
  private endsFrenchRelative(k: number, info: WordInfo, s: Scope): boolean {
    if (info.role !== 'ne' && !(info.f === 'c' && this.next(k)?.f === 'est')) return false;
    const before = this.previous(k);
    if (!before || before.scope !== s) return false;
    const f = before.info.f;
    // « le type qui t'a fait ça n'est pas ton ami »: « ça » after the relative's own verb is its object
    const objectCa = (f === 'ca' || f === 'cela') && this.verbBefore(k - 1, s);
    return !(((this.lang.subjects.has(f) || this.lang.objects.has(f)) && !objectCa) || before.info.role !== 'word');
  }

  /** Whether a word of scope s before words[end] is a verb of the known classes, a copula, auxiliary or modal. */
  private verbBefore(end: number, s: Scope): boolean {
    for (let i = end - 1; i >= 0 && this.words[i]!.scope === s; i--) {
      const w = this.words[i]!.info;
      if (isVerbLike(w) || w.classes.size > 0) return true;
    }
    return false;
  }

  /**
   * "A man who lies to a kid about his age is not your friend", "People who post that are cowards": a relative
   * that opens its clause ends at a copula, auxiliary or modal after its own words, unless a subject pronoun
   * stands before it ("the guy who told you he would pay"), or a verb or "to" ("who has been", "who used to be").
   */
  private endsEnglishRelative(k: number, info: WordInfo, s: Scope): boolean {
    // the caller has seen the relative's own words after its pronoun (s.words ≥ 2: "who lies… is", not "who is")
    const before = this.mainVerbAfter(k, info, s);
    return !!before && !EN_SUBJECTS.has(before.f) && !EN_RELATIVE_GLUE.has(before.f);
  }

  /**
   * "The guy who told you he would pay is not your friend", "The man who is texting you isn't a friend": a fronted
   * relative's own verb introduces a complement, which ends with the relative (the caller pops both) at a copula,
   * auxiliary or modal once the complement has its subject, a verb and a word after them (a finite clause), or
   * right after an -ing verb's object. "People who think you are stupid are wrong" ends at the second "are".
   */
  private endsComplementInRelative(k: number, info: WordInfo, c: Scope): boolean {
    const s = c.parent;
    if (!s || s.kind !== 'rel' || !s.fronted || !c.verb) return false;
    if (this.locale === 'fr') return this.endsFrenchRelative(k, info, c);
    const before = this.mainVerbAfter(k, info, c);
    if (!before) return false;
    if (c.subjects > 0 && k - c.firstSubject >= 3) return true; // "he would pay", "they love you"
    const verb = c.verbAt === undefined ? undefined : this.words[c.verbAt];
    if (!verb) return false;
    if (isIng(verb.info.f)) return !EN_SUBJECTS.has(before.f); // "texting you"
    // "someone who asks you to send pics is…": an infinitive and a word after it
    return c.intro === 'to' && c.words >= 2;
  }

  /**
   * For word k, a copula, auxiliary or modal (or its negative contraction: "isn't", "wouldn't") that may be the
   * main verb after the words of scope s: the word before it, when that is a plain word of s, not a verb.
   */
  private mainVerbAfter(k: number, info: WordInfo, s: Scope): WordInfo | undefined {
    if (!isVerbLike(info) && !this.lang.isNegatedContraction(info.f)) return undefined;
    const before = this.previous(k);
    if (!before || before.scope !== s || before.info.role !== 'word' || isVerbLike(before.info)) return undefined;
    return before.info;
  }

  /**
   * « un type qu'elle ne connaissait pas l'attendait devant le club », « le garçon qui voulait pas payer a été
   * menacé »: after the negation of a fronted relative (and an infinitive or participle of its own), an
   * object clitic or a copula, auxiliary or modal is the main clause's verb.
   */
  private afterRelativeNegation(k: number, info: WordInfo, s: Scope): boolean {
    if (!s.markers.length || info.role === 'marker') return false;
    // le / la / les / l' are determiners too: as a clitic, a finite verb follows (« l'attendait », « la suivait »)
    const n = this.next(k);
    const clitic =
      this.lang.objects.has(info.f) &&
      info.f !== 'en' &&
      info.f !== 'y' &&
      (!/^(le|la|les|l)$/.test(info.f) || (!!n && (isVerbLike(n) || /(ait|aient|ais|ent|ont|ra|rait)$/.test(n.f))));
    const verb = isVerbLike(info) || clitic;
    if (!verb) return false;
    const before = this.previous(k);
    if (!before || before.scope !== s) return false;
    if (before.info.role === 'marker') return true;
    const marker = this.previous(k - 1);
    return (
      !!marker &&
      marker.info.role === 'marker' &&
      marker.scope === s &&
      (isInfinitive(before.info, this.lang, this.locale) || PARTICIPLE.test(before.info.f)) &&
      isVerbLike(info)
    );
  }

  /**
   * "Posting it without your permission is a crime", « Publier sans ton accord est un délit »: after sans /
   * without and what it governs, the main verb (a form of be / est, or a modal) takes the clause back.
   */
  private endSansPhrase(k: number, info: WordInfo): void {
    const s = this.top;
    if (s.kind !== 'sans' || s.words < 1 || !MAIN_VERB_AFTER_SANS.test(info.f)) return;
    const before = this.previous(k);
    if (before && before.scope === s && !this.lang.subjects.has(before.info.f)) this.stack.pop();
  }

  /**
   * In a subordinate clause that opens the clause (« si ta vie est en danger je vais pas rester… », "if he
   * comes back you don't open the door"), once it has its subject and verb, a new subject starts the main
   * clause, and so does a negated imperative ("if he writes again don't reply", « s'il écrit ne réponds
   * pas », after a subject pronoun); after a negated one, a frequent imperative does too (« si tu te sens
   * pas bien appelle le 3114 »). The main clause's negation then stays in the main clause.
   */
  private cutFrontedClause(k: number, info: WordInfo): void {
    const s = this.top;
    if (s.kind !== 'sub' || !s.fronted) return;
    if (this.startsMainClause(k, info.f, s) && this.hasSubjectAndVerb(k, s)) this.endFronted(s, k);
    else if (this.lang.imperatives.has(info.f) && s.markers.length > 0) this.stack.pop();
  }

  /**
   * Whether word k may start the main clause after the fronted subordinate s: a subject pronoun ("you" and
   * "it" only before a verb: they are objects too, "once someone's screenshotted it you can't…"), a
   * demonstrative before a verb, « y a », or after a subject pronoun a negated imperative.
   */
  private startsMainClause(k: number, f: string, s: Scope): boolean {
    if (this.lang.subjects.has(f)) return !(f === 'it' || f === 'you' || f === 'u') || this.verbFollows(k);
    const n = this.next(k);
    if (DEMONSTRATIVES.has(f)) return !!n && isVerbLike(n);
    if (f === 'y') return n?.f === 'a';
    // "if u dont want any problems the easiest thing is just delete it": a noun subject before its verb
    if (f === 'the' && this.locale === 'en') return this.nounSubjectAt(k);
    const negation = f === 'ne' || f === "don't" || f === 'dont' || f === 'never' || (f === 'do' && n?.f === 'not');
    return negation && s.subjects > 0;
  }

  /** "the easiest thing is…": "the", one or two plain words, then a copula, auxiliary or modal. */
  private nounSubjectAt(k: number): boolean {
    for (let j = 1; j <= 3; j++) {
      const w = this.next(k, j);
      if (!w) return false;
      if (isVerbLike(w) || this.lang.isNegatedContraction(w.f)) return j > 1;
      if (w.role !== 'word' || w.classes.size > 0 || this.lang.subjects.has(w.f) || this.lang.objects.has(w.f))
        return false;
    }
    return false;
  }

  /**
   * Ends the fronted subordinate s where its main clause starts, in the clause it stands in. A condition
   * keeps its main clause when that is a statement (it starts with a subject): « si tu descends, monte pas
   * dans sa voiture » accepts the condition and advises on it.
   */
  private endFronted(s: Scope, k: number): void {
    this.stack.pop();
    if (s.condition && !s.main && this.statementStarts(k)) {
      s.main = this.top;
      this.consequenceOf = { condition: s, clause: this.clause };
    }
  }

  /**
   * Whether word k is a third-person subject that starts a statement about what follows (« il va pas
   * supprimer », « ça marchera pas », "he won't stop"); « je vais pas rester les bras croisés » is a resolve.
   */
  private statementStarts(k: number): boolean {
    const f = this.words[k]?.info.f ?? '';
    // « si tu reviens avec lui, rien ne l'oblige à supprimer… », "if you pay, nothing stops him…"
    return THIRD_PERSON.has(f) || DEMONSTRATIVES.has(f) || NEGATIVE_SUBJECTS.has(f);
  }

  /**
   * "He's the one breaking the law here not you", « c'est lui le coupable pas toi », « la honte est pour lui
   * pas pour toi »: after a statement with its copula, not / pas before a short pronoun or noun phrase that
   * ends the clause sets that phrase against the statement; it negates only the phrase.
   */
  private contrastiveNot(k: number): boolean {
    const f = this.words[k]!.info.f;
    if (f !== 'not' && f !== 'pas') return false;
    if (negates(this.top)) return false;
    const prev = this.previous(k);
    if (!prev || prev.info.role !== 'word' || isCopula(prev.info)) return false;
    if (prev.info.classes.has('aux') || isModal(prev.info)) return false;
    let copula = false;
    // the statement's copula, with no new subject after it (« c'est normal tu payes pas ta dette » is no contrast)
    for (let j = k - 1; j >= 0 && this.words[j]!.clause === this.clause && !copula; j--) {
      const w = this.words[j]!.info;
      copula = j < k - 1 && isCopula(w);
      if (!copula && this.lang.subjects.has(w.f)) return false;
    }
    if (!copula) return false;
    let n = 1;
    let first = this.next(k, 1)?.f;
    if (first && CONTRAST_PREPOSITIONS.has(first)) first = this.next(k, ++n)?.f;
    if (!first || !CONTRASTED.has(first)) return false;
    let rest = n;
    while (this.next(k, rest + 1)) rest++;
    return rest <= 4 && !this.words[k + rest + 1]?.before.includes('?');
  }

  /** "it" / "you" / "u" after a content word: an object ("posts it", "screenshotted it"), not a subject. */
  private isObjectUse(i: number): boolean {
    const f = this.words[i]!.info.f;
    if (f !== 'it' && f !== 'you' && f !== 'u') return false;
    const before = this.previous(i);
    return !!before && before.info.role === 'word' && !(before.info.mask & OPENS) && !this.verbFollows(i);
  }

  /** Whether a verb form follows word k: a marker ("can't"), a modal, an auxiliary or a copula. */
  private verbFollows(k: number): boolean {
    const n = this.next(k);
    return (
      !!n &&
      (n.role === 'marker' || isVerbLike(n) || /^(need|have|has|feel|know|get|go|call|tell|said|did|do)$/.test(n.f))
    );
  }

  /**
   * « c pas ta faute c normal », « va pas au lycée c'est sûrement un faux compte », « ils peuvent rien contre
   * toi c'est sûr »: typed without a stop, a « c'est » after a negated statement starts a statement of its own.
   * Not after que, a marker, an adverb or a verb of saying or thinking (« je pense pas c'est ta faute » is one
   * sentence).
   */
  private runOnCest(k: number): boolean {
    const n = this.next(k);
    if (!n || !(n.mask & COPULA || /^(etait|sera|serait)$/.test(n.f))) return false;
    const prev = this.previous(k);
    if (!prev || prev.info.role !== 'word' || prev.info.f === 'que' || prev.info.f === 'qu') return false;
    if (ADVERBS.has(prev.info.f) || prev.info.classes.has('say') || prev.info.classes.has('think')) return false;
    if (prev.info.classes.size || prev.info.mask & (COPULA | OPENS)) return false;
    if (negatedWithin(this.top)) return true;
    // « tu la laisses sur le bureau c'est pas grave »: after a statement with its own subject, a negated « c'est »
    // is a statement of its own too (a topic without a subject, « payer c'est pas la solution », is not)
    if (!this.negationAhead(k) || this.top.kind !== 'clause') return false;
    if (this.top.subjects > 0) return true;
    // « la boîte laisse-la sur le bureau c'est pas grave »: three words or more that do not open with an infinitive
    let first = k;
    while (first > 0 && this.words[first - 1]!.clause === this.clause) first--;
    return this.top.words >= 3 && this.topicHead(first, k) < 0;
  }

  /** Whether a negation marker follows « c'est » at k within three words (« c'est pas », « c'est vraiment pas »). */
  private negationAhead(k: number): boolean {
    for (let i = 2; i <= 4; i++) {
      const w = this.next(k, i);
      if (!w || w.role === 'break') return false;
      if (w.role === 'marker' || w.role === 'ne' || w.role === 'plus') return true;
    }
    return false;
  }

  /**
   * « ce n'est pas toi qui as fait une erreur », « c'est pas elle qui l'a cherché »: the relative after a negated
   * cleft (c'est + a pronoun or a name) is what the cleft denies; its words are negated with it.
   */
  private negatedCleft(k: number): boolean {
    if (this.locale !== 'fr') return false;
    const s = this.top;
    if (s.kind !== 'clause' || !negates(s)) return false;
    let j = k - 2;
    while (j >= 0 && this.words[j]!.clause === this.clause && this.words[j]!.info.role !== 'word') j--;
    const cop = this.words[j];
    if (!cop || cop.clause !== this.clause || !/^(est|etait|sera)$/.test(cop.info.f)) return false;
    for (let i = j - 1; i >= 0 && i >= j - 3 && this.words[i]!.clause === this.clause; i--)
      if (this.words[i]!.info.f === 'c' || this.words[i]!.info.f === 'ce') return true;
    return false;
  }

  /** Whether the words of the clause before word k are only connectors (« et après si… », "so if…"). */
  private onlyConnectorsBefore(k: number): boolean {
    let n = 0;
    for (let j = k - 1; j >= 0 && this.words[j]!.clause === this.clause; j--, n++) {
      if (this.words[j]!.scope !== this.top || !CONNECTORS.has(this.words[j]!.info.f)) return false;
    }
    return n > 0;
  }

  /**
   * Whether the fronted subordinate s has its subject and a verb before word k: a word other than an adverb
   * after its subject pronoun (« si il t'écrit », "if he writes"), or a noun subject and a verb (« si ta vie
   * est… »: three words); never right after et / ou / and / or ("if you and I…").
   */
  private hasSubjectAndVerb(k: number, s: Scope): boolean {
    const prev = this.previous(k)?.info.f;
    if (prev === 'et' || prev === 'ou' || prev === 'and' || prev === 'or' || prev === 'ni' || prev === 'nor')
      return false;
    if (s.subjects < 1) return !s.concessive && s.words >= 3;
    // the subject the verb follows: "it" / "you" right after a verb are its object ("if he posts it we'll…")
    let subject = s.lastSubject;
    while (subject > 0 && this.isObjectUse(subject)) {
      let j = subject - 1;
      while (j > 0 && this.words[j]!.scope === s && !(this.words[j]!.info.mask & SUBJECT)) j--;
      if (this.words[j]!.scope !== s || !(this.words[j]!.info.mask & SUBJECT)) return !s.concessive && s.words >= 3;
      subject = j;
    }
    for (let i = subject + 1; i < k; i++) {
      const w = this.words[i]!.info;
      if (w.role === 'word' && !ADVERBS.has(w.f) && !this.lang.objects.has(w.f)) return true;
    }
    return false;
  }

  /** Opens the scope that word k starts, if any: subordinate, complement, relative, or after "sans". */
  private openScopes(k: number, info: WordInfo): void {
    if (this.endsNotBecause(info)) return;
    // « envoie-lui un snap genre jviens pas »: « genre » before « je » opens a script, unquoted, to the end
    // of the clause; its negation stays in it (« genre tu réponds… » is an example, the trainee's own)
    if (info.f === 'genre' && this.locale === 'fr' && /^(je|j)$/.test(this.next(k)?.f ?? '')) {
      this.stack.push(newScope('sub', this.top, { attributed: true }));
      return;
    }
    // « une fois que… »: the que belongs to the time clause « une fois » opened
    if ((info.f === 'que' || info.f === 'qu') && this.previous(k)?.info.f === 'fois' && this.top.kind === 'sub') return;
    if (this.echoQuestion(k, info)) {
      this.stack.push(newScope('sub', this.top, { attributed: true }));
      return;
    }
    if (this.isConcessive(k, info)) {
      const fronted = this.top.kind === 'clause' && this.top.words <= 1; // "même" / "even" before it
      this.stack.push(newScope('sub', this.top, { concessive: true, fronted }));
      return;
    }
    const indirect = this.indirectQuestion(k, info);
    if (indirect) {
      this.stack.push(indirect);
      return;
    }
    if (this.isSubordinator(k, info)) {
      const fronted = this.top.kind === 'clause' && (this.top.words === 0 || this.onlyConnectorsBefore(k));
      // A purpose ("pour ne pas les perdre") keeps its own markers, but the clause's negation reaches it:
      // "c'est pas pour rigoler" is not a joke.
      const purpose = info.f === 'pour' || info.f === 'afin';
      const condition = info.f === 'si' || info.f === 's' || info.f === 'if';
      this.stack.push(
        purpose ? newScope('comp', this.top, { cls: 'think' }) : newScope('sub', this.top, { fronted, condition }),
      );
      return;
    }
    const comp = this.complement(k, info) ?? this.evaluated(k, info);
    if (comp) this.stack.push(comp);
    else if (this.isRelative(k, info))
      this.stack.push(
        this.negatedCleft(k)
          ? newScope('comp', this.top, { cls: 'think' }) // « ce n'est pas toi qui… »: the negation carries
          : newScope('rel', this.top, { fronted: this.top.kind === 'clause' && this.top.words <= 1 }),
      );
    else if ((info.f === 'sans' || info.f === 'without') && !this.sansIdiom(k))
      this.stack.push(newScope('sans', this.top));
  }

  /**
   * An exception after a statement: fr « sauf si / sauf à… », « à moins que / de », « sans te / toi / ton… »;
   * en "unless", "except", "without you / telling you…". An exception the person addressed decides
   * ("sauf si tu veux", "unless you agree", « sans ton accord ») is none: the promise stands.
   */
  private isException(k: number, info: WordInfo): boolean {
    const f = info.f;
    if (!(info.mask & EXCEPTION)) return false; // EXCEPTION_WORDS (units.ts)
    const n = this.next(k)?.f ?? '';
    const fr = this.locale === 'fr';
    let opens: boolean;
    if (fr) {
      opens =
        (f === 'sauf' && /^(si|s|a|au|aux|pour|quand|en)$/.test(n)) ||
        (f === 'moins' && this.previous(k)?.info.f === 'a' && /^(que|qu|de|d)$/.test(n)) ||
        (f === 'sans' && /^(te|t|toi|vous|que|qu)$/.test(n));
    } else {
      opens =
        f === 'unless' ||
        f === 'except' ||
        (f === 'without' && /^(you|asking|telling|talking|checking|letting)$/.test(n));
    }
    if (!opens) return false;
    // « sans que tes parents le sachent » keeps the secret: no limit ("without you knowing first" is one: the
    // trainee tells the caller before anyone)
    if (fr) for (let n2 = 1; n2 <= 5; n2++) if (KEPT_SECRET.test(this.next(k, n2)?.f ?? '')) return false;
    const addressedDecides = fr
      ? /^(veux|veuilles|voulais|voudrais|accord|permission|autorisation|ok|demandes|acceptes)$/
      : /^(want|wanna|agree|okay|ok|permission|consent|say|ask|allow|let)$/;
    for (let n2 = 1; n2 <= 4; n2++) {
      const w = this.next(k, n2);
      if (!w) break;
      if (addressedDecides.test(w.f)) return false;
    }
    return true;
  }

  /**
   * Marks the scopes of the current clause, up to the clause itself, as qualified by an exception; when the
   * exception opens its clause (« Ça reste entre nous, sauf si… »), the clause before it too.
   */
  private qualifyClause(): void {
    let j = this.at - 1;
    while (j >= 0 && this.words[j]!.clause === this.clause) j--;
    const prev = this.words[j];
    if (this.top.kind === 'clause' && this.top.words === 0 && prev && prev.clause === this.clause - 1) {
      let s: Scope | null = prev.scope;
      for (; s && s.kind !== 'clause' && s.kind !== 'quote'; s = s.parent) s.qualified = true;
      if (s) s.qualified = true;
    }
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const s = this.stack[i]!;
      s.qualified = true;
      if (s.kind === 'clause' || s.kind === 'quote') return;
    }
  }

  /**
   * Whether word k opens an echo question: after a verb of asking or wondering, or a word of fearing, whose
   * subject is the person addressed or someone else (« tu te demandes si tu es puni ? », « vous me demandez
   * si je dois voir l'image », « t'as peur que je répète tout ? », "you're asking whether to keep the photo",
   * "are you worried you'll be in trouble?"). The trainee puts the caller's question or fear back to them:
   * what it says is theirs, attributed (no mistake is read in it), and a colon after it opens the trainee's
   * answer, not a quote. « demande-lui si… », "could you ask her if…" are the trainee's own: not echoes.
   */
  private echoQuestion(k: number, info: WordInfo): boolean {
    const { locale } = this;
    const opener = ECHO_OPENERS[locale].test(info.f);
    const zero = locale === 'en' && EN_ECHO_SUBJECTS.test(info.f);
    if (!opener && !zero) return false;
    for (let j = k - 1; j >= 0 && j >= k - 3 && this.words[j]!.clause === this.clause; j--) {
      const w = this.words[j]!;
      if (ECHOING[locale].test(w.info.f)) {
        if (zero && (j !== k - 1 || !EN_FEAR.test(w.info.f))) return false;
        // a negation between verb and opener, or a question put to someone else ("did you ask him if…", « vous lui
        // avez demandé si… »): not an echo
        for (let i = Math.max(0, j - 3); i < k; i++) {
          const x = this.words[i]!;
          if (i > j && x.info.role === 'marker') return false;
          if (x.clause === this.clause && objectPerson(x.info.f) === 'third') return false;
        }
        if (subjectOf(this, j) !== 'you-reported') return false;
        this.echoed.add(j);
        return true;
      }
      if (!this.lang.objects.has(w.info.f) && !ADVERBS.has(w.info.f) && w.info.role !== 'drop') return false;
    }
    return false;
  }

  /**
   * « peut-être pas », « ou pas », "maybe not", "or not" after a clause that opens with « peut-être » / "maybe" /
   * "perhaps": the trainee weighs it both ways (« Peut-être qu'elle voulait vous faire culpabiliser, peut-être
   * pas ; dans le doute… », "maybe she's just upset, maybe not"): the number of the clause weighed, or -1.
   */
  private maybeNot(k: number): number {
    const prev = this.previous(k)?.info.f;
    if (!prev || !MAYBE_BEFORE_NOT.test(prev)) return -1;
    const here = this.clauseStart(this.clause);
    const own = k - 1 - here <= 1; // « peut-être pas » opens its clause (after « et » / "and" at most)
    const c = own ? this.clause - 1 : this.clause;
    return this.opensWithMaybe(c) ? c : -1;
  }

  /** The index of the first word of clause c (or the current word when it has none yet). */
  private clauseStart(c: number): number {
    let i = this.at;
    while (i > 0 && this.words[i - 1]!.clause === c) i--;
    return i;
  }

  /** Whether clause c opens with « peut-être », "maybe" or "perhaps" (over a connector or two). */
  private opensWithMaybe(c: number): boolean {
    let i = this.at - 1;
    while (i >= 0 && this.words[i]!.clause > c) i--;
    if (i < 0 || this.words[i]!.clause !== c) return false;
    while (i > 0 && this.words[i - 1]!.clause === c) i--;
    for (let n = 0; n < 3 && this.words[i + n]?.clause === c; n++) {
      const f = this.words[i + n]!.info.f;
      if (MAYBE.test(f)) return true;
      if (!DISCOURSE_OPENERS.test(f)) return false;
    }
    return false;
  }

  /** Qualifies clause c, which opened with « peut-être » / "maybe": no mistake is read in it (positives still are). */
  private concedeMaybe(c: number): void {
    for (let i = this.at - 1; i >= 0 && this.words[i]!.clause >= c; i--) {
      if (this.words[i]!.clause !== c) continue;
      for (let s: Scope | null = this.words[i]!.scope; s; s = s.parent) {
        s.qualified = true;
        if (s.kind === 'clause' || s.kind === 'quote') break;
      }
    }
    if (c === this.clause) this.qualifyClause();
  }

  /** "peu importe pourquoi / ce que / comment…", "no matter why / what…", "it doesn't matter how…". */
  private isConcessive(k: number, info: WordInfo): boolean {
    const prev = this.previous(k)?.info.f;
    // « peu importe qui », "no matter who": conceded; « n'importe qui peut la prendre » is "anyone", said
    if (prev === (this.locale === 'fr' ? 'importe' : 'matter'))
      return CONCESSIVE_WH.has(info.f) && !/^(n|ne)$/.test(this.previous(k - 1)?.info.f ?? '');
    // "même si tu l'as envoyée", "even if / even though you sent it": conceded, not said
    if (this.locale === 'fr') {
      if ((info.f === 'si' || info.f === 's') && this.after(k, 3, KNOWING)) return true; // « je sais pas s'il… »
      // « on ne peut pas savoir si c'est… » (negated; « pour savoir si elle est en sécurité » asks it)
      if ((info.f === 'si' || info.f === 's') && negates(this.top) && this.after(k, 2, /^savoir$/)) return true;
      // « je peux pas te dire s'il… », « je peux pas te promettre quand tout aura disparu »
      if ((info.f === 'si' || info.f === 's' || info.f === 'quand') && this.negatedTelling(k)) return true;
      return prev === 'meme' && info.f === 'si' && this.previous(k - 1)?.info.f !== 'quand';
    }
    // "(I don't know) whether she means it": neither said nor denied; "ask her whether she's…" is a question
    if (info.f === 'whether') return !this.askedBefore(k);
    if (info.f === 'if' && (this.after(k, 3, KNOWING) || this.negatedTelling(k))) return true;
    if (info.f === 'when' && this.negatedTelling(k)) return true; // "I can't promise you when it'll be gone"
    return prev === 'even' && (info.f === 'if' || info.f === 'though');
  }

  /**
   * "ask her, gently but directly, whether she is thinking about suicide", "have a think about whether…":
   * a question the trainee asks or raises (over objects, adverbs and the commas of an incise).
   */
  private askedBefore(k: number): boolean {
    // "ask your parents whether…", "check with the school whether…": a noun after its determiner is an object too
    const filler: Filler = (w, lang, j) =>
      askFiller(w, lang) ||
      ADVERBS.has(w.f) ||
      lang.determiners.has(w.f) || // the possessives and articles among them
      (w.role === 'word' && !w.classes.size && POSSESSIVES.has(this.words[j - 1]?.info.f ?? ''));
    return this.after(k, 8, ASKING, filler, true);
  }

  /**
   * « je peux pas te dire s'il ira en prison », "I can't tell you if he'll go to prison": after a negated
   * verb of telling or promising (over its object), si / if is "whether" — what it opens is neither said nor
   * denied. Affirmed ("I'll tell you if he calls") it stays a condition.
   */
  private negatedTelling(k: number): boolean {
    return negates(this.top) && this.after(k, 3, TELLING, tellFiller);
  }

  /**
   * "pourquoi / comment / why / how" after a verb of knowing: an indirect question, a scope with its own
   * polarity ("je sais pas pourquoi il fait ça": "il fait ça" is affirmed). After the trainee's own
   * affirmed verb ("je comprends pourquoi", "I can see why", "I get why") no question is asked, so no
   * blame: attributed. Negated, it still judges: "je comprends pas pourquoi tu as fait ça".
   */
  private indirectQuestion(k: number, info: WordInfo): Scope | null {
    if (!INDIRECT_WH.has(info.f)) return null;
    if (WH_BEFORE_CLAUSE.has(info.f) && !this.clauseAfterWh(k, info.f)) return null;
    const scope = this.top;
    for (let n = 1; n <= 4; n++) {
      const w = this.words[k - n];
      if (!w || w.clause !== this.clause || w.scope !== scope) return null;
      const f = w.info.f;
      if (w.info.classes.has('factive') || (this.locale === 'en' && /^(get|gets|got)$/.test(f))) {
        const affirmed = !scope.markers.length && !scope.ne;
        // « je dois savoir qui vous êtes », "I need to know who you are": a demand, asked; "I don't need to
        // know how explicit it is": neither asked nor said
        if (this.after(k - n, 3, NEEDING, needFiller))
          return newScope('sub', scope, affirmed ? {} : { concessive: true });
        return newScope('sub', scope, { attributed: affirmed && subjectOf(this, k - n) === 'own' });
      }
      if (w.info.role === 'ne' || w.info.role === 'marker') continue;
      if (!ADVERBS.has(f) && !isModal(w.info) && !this.lang.objects.has(f) && !/^(tout|a|fait)$/.test(f)) return null;
    }
    return null;
  }

  /**
   * Whether a clause follows the wh-word at k: a subject (« où il habite », "what you're going through"), or
   * for qui / who a verb (« qui a fait ça »). Not an infinitive ("what to do") nor an adverb (« On voit quoi
   * exactement ? » is a direct question).
   */
  private clauseAfterWh(k: number, f: string): boolean {
    const next = this.next(k);
    if (!next) return false;
    if (this.lang.subjects.has(next.f) || this.lang.determiners.has(next.f)) return true;
    if (f !== 'qui' && f !== 'who') return false;
    if (ADVERBS.has(next.f) || (next.role !== 'word' && next.role !== 'drop')) return false;
    return this.locale === 'en' ? next.f !== 'to' : !isInfinitive(next, this.lang, this.locale);
  }

  /**
   * "Ce n'est pas parce que tu lui as fait confiance que c'est ta faute": the second que ends the cause,
   * and what follows is the negated main statement.
   */
  private endsNotBecause(info: WordInfo): boolean {
    const s = this.top;
    if (s.kind !== 'sub' || !s.parent || (info.f !== 'que' && info.f !== 'qu')) return false;
    const opener = this.words.find((w) => w.scope === s && w.clause === this.clause);
    if (opener?.info.f !== 'que' && opener?.info.f !== 'qu') return false;
    const parent = s.parent;
    if (!parent.markers.length && !parent.ne) return false;
    if (this.words[this.words.indexOf(opener) - 1]?.info.f !== 'parce') return false;
    this.stack.pop();
    return true;
  }

  private isSubordinator(k: number, info: WordInfo): boolean {
    const { f } = info;
    const lang = this.lang;
    const prev = this.previous(k)?.info.f;
    if (prev !== undefined && lang.subordinatorPairs.get(prev)?.has(f)) return true;
    if (this.locale === 'fr' && f === 's') return /^ils?$/.test(this.next(k)?.f ?? '');
    // "so I won't keep it" at the start of a clause is a connector ("therefore"), not "so that"
    if (this.locale === 'en' && f === 'so') return lang.subjects.has(this.next(k)?.f ?? '') && this.top.words > 0;
    // "once someone's screenshotted it you can't get it back": once + a subject is a time clause
    if (this.locale === 'en' && f === 'once') return this.onceOpens(k);
    // « une fois que c'est en ligne », « une fois screen c'est mort »: after a time, as "once"
    if (this.locale === 'fr' && f === 'fois' && prev === 'une' && this.top.words <= 1) return true;
    if (!lang.subordinators.has(f)) return false;
    // "go after him", "before them", "until then": a preposition before an object pronoun
    if (this.locale === 'en' && /^(after|before|until|till)$/.test(f))
      return !/^(him|her|them|me|us|then|school|tomorrow|tonight)$/.test(this.next(k)?.f ?? '');
    if (f === 'si') {
      // over adverbs: « si vraiment ça va pas », « si à un moment tu te sens mal », « si par hasard il… »
      for (let i = 1; i <= 4; i++) {
        const n = this.next(k, i);
        if (!n) return false;
        if (lang.subjects.has(n.f) || lang.determiners.has(n.f) || /^(jamais|quelqu'un|personne)$/.test(n.f))
          return true;
        if (i === 1 && (ADVERBS.has(n.f) || n.f === 'par' || n.f === 'a')) continue;
        if (i > 1 && (ADVERBS.has(n.f) || /^(hasard|moment|un|meme)$/.test(n.f))) continue;
        return false;
      }
      return false;
    }
    if (f === 'pour' || f === 'afin') return this.purposeAhead(k);
    return true;
  }

  /** Whether a subject pronoun or a negative subject (« personne », « rien ») stands right after word k. */
  private subjectNext(k: number): boolean {
    const n = this.next(k)?.f ?? '';
    return this.lang.subjects.has(n) || NEGATIVE_SUBJECTS.has(n);
  }

  /** "once" opens a clause at the start of one, before a subject (not "I did it once", "at once"). */
  private onceOpens(k: number): boolean {
    const n = this.next(k)?.f ?? '';
    const subject =
      this.lang.subjects.has(n) || this.lang.determiners.has(n) || /^(someone|somebody|anyone|its)$/.test(n);
    return subject && (this.top.words === 0 || this.onlyConnectorsBefore(k));
  }

  /** "pour que…", "pour ne pas…", "afin de…": a purpose clause, not "pour toi". */
  private purposeAhead(k: number): boolean {
    for (let n = 1; n <= 4; n++) {
      const w = this.next(k, n);
      if (!w) return false;
      if (w.f === 'que' || w.f === 'qu') return true;
      if (w.f === 'de' || w.f === 'd' || w.role === 'ne' || w.role === 'marker' || w.role === 'plus') continue;
      if (this.lang.objects.has(w.f)) continue;
      return isInfinitive(w, this.lang, this.locale);
    }
    return false;
  }

  /**
   * « plutôt que (de) », « au lieu de », "rather than", "instead of": what is set aside is read like what a
   * verb of stopping introduces — « plutôt que de payer » and "instead of replying" are not advice to do it.
   */
  private alternative(k: number): Scope | null {
    const prev = this.previous(k);
    if (!prev) return null;
    const p = prev.info.f;
    const f = this.words[k]!.info.f;
    const fr = this.locale === 'fr';
    const opens = fr
      ? ((f === 'que' || f === 'qu') && p === 'plutot') ||
        ((f === 'de' || f === 'd') && p === 'lieu' && this.previous(k - 1)?.info.f === 'au')
      : (f === 'than' && p === 'rather') || (f === 'of' && p === 'instead');
    return opens ? newScope('comp', this.top, { cls: 'stop', verb: [prev.start, this.words[k]!.end] }) : null;
  }

  private isRelative(k: number, info: WordInfo): boolean {
    if (!this.previous(k)) return false;
    const at = k - 1;
    const lang = this.lang;
    if (this.locale === 'fr') {
      const raw = this.words[k]!.word;
      return lang.relatives.has(info.f) && (info.f !== 'ou' || raw === 'où') && this.isNounLikeAt(at);
    }
    if (lang.relatives.has(info.f) || info.f === 'that') return this.isNounLikeAt(at);
    // English zero relative: "someone you'd never met", "the guy you met".
    return lang.subjects.has(info.f) && info.f !== 'there' && this.isNounLikeAt(at);
  }

  /** The complement a verb of a known class introduces at word k, if any. */
  private complement(k: number, info: WordInfo): Scope | null {
    const intro = findIntroducer(this, k, info, this.words[k]!.word);
    if (!intro) return null;
    const found = this.findVerb(k, intro);
    if (!found) return this.negatedInfinitive(k, intro) ? newScope('comp', this.top, { cls: 'factive' }) : null;
    const { verb, index } = found;
    // "without a doubt", "no doubt", « sans doute »: the noun, not the verb
    if (found.cls === 'doubt' && this.isDoubtNoun(index)) return null;
    // « ça (ne) veut (pas) dire que… » is "it (doesn't) mean(s) that": a verb of thinking, not of saying
    const cls = found.cls === 'say' && verb.info.f === 'dire' && this.after(index, 4, VOULOIR) ? 'think' : found.cls;
    const scope = newScope('comp', this.top, { cls, verb: [verb.start, verb.end], verbAt: index, intro });
    if (cls === 'say' || cls === 'think' || cls === 'attribute') {
      const who = subjectOf(this, index);
      const other = who === 'third' || who === 'you-reported';
      scope.attributed = cls === 'attribute' && !verb.info.classes.has('think') ? who === 'third' : other;
    }
    return scope;
  }

  /** Whether the form of doubt at `index` is the noun ("a doubt", "no doubt", « sans doute », « le doute »). */
  private isDoubtNoun(index: number): boolean {
    const prev = this.words[index - 1];
    if (!prev || prev.clause !== this.words[index]!.clause) return false;
    const f = prev.info.f;
    return this.lang.determiners.has(f) || /^(a|an|no|without|sans|aucun|un|le|du)$/.test(f);
  }

  /**
   * « je comprends l'envie de leur répondre », « je comprends que tu veuilles te venger », "I understand wanting
   * to get back at them", "I can see you want to hit back": a wish that the trainee's own affirmed verb of knowing
   * gives to the person addressed (or to no one) is the caller's, described, not the trainee's advice. From the
   * wish to the clause break the words are attributed: no mistake is read in them. Negated, the verb judges
   * (« je comprends pas que tu veuilles lui répondre »); someone else's wish is attributed already. A negated
   * wish (« je respecte que tu n'aies pas envie d'en parler ») is left as it reads: its negation carries into
   * what it introduces. In the verb's complement (« que tu veuilles… ») the complement is attributed, else a
   * scope is opened at the wish.
   */
  private understoodWish(k: number): void {
    for (let j = k - 1; j >= 0 && j >= k - 6 && this.words[j]!.clause === this.clause; j--) {
      const w = this.words[j]!;
      if (w.info.classes.has('factive')) {
        if (negates(w.scope) || subjectOf(this, j) !== 'own') return;
        if (this.top !== w.scope) this.top.attributed = true;
        else this.stack.push(newScope('sub', this.top, { attributed: true }));
        return;
      }
      if (!WISH_FILLERS.has(w.info.f) && !ADVERBS.has(w.info.f)) return;
    }
  }

  /**
   * « tant mieux que tu ne veuilles pas mourir », « heureusement que tu m'appelles », « c'est vrai que… »: what
   * an evaluation introduces with que is a clause of its own, with its own negation, and a negated evaluation
   * carries into it, as a verb of thinking does.
   */
  private evaluated(k: number, info: WordInfo): Scope | null {
    const before = this.previous(k);
    // « c'est rare qu'il publie », "it's really rare that someone works out where you live": all but never
    if (before && RARELY.has(before.info.f) && (info.f === 'que' || info.f === 'qu' || info.f === 'that'))
      return newScope('comp', this.top, { cls: 'stop', verb: [before.start, before.end] });
    if (this.locale !== 'fr' || (info.f !== 'que' && info.f !== 'qu')) return null;
    if (!before || !EVALUATIONS.test(before.info.f)) return null;
    return newScope('comp', this.top, { cls: 'think' }); // « ce n'est pas vrai que… »: the negation carries
  }

  /**
   * Whether a word matching `wanted` stands within `reach` words before words[k] in the clause being read, over the
   * words `passes` lets by: by default ne, markers and adverbs (« ça veut pas dire », « je sais pas si »); with
   * `acrossClauses`, over the commas of an incise too ("ask her, gently but directly, whether…").
   */
  private after(
    k: number,
    reach: number,
    wanted: RegExp,
    passes: Filler = negOrAdverb,
    acrossClauses = false,
  ): boolean {
    for (let j = k - 1; j >= 0 && j >= k - reach && (acrossClauses || this.words[j]!.clause === this.clause); j--) {
      const w = this.words[j]!.info;
      if (wanted.test(w.f)) return true;
      if (!passes(w, this.lang, j)) return false;
    }
    return false;
  }

  /**
   * « Tu as eu raison de ne rien envoyer », « t'as bien fait de pas payer », "you were right not to pay": an
   * infinitive whose own negation comes right after its de / to is a clause of its own, whatever introduces it,
   * so the negation does not reach back to « tu as bien fait ».
   */
  private negatedInfinitive(k: number, intro: Introducer): boolean {
    if (intro === 'to') return this.words[k]!.info.role === 'marker';
    if (intro !== 'de') return false;
    for (let n = 1; n <= 3; n++) {
      const w = this.next(k, n);
      if (!w) return false;
      if (w.role === 'ne' || w.role === 'marker') return true;
      if (!this.lang.objects.has(w.f)) return false;
    }
    return false;
  }

  /** The verb of a known class that the introducer follows (over objects, markers, adverbs). */
  private findVerb(k: number, intro: Introducer): { verb: SegWord; cls: CompClass; index: number } | null {
    const wanted = INTRODUCED_BY[intro];
    const reach = intro === 'zero' ? 2 : 5;
    for (let n = 1; n <= reach; n++) {
      const i = k - n;
      const w = this.words[i];
      if (!w || w.clause !== this.clause || w.scope !== this.top) return null;
      const cls = w.info.classes.size ? firstClassOf(wanted, w.info.classes) : undefined;
      if (cls) return { verb: w, cls, index: i };
      if (this.lang.stopNouns.has(w.info.f) && (intro === 'de' || intro === 'to'))
        return { verb: w, cls: 'stop', index: i };
      if (!this.isFiller(i, intro)) return null;
    }
    return null;
  }

  /** A word that may stand between a verb and what it introduces ("dis-lui que", "tell your mum that"). */
  private isFiller(i: number, intro: Introducer): boolean {
    const w = this.words[i]!;
    const f = w.info.f;
    if (this.lang.objects.has(f) || ADVERBS.has(f) || w.info.role === 'ne' || w.info.role === 'marker') return true;
    if (f === 'fait' && this.words[i - 1]?.info.f === 'vite') return true; // « dis-lui vite fait que… »
    if (intro === 'zero') return false;
    if (w.info.role !== 'word' || this.lang.determiners.has(f)) return true;
    return this.isNounLikeAt(i);
  }

  /** Whether the last verb of saying of the clause is someone else's ("il t'a écrit :"). */
  private lastSayIsOther(): boolean {
    for (let i = this.at; i >= 0 && this.words[i]!.clause === this.clause; i--) {
      const w = this.words[i]!;
      if (w.info.classes.has('say') || w.info.classes.has('attribute')) {
        if (this.echoed.has(i)) return false; // "you're asking if I need to see it: no…" answers the echo
        const who = subjectOf(this, i);
        return who === 'third' || who === 'you-reported';
      }
    }
    return false;
  }
}
