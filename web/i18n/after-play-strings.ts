/**
 * The strings of the feedback after an answer, the debrief, "My progress" (import messages included), the
 * storage notices, read-aloud, the switch question, the pause panel and the sessions left mid-way, in English
 * and French. They load with those parts (after the first prompt), not with the library and the play screen.
 */
import { useMemo } from 'react';
import { useLang } from './lang.tsx';
import { pluralKey, type PluralBase } from '../../app/plural.ts';
import { fillIn, translate, type Lang, type StringKey } from './strings.ts';

const en = {
  resume: 'Resume',
  discard: 'Discard',
  inProgressTitle: 'In progress',
  inProgressLine: '“{title}”, left at turn {n}',
  pauseTitle: 'Take a break',
  supportTitle: 'If you need to talk to someone',
  continuePlaying: 'Continue',
  leave: 'Leave to the scenarios',
  pauseTextClock:
    'These situations can be hard. Take the time you need: the clock stops while this panel is open, and ' +
    'your place is kept.',
  pauseTrainer: 'You can also talk it over with your trainer or supervisor.',
  feedbackTitle: 'Feedback',
  lateAnswer: 'answered after the suggested time',
  noFeedback: 'Nothing in this answer earned or lost points.',
  earned: 'earned',
  lost: 'lost',
  readAloud: 'Read the lines aloud',
  penalty: 'Penalty',
  points_one: '{n} point',
  points_other: '{n} points',
  criterionLabel: '{competency}: words such as {words}',
  criterionLabelShort: '{competency}',
  withheld: '{n} not counted',
  stuffed_fragments:
    'No points earned: this answer reads as a list of keywords, not as sentences said to the person. What it ' +
    'contains is recognised, but it earns nothing.',
  stuffed_repeated:
    'No points earned: this answer repeats an answer you already gave at another prompt. Answer what is ' +
    'being said now.',
  stuffedTurn: 'Its points were not counted: it reads as a list of keywords, or repeats an earlier answer.',
  switchTitle: 'Another scenario is in progress',
  switchText: '“{title}” is not finished. Keep it to finish later, or discard it?',
  keepAndStart: 'Keep it and start',
  discardAndStart: 'Discard it and start',
  cancel: 'Cancel',
  debriefTitle: 'Debrief',
  passed: 'Passed',
  notPassed: 'Not passed',
  criticalTitle: 'Critical errors',
  score: 'Overall score',
  passMark: 'pass mark {n}%',
  byCompetency: 'By competency',
  turnByTurn: 'Turn by turn',
  criteriaTitle: 'What was looked for',
  notEarned: 'Not earned',
  modelAnswer: 'Model answer',
  otherOptions: 'The other possible answers',
  youChose: 'You chose',
  takeaways: 'Takeaways',
  resources: 'Resources',
  tryAgain: 'Try again',
  nextScenario: 'Next scenario',
  unfinished: 'Unfinished session',
  trainerVerdict: 'Trainer {name}: {verdict}',
  trainerMet: 'met',
  trainerNotMet: 'not met',
  progressTitle: 'My progress',
  noAttempts: 'No attempt yet. Finish a scenario to see your progress here.',
  attempts: 'Attempts',
  exportBtn: 'Export (JSON file)',
  importBtn: 'Import a JSON file',
  importFailed: 'The file could not be imported: {reason}',
  reviewImported_one:
    'Your trainer’s review was imported: one correction or comment on {a} of the answers. Open a debrief to ' +
    'read it.',
  reviewImported_other:
    'Your trainer’s review was imported: {n} corrections or comments on {a} of the answers. Open a debrief to ' +
    'read them.',
  openDebrief: 'Open the debrief',
  backToProgress: 'Back to my progress',
  attemptNoReplay: 'This attempt cannot be replayed with the current version of its scenario.',
  date: 'Date',
  scenario: 'Scenario',
  result: 'Result',
  verdictCritical_one: 'A critical error fails the attempt, whatever the score: see below.',
  verdictCritical_other: '{n} critical errors fail the attempt, whatever the score: see below.',
  verdictLow: 'The overall score is below the pass mark.',
  storyEnding: 'Story ending',
  storyNotVerdict:
    'The story ended this way, but the attempt is not passed: the ending tells how the conversation went on, ' +
    'not whether it was handled well.',
  goToTurn: 'go to turn {n}',
  turnLabel: 'Turn {n}',
  turnsAtAGlance: 'Turns at a glance',
  printDebrief: 'Print or save as PDF',
  barPoints_one: '{earned} of {possible} point',
  barPoints_other: '{earned} of {possible} points',
  barLost_one: '{lost} point lost to mistakes',
  barLost_other: '{lost} points lost to mistakes',
  requiredTag: 'required',
  criticalHere: 'critical error',
  scenarioTrends: 'Overall score by scenario',
  trendCaption_one: '{n} attempt · last {last} · best {best}',
  trendCaption_other: '{n} attempts · last {last} · best {best}',
  byCompetencyHere: 'By competency, in this scenario only',
  chartOverall: 'Overall score of “{title}” over time',
  imported_one: '{n} attempt imported.',
  imported_other: '{n} attempts imported.',
  importedNone: 'No new attempt imported.',
  alreadyThere_one: '{n} attempt of the file was already there.',
  alreadyThere_other: '{n} attempts of the file were already there.',
  setAsideHead_one: 'One record of the file was set aside:',
  setAsideHead_other: '{n} records of the file were set aside:',
  recordName: 'record {i}',
  recordNamed: 'record {i} (“{title}”, {date})',
  recordWhy: '{record}: {why}',
  why_notObject: 'it is not an attempt',
  why_version: 'it was written by another version of Rehearse ({v})',
  why_missing: 'its “{field}” is missing or empty',
  why_invalid: 'its “{field}” is not valid',
  why_competency: 'its competency “{id}” is incomplete',
  why_turn: 'its answer {n} is damaged',
  importEmpty: 'This file is empty.',
  importBinary: 'This file is not a text file (an image, a document?): choose the .json file that Export wrote.',
  importNotJsonAt:
    'This file is not a readable progress export: its text breaks off at line {line}, column {column} ' +
    '(was it cut short?).',
  importNotJson: 'This file is not a readable progress export: it is not JSON text.',
  importNotProgress: 'This file is JSON, but not a progress export: it holds no list of attempts.',
  importNotKept: 'The attempts could not be kept in this browser ({reason}); nothing was changed.',
  setAsideNoticeNew_one:
    'One saved record could not be read. The original is kept, untouched, in this browser; your other ' +
    'attempts are kept.',
  setAsideNoticeNew_other:
    '{n} saved records could not be read. The original is kept, untouched, in this browser; your other ' +
    'attempts are kept.',
  forSupport: 'For support: it is under the key {key}.',
  sessionNotSaved:
    'This session could not be saved ({reason}): it will not survive closing the page. Export your ' +
    'progress, then free some space.',
  attemptNotSaved:
    'This attempt could not be saved ({reason}). It is shown until you close the page: export your ' +
    'progress now to keep it.',
  progressUnreadable: 'Your saved progress could not be read ({reason}); nothing new is written over it.',
  sessionUnreadable: 'A session left mid-way could not be resumed; it is kept, untouched, in this browser.',
};

