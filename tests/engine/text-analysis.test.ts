import { describe, expect, it } from 'vitest';
import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stem as englishStem } from 'porter2';
import { analyse, fold, wordKeys } from '../../engine/text/index.ts';

/** The analysed words as "word" or "!word" when negated, with clause numbers as "|". */
function show(text: string, locale: 'fr' | 'en'): string {
  const tokens = analyse(text, locale);
  return tokens
    .map((t, i) => `${i > 0 && tokens[i - 1]!.clause !== t.clause ? '| ' : ''}${t.neg ? '!' : ''}${t.word}`)
    .join(' ');
}

describe('stemmers (pinned)', () => {
  it('English is Snowball Porter2, not the old Porter', () => {
    expect(englishStem('connection')).toBe('connect');
    expect(englishStem('generously')).toBe('generous');
    expect(englishStem('dying')).toBe('die');
    expect(englishStem('screenshots')).toBe('screenshot');
  });
  it('French is Snowball French', () => {
    expect(frenchStem('continuation')).toBe('continu');
    expect(frenchStem('chevaux')).toBe('cheval');
    expect(frenchStem('nationalité')).toBe('national');
    expect(frenchStem('payer')).toBe('pai');
    expect(frenchStem('paie')).toBe('pai');
  });
  it('keys cover a word typed with or without accents', () => {
    expect(wordKeys('nationalité', 'fr')).toContain('national');
    expect(wordKeys('nationalite', 'fr')).toContain('nationalit');
    expect(wordKeys('nationalité', 'fr')).toContain('nationalit');
    expect(wordKeys('très', 'fr')).toEqual(expect.arrayContaining([...wordKeys('tres', 'fr')]));
  });
  it('folds accents and ligatures', () => {
    expect(fold('été')).toBe('ete');
    expect(fold('cœur')).toBe('coeur');
    expect(fold('e\u0301te\u0301')).toBe('ete');
  });
});

describe('analyse — French', () => {
  it('negates a whole clause with ne…pas and drops the markers', () => {
    expect(show('Surtout ne paie pas, et ne lui réponds plus.', 'fr')).toBe('!surtout !paie | !lui !réponds');
  });
  it('reads informal negation and the other markers', () => {
    expect(show('paie pas', 'fr')).toBe('!paie');
    expect(show('ne réponds jamais', 'fr')).toBe('!réponds');
    expect(show('tu as rien fait de mal', 'fr')).toBe('!tu !as !fait !mal');
    expect(show('sans payer', 'fr')).toBe('!payer');
    expect(show('aucune photo ni vidéo', 'fr')).toBe('!photo !vidéo');
  });
  it('treats any form of refuser / éviter as a marker that negates what follows it (r2: like a verb of stopping)', () => {
    expect(show('Refuse de payer', 'fr')).toBe('!payer');
    expect(show('il vaut mieux éviter de répondre', 'fr')).toBe('il vaut mieux !répondre');
    expect(show('évitez tout contact', 'fr')).toBe('!tout !contact');
  });
  it('counts plus as negation only with ne in the clause', () => {
    expect(show("tu ne lui envoies plus d'argent", 'fr')).toBe('!tu !lui !envoies !argent');
    expect(show("tu lui envoies plus d'argent", 'fr')).toBe('tu lui envoies plus argent');
  });
  it('breaks clauses at punctuation and et / mais / puis', () => {
    expect(show('Ne paie pas et garde les messages', 'fr')).toBe('!paie | garde messages');
    expect(show('Ne paie pas, garde les messages', 'fr')).toBe('!paie | garde messages');
    expect(show('Ne réponds pas mais garde tout puis bloque', 'fr')).toBe('!réponds | garde tout | bloque');
  });
  it("splits elisions, typographic apostrophes and hyphens; n' is ne", () => {
    expect(show('Ce n’est pas ta faute', 'fr')).toBe('!ce !est !ta !faute');
    expect(show("C'est ta faute", 'fr')).toBe('est ta faute');
    expect(show('Bloque-le', 'fr')).toBe('bloque');
    expect(show("Qu'il t'envoie l'argent", 'fr')).toBe('il envoie argent');
  });
  it('drops function words compared without accents and keeps digits', () => {
    expect(show('Appelle le 3018 à la maison', 'fr')).toBe('appelle 3018 maison');
    expect(show('TU AS ÉTÉ TRÈS COURAGEUX', 'fr')).toBe('tu as été très courageux');
  });
  it('keeps the character ranges of the original text', () => {
    const text = 'Ok…  TU as ÉTÉ très courageux';
    for (const t of analyse(text, 'fr')) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.word);
    const ranges = analyse('Bonjour, Lucas.', 'fr').map((t) => [t.start, t.end]);
    expect(ranges).toEqual([
      [0, 7],
      [9, 14],
    ]);
  });
});

describe('analyse — English', () => {
  it("keeps n't words whole and reads them as negation", () => {
    expect(show("Don't pay him", 'en')).toBe('!pay !him');
    expect(show('You shouldn’t reply', 'en')).toBe('!you !reply');
    const t = analyse("I can't", 'en');
    expect(t.map((x) => x.word)).toEqual(['i']);
  });
  it('reads not / no / never / nothing / without / avoid / refuse', () => {
    expect(show('Never send money', 'en')).toBe('!send !money');
    expect(show('You did nothing wrong', 'en')).toBe('!you !did !wrong');
    expect(show('There is no shame', 'en')).toBe('!there !is !shame');
    expect(show('Avoid replying to him', 'en')).toBe('!replying !him');
    expect(show('He refused the deal', 'en')).toBe('he !deal');
    expect(show('Leave without paying', 'en')).toBe('leave !paying'); // r2: "without" negates what follows it
  });
  it('breaks clauses at and / but / then and punctuation', () => {
    expect(show("Don't pay, and save the messages then block him", 'en')).toBe('!pay | save messages | block him');
  });
  it('drops the / a / an / of / to and keeps digits', () => {
    expect(show('Go to the police and call 911 for a copy of it', 'en')).toBe('go police | call 911 for copy it');
  });
  it('reads "dont" typed without an apostrophe as "don\'t" (documented)', () => {
    expect(show('dont pay', 'en')).toBe('!pay');
  });
});
