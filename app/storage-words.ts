/**
 * What the trainee is told about their kept progress and saved sessions, in the session's language
 * (French or English): the notices of app/progress-storage.ts and app/saved-session.ts. The reason in
 * parentheses is the system's own (a file error, a JSON position) and stays as it came.
 */
import type { Locale } from '../engine/types.ts';
import { byCount, counted } from './plural.ts';

const en = {
  unreadable: (where: string, why: string) =>
    `Your progress (${where}) could not be read (${why}); it is left as it is and nothing is saved over it.`,
  notSetAside: (why: string) => ` It could not be set aside (${why}), so nothing new is saved over it.`,
  someUnreadable: (why: string, keptAt: string, n: number) =>
    `Some of your saved progress could not be read (${why}). The original is kept, untouched, as ${keptAt};` +
    ` the ${counted('en', n, 'readable attempt still counts', 'readable attempts still count')}.`,
  allUnreadable: (why: string, keptAt: string) =>
    `Your saved progress could not be read (${why}). It is kept, untouched, as ${keptAt}; starting afresh.`,
  notWrittenBack: (why: string) => ` The readable attempts could not be written back (${why}).`,
  newerRecords: (n: number) =>
    byCount(
      'en',
      n,
      `${n} attempt was saved by a newer version of Rehearse: it stays in your progress as it is` +
        ' (that version shows it), and this one leaves it out of its figures.',
      `${n} attempts were saved by a newer version of Rehearse: they stay in your progress as they are` +
        ' (that version shows them), and this one leaves them out of its figures.',
    ),
  newerFile: (where: string, v: number) =>
    `Your progress (${where}) was written by a newer version of Rehearse (format ${v}): it is read as far` +
    ' as this version can, and never written over. Update Rehearse to save new attempts.',
  notSaved: (why: string) => `This attempt could not be saved (${why}).`,
  mustNotOverwrite: 'the stored progress must not be overwritten',
  sessionUnreadable: (where: string, why: string) => `The saved session (${where}) could not be read (${why}).`,
  sessionAside: (why: string, kept: string) => `The saved session cannot be resumed (${why}); ${kept}.`,
  leftInPlace: (why: string) => `it is left in place (${why})`,
  keptAs: (where: string) => `it is kept, untouched, as ${where}`,
  sessionNotSaved: (why: string) => `The session could not be saved (${why}): it will not survive closing Rehearse.`,
  sessionNotCleared: (why: string) => `The finished session could not be cleared (${why}).`,
  replaced: (title: string, where: string) =>
    `Your interrupted session of "${title}" is kept as ${where}; this new one starts afresh.`,
};

/** The storage notices of one language. */
export type StorageWords = typeof en;

const fr: StorageWords = {
  unreadable: (where, why) =>
    `Votre progression (${where}) n’a pas pu être lue (${why}) : elle est laissée telle quelle` +
    ' et rien n’est enregistré par-dessus.',
  notSetAside: (why) => ` Elle n’a pas pu être mise de côté (${why}) : rien de nouveau n’est enregistré par-dessus.`,
  someUnreadable: (why, keptAt, n) =>
    `Une partie de votre progression n’a pas pu être lue (${why}). L’original est conservé, intact, sous ${keptAt} ;` +
    ` ${byCount('fr', n, `${n} tentative lisible compte`, `les ${n} tentatives lisibles comptent`)} toujours.`,
  allUnreadable: (why, keptAt) =>
    `Votre progression n’a pas pu être lue (${why}). Elle est conservée, intacte, sous ${keptAt} ; on repart de zéro.`,
  notWrittenBack: (why) => ` Les tentatives lisibles n’ont pas pu être réécrites (${why}).`,
  newerRecords: (n) =>
    byCount(
      'fr',
      n,
      `${n} tentative a été enregistrée par une version plus récente de Rehearse : elle reste telle quelle` +
        ' dans votre progression (cette version l’affiche), et celle-ci ne la compte pas.',
      `${n} tentatives ont été enregistrées par une version plus récente de Rehearse : elles restent telles quelles` +
        ' dans votre progression (cette version les affiche), et celle-ci ne les compte pas.',
    ),
  newerFile: (where, v) =>
    `Votre progression (${where}) a été écrite par une version plus récente de Rehearse (format ${v}) : elle est lue` +
    ' autant que possible et jamais écrasée. Mettez Rehearse à jour pour enregistrer de nouvelles tentatives.',
  notSaved: (why) => `Cette tentative n’a pas pu être enregistrée (${why}).`,
  mustNotOverwrite: 'la progression existante ne doit pas être écrasée',
  sessionUnreadable: (where, why) => `La session enregistrée (${where}) n’a pas pu être lue (${why}).`,
  sessionAside: (why, kept) => `La session enregistrée ne peut pas être reprise (${why}) ; ${kept}.`,
  leftInPlace: (why) => `elle est laissée en place (${why})`,
  keptAs: (where) => `elle est conservée, intacte, sous ${where}`,
  sessionNotSaved: (why) =>
    `La session n’a pas pu être enregistrée (${why}) : elle sera perdue si vous fermez Rehearse.`,
  sessionNotCleared: (why) => `La session terminée n’a pas pu être effacée (${why}).`,
  replaced: (title, where) =>
    `Votre session interrompue de « ${title} » est conservée sous ${where} ; celle-ci repart de zéro.`,
};

/** The storage notices in `locale` (English by default). */
export function storageWords(locale: Locale = 'en'): StorageWords {
  return locale === 'fr' ? fr : en;
}