/** A key of these strings. */
export type AfterPlayKey = keyof typeof en;

const fr: Record<AfterPlayKey, string> = {
  resume: 'Reprendre',
  discard: 'Abandonner',
  inProgressTitle: 'En cours',
  inProgressLine: '« {title} », arrêté au tour {n}',
  pauseTitle: 'Faire une pause',
  supportTitle: 'Si vous avez besoin de parler à quelqu’un',
  continuePlaying: 'Continuer',
  leave: 'Revenir aux scénarios',
  pauseTextClock:
    'Ces situations peuvent être difficiles. Prenez le temps qu’il faut : le temps est arrêté tant que ' +
    'ce panneau est ouvert, et votre progression est gardée.',
  pauseTrainer: 'Vous pouvez aussi en parler à votre formateur ou à votre superviseur.',
  feedbackTitle: 'Retour',
  lateAnswer: 'réponse après le temps conseillé',
  noFeedback: "Rien dans cette réponse n'a rapporté ni fait perdre de points.",
  earned: 'gagné',
  lost: 'perdu',
  readAloud: 'Lire les répliques à voix haute',
  penalty: 'Pénalité',
  points_one: '{n} point',
  points_other: '{n} points',
  criterionLabel: '{competency} : des mots comme {words}',
  criterionLabelShort: '{competency}',
  withheld: '{n} non comptés',
  stuffed_fragments:
    'Aucun point gagné : cette réponse ressemble à une liste de mots-clés, pas à des phrases adressées à la ' +
    'personne. Ce qu’elle contient est reconnu, mais ne rapporte rien.',
  stuffed_repeated:
    'Aucun point gagné : cette réponse reprend une réponse déjà donnée à une autre étape. Répondez à ce ' +
    'qui se dit maintenant.',
  stuffedTurn:
    'Ses points n’ont pas été comptés : elle ressemble à une liste de mots-clés, ou reprend une réponse déjà donnée.',
  switchTitle: 'Un autre scénario est en cours',
  switchText: '« {title} » n’est pas terminé. Le garder pour le finir plus tard, ou l’abandonner ?',
  keepAndStart: 'Le garder et commencer',
  discardAndStart: 'L’abandonner et commencer',
  cancel: 'Annuler',
  debriefTitle: 'Débriefing',
  passed: 'Réussi',
  notPassed: 'Non réussi',
  criticalTitle: 'Erreurs critiques',
  score: 'Score global',
  passMark: 'seuil {n} %',
  byCompetency: 'Par compétence',
  turnByTurn: 'Tour par tour',
  criteriaTitle: 'Ce qui était attendu',
  notEarned: 'Non obtenu',
  modelAnswer: 'Réponse modèle',
  otherOptions: 'Les autres réponses possibles',
  youChose: 'Vous avez choisi',
  takeaways: 'À retenir',
  resources: 'Ressources',
  tryAgain: 'Recommencer',
  nextScenario: 'Scénario suivant',
  unfinished: 'Session inachevée',
  trainerVerdict: 'Formateur {name} : {verdict}',
  trainerMet: 'atteint',
  trainerNotMet: 'non atteint',
  progressTitle: 'Ma progression',
  noAttempts: 'Aucune tentative. Terminez un scénario pour voir votre progression ici.',
  attempts: 'Tentatives',
  exportBtn: 'Exporter (fichier JSON)',
  importBtn: 'Importer un fichier JSON',
  importFailed: "Le fichier n'a pas pu être importé : {reason}",
  reviewImported_one:
    'La revue de votre formateur a été importée : une correction ou un commentaire sur {a} des réponses. ' +
    'Ouvrez un débriefing pour la lire.',
  reviewImported_other:
    'La revue de votre formateur a été importée : {n} corrections ou commentaires sur {a} des réponses. ' +
    'Ouvrez un débriefing pour les lire.',
  openDebrief: 'Ouvrir le débriefing',
  backToProgress: 'Retour à ma progression',
  attemptNoReplay: 'Cette tentative ne peut pas être rejouée avec la version actuelle de son scénario.',
  date: 'Date',
  scenario: 'Scénario',
  result: 'Résultat',
  verdictCritical_one: 'Une erreur critique fait échouer la tentative, quel que soit le score : voir ci-dessous.',
  verdictCritical_other: '{n} erreurs critiques font échouer la tentative, quel que soit le score : voir ci-dessous.',
  verdictLow: 'Le score global est sous le seuil de réussite.',
  storyEnding: 'Fin de l’histoire',
  storyNotVerdict:
    'L’histoire s’est terminée ainsi, mais la tentative n’est pas réussie : la fin raconte la suite de la ' +
    'conversation, pas si elle a été bien menée.',
  goToTurn: 'aller au tour {n}',
  turnLabel: 'Tour {n}',
  turnsAtAGlance: 'Les tours en bref',
  printDebrief: 'Imprimer ou enregistrer en PDF',
  barPoints_one: '{earned} sur {possible} point',
  barPoints_other: '{earned} sur {possible} points',
  barLost_one: '{lost} point perdu en erreurs',
  barLost_other: '{lost} points perdus en erreurs',
  requiredTag: 'obligatoire',
  criticalHere: 'erreur critique',
  scenarioTrends: 'Score global par scénario',
  trendCaption_one: '{n} tentative · dernière {last} · meilleure {best}',
  trendCaption_other: '{n} tentatives · dernière {last} · meilleure {best}',
  byCompetencyHere: 'Par compétence, dans ce scénario seulement',
  chartOverall: 'Score global de « {title} » dans le temps',
  imported_one: '{n} tentative importée.',
  imported_other: '{n} tentatives importées.',
  importedNone: 'Aucune nouvelle tentative importée.',
  alreadyThere_one: '{n} tentative du fichier était déjà là.',
  alreadyThere_other: '{n} tentatives du fichier étaient déjà là.',
  setAsideHead_one: 'Un enregistrement du fichier a été mis de côté :',
  setAsideHead_other: '{n} enregistrements du fichier ont été mis de côté :',
  recordName: 'enregistrement {i}',
  recordNamed: 'enregistrement {i} (« {title} », {date})',
  recordWhy: '{record} : {why}',
  why_notObject: 'ce n’est pas une tentative',
  why_version: 'il a été écrit par une autre version de Rehearse ({v})',
  why_missing: 'son champ « {field} » manque ou est vide',
  why_invalid: 'son champ « {field} » n’est pas valable',
  why_competency: 'sa compétence « {id} » est incomplète',
  why_turn: 'sa réponse {n} est abîmée',
  importEmpty: 'Ce fichier est vide.',
  importBinary:
    'Ce fichier n’est pas un fichier texte (une image, un document ?) : choisissez le fichier .json ' +
    'écrit par Exporter.',
  importNotJsonAt:
    'Ce fichier n’est pas un export de progression lisible : son texte s’interrompt ligne {line}, ' +
    'colonne {column} (a-t-il été tronqué ?).',
  importNotJson: 'Ce fichier n’est pas un export de progression lisible : ce n’est pas du texte JSON.',
  importNotProgress:
    'Ce fichier est bien du JSON, mais pas un export de progression : il ne contient aucune liste de tentatives.',
  importNotKept: 'Les tentatives n’ont pas pu être gardées dans ce navigateur ({reason}) ; rien n’a été modifié.',
  setAsideNoticeNew_one:
    'Un enregistrement gardé n’a pas pu être lu. L’original est gardé tel quel dans ce navigateur ; vos ' +
    'autres tentatives sont conservées.',
  setAsideNoticeNew_other:
    '{n} enregistrements gardés n’ont pas pu être lus. L’original est gardé tel quel dans ce ' +
    'navigateur ; vos autres tentatives sont conservées.',
  forSupport: 'Pour l’assistance : il est sous la clé {key}.',
  sessionNotSaved:
    'Cette partie n’a pas pu être enregistrée ({reason}) : elle sera perdue à la fermeture de la page. ' +
    'Exportez votre progression, puis libérez de la place.',
  attemptNotSaved:
    'Cette tentative n’a pas pu être enregistrée ({reason}). Elle reste affichée jusqu’à la fermeture de ' +
    'la page : exportez votre progression maintenant pour la garder.',
  progressUnreadable:
    'Votre progression gardée n’a pas pu être lue ({reason}) ; rien de nouveau n’est écrit par-dessus.',
  sessionUnreadable:
    'Une partie laissée en cours n’a pas pu reprendre ; elle est gardée telle quelle dans ce navigateur.',
};

