/** Word-level tests of the clause segmenter: infinitives, -ing forms, past forms, adverbs, fillers. */
import type { Locale } from '../types.ts';
import type { Language } from './lang.ts';
import type { WordInfo } from './units.ts';

/** Adverbs that may stand between a subject, a verb and what it introduces. */
export const ADVERBS = new Set([
  'surtout',
  'vraiment',
  'juste',
  'bien',
  'deja',
  'aussi',
  'meme',
  'toujours',
  'franchement',
  'just',
  'really',
  'also',
  'even',
  'honestly',
  'actually',
  'already',
  'still',
  'ever',
  'totally',
  'definitely',
  'seriously',
  'literally',
  'peut-etre',
  'vite',
  'gentiment',
  'calmement',
  'simplement',
  'clairement',
  'quickly',
  'calmly',
  'simply',
  'clearly',
  'politely',
  'gently',
  'fermement',
  'fortement',
  'vivement',
  'sincerement',
  'honnetement',
  'personnellement',
  'firmly',
  'strongly',
  'personally',
  'sincerely',
  'truly',
  'maintenant',
  'aujourd',
  'hui',
  'now',
  'today',
  'encore',
  // « tu te dis sûrement que… »: adverbs of likelihood between a verb and what it introduces
  'surement',
  'probablement',
  'certainement',
  'probably',
]);

const EN_PAST = new Set([
  'said',
  'told',
  'wrote',
  'written',
  'thought',
  'sent',
  'knew',
  'known',
  'saw',
  'seen',
  'heard',
  'swore',
  'sworn',
]);

/** French infinitives not in -er (the -er ones are recognised by their ending). */
const FR_INFINITIVES = new Set(
  (
    'finir partir sortir dormir venir tenir mourir ouvrir offrir souffrir sentir servir choisir reflechir ' +
    'reussir agir ' +
    'grandir avertir prevenir devenir revenir obtenir soutenir retenir maintenir courir fuir dire faire ecrire lire ' +
    'prendre apprendre comprendre mettre permettre promettre croire boire vivre suivre attendre entendre repondre ' +
    'rendre vendre perdre descendre defendre connaitre paraitre disparaitre naitre plaire taire rire conduire ' +
    'detruire ' +
    'construire produire battre combattre craindre plaindre peindre joindre rejoindre atteindre eteindre resoudre ' +
    'suffire interdire convaincre voir savoir pouvoir vouloir devoir recevoir avoir falloir valoir asseoir prevoir ' +
    'revoir etre remettre admettre soumettre reprendre surprendre decrire inscrire transmettre remplir accueillir ' +
    'recueillir couvrir decouvrir recouvrir mentir repartir ressentir consentir abstenir'
  ).split(' '),
);

/** Words in -er that are not infinitives. */
const FR_NOT_INFINITIVE = new Set(
  (
    'hier cher fier mer fer super premier dernier entier hiver enfer quartier papier metier pompier policier fichier ' +
    'dossier courrier clavier chantier sentier collier escalier grenier janvier fevrier boulanger danger etranger ' +
    'leger amer cancer laser poster hacker'
  ).split(' '),
);

const EN_NOT_ING = new Set([
  'thing',
  'nothing',
  'something',
  'anything',
  'everything',
  'morning',
  'evening',
  'king',
  'ring',
  'spring',
  'string',
  'sibling',
  'during',
  'bring',
  'sling',
  'wing',
  'darling',
  'ceiling',
  'swing',
]);

/** Whether a word can be the infinitive a complement starts with (fr: "de ne rien payer"; en: "to block"). */
export function isInfinitive(w: WordInfo, lang: Language, locale: Locale): boolean {
  if (locale === 'en')
    return !lang.determiners.has(w.f) && !lang.objects.has(w.f) && !lang.nounPronouns.has(w.f) && !/^\d/.test(w.f);
  if (FR_INFINITIVES.has(w.f)) return true;
  return w.f.length >= 4 && w.f.endsWith('er') && !FR_NOT_INFINITIVE.has(w.f);
}

/** Whether a folded French word reads as an infinitive ("finir", "parler"; not "premier", "danger"). */
export function isFrenchInfinitive(f: string): boolean {
  return FR_INFINITIVES.has(f) || (f.length >= 4 && f.endsWith('er') && !FR_NOT_INFINITIVE.has(f));
}

/** An English -ing form ("stop paying"), not "thing". */
export function isIng(f: string): boolean {
  return f.length >= 5 && f.endsWith('ing') && !EN_NOT_ING.has(f);
}

/** A past form of a verb of saying: what the person addressed said, not a suggestion. */
export function isPastForm(w: WordInfo, locale: Locale): boolean {
  if (locale === 'en') return EN_PAST.has(w.f) || w.f.endsWith('ed');
  return /(ais|ait|aient)$/.test(w.f);
}

/** English modal verbs, and French ones through their class: what follows them is a suggestion. */
export function isModal(w: WordInfo): boolean {
  return w.classes.has('modal') || /^(can|could|should|would|might|may|must|will|shall)$/.test(w.f);
}

/** Subjects that are not a person: "c'est dit", "it said". */
export function isImpersonal(f: string): boolean {
  return f === 'c' || f === 'ce' || f === 'ca' || f === 'cela' || f === 'it' || f === 'there';
}

/** The person addressed: tu / vous / you. */
export function isSecondPerson(f: string): boolean {
  return f === 'tu' || f === 'vous' || f === 'you' || f === 'u';
}

/** Object pronouns of the speaker and of someone else ("tu m'as dit", "tu lui dis"). */
export function objectPerson(f: string): 'me' | 'third' | null {
  if (f === 'me' || f === 'm' || f === 'moi' || f === 'us') return 'me';
  if (f === 'lui' || f === 'leur' || f === 'him' || f === 'her' || f === 'them') return 'third';
  return null;
}