/** These strings, per language (the French typography test reads them). */
export const afterPlayStrings: Record<Lang, Record<AfterPlayKey, string>> = { en, fr };

/** A key of these strings or of the app's dictionary. */
export type AnyKey = AfterPlayKey | StringKey;

/** A key of these strings with a `_one` and an `_other` form. */
export type AfterPlayPluralKey = PluralBase<AfterPlayKey>;

/** The string of `key` in `lang`, from these strings or else from the app's dictionary. */
export function afterPlayText(lang: Lang, key: AnyKey, vars?: Record<string, string | number>): string {
  const own: Record<string, string> = afterPlayStrings[lang];
  return Object.hasOwn(own, key) ? fillIn(own[key]!, vars) : translate(lang, key as StringKey, vars);
}

/** The translator (`t`) and plural forms (`tp`) of the debrief and progress screens, in the current language. */
export interface AfterPlayWords {
  t(key: AnyKey, vars?: Record<string, string | number>): string;
  tp(key: AfterPlayPluralKey, n: number, vars?: Record<string, string | number>): string;
}

/** The words of `lang`. */
export function afterPlayWords(lang: Lang): AfterPlayWords {
  return {
    t: (key, vars) => afterPlayText(lang, key, vars),
    tp: (key, n, vars) => afterPlayText(lang, pluralKey(lang, key, n), { n, ...vars }),
  };
}

/** The words of the current language. */
export function useAfterPlayText(): AfterPlayWords {
  const { lang } = useLang();
  return useMemo(() => afterPlayWords(lang), [lang]);
}

/** Support contacts for the trainee's own wellbeing, shown by the "pause / leave" panel. */
export const supportContacts: Record<Lang, Array<{ label: string; phone: string; note: string }>> = {
  fr: [
    { label: '3018', phone: '3018', note: 'Violences numériques, cyberharcèlement — gratuit, anonyme, 7 j/7' },
    { label: '3114', phone: '3114', note: 'Numéro national de prévention du suicide — 24 h/24' },
    { label: '119', phone: '119', note: 'Allô Enfance en danger — 24 h/24' },
  ],
  en: [
    { label: 'Samaritans', phone: '116 123', note: 'UK and Ireland — free, 24/7' },
    { label: '988 Suicide & Crisis Lifeline', phone: '988', note: 'United States — call or text, 24/7' },
    { label: 'Local help', phone: '112', note: 'Or your local emergency number (999, 911…) if someone is in danger' },
  ],
};
