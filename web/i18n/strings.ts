/** Every UI string of the web app, in English and French (scenario text is the trainer's, never translated). */
import { playEn, playFr } from './play-strings.ts';
import { pluralKey, type PluralBase } from '../../app/plural.ts';

const en = {
  appName: 'Rehearse',
  skipToMain: 'Skip to main content',
  navLibrary: 'Scenarios',
  navProgress: 'My progress',
  navPreview: 'Trainer preview',
  navReview: 'Trainer review',
  language: 'Language',
  switchTo: 'Français',
  switchToLang: 'fr',
  pause: 'Pause / leave',
  pauseShort: 'Pause',
  // library
  libraryTitle: 'Scenarios',
  libraryIntro: 'Pick a situation and practise answering. Nothing you type leaves this browser.',
  filterSetting: 'Setting',
  filterLanguage: 'Language',
  filterText: 'Search',
  filterAll: 'All',
  noMatch: 'No scenario matches these filters.',
  minutes: '{n} min',
  best: 'Best score: {n}%',
  notTried: 'Not tried yet',
  competencies: 'Competencies',
  contentNotes: 'Content notes',
  open: 'Open',
  libraryEmpty: 'No scenario is bundled yet.',
  notFound: 'There is no scenario "{id}" in this library.',
  // settings
  setting_call: 'Helpline call',
  setting_chat: 'Chat',
  setting_classroom: 'Classroom',
  setting_report: 'Report desk',
  setting_parents: 'Parents',
  lang_fr: 'French',
  lang_en: 'English',
  // intro
  beforeStart: 'Before you start',
  notesIntro: 'This scenario deals with:',
  noNotes: 'No particular content notes.',
  examMode: 'Exam mode (feedback only at the end)',
  startScenario: 'Start',
  back: 'Back to scenarios',
  // play
  callWith: 'Call with {name}',
  chatWith: 'Chat with {name}',
  caseFile: 'Case file',
  pupils: 'Pupils',
  transcript: 'Conversation',
  you: 'You',
  yourAnswer: 'Your answer',
  send: 'Send',
  sendHint: 'Enter sends, Shift+Enter starts a new line.',
  emptyAnswer: 'Write an answer before sending it.',
  hint: 'Hint: {text}',
  timeLeft: 'Suggested time: {n} s left',
  overtime: 'Over the suggested time by {n} s',
  examRecorded: 'Answer recorded. Feedback comes in the debrief.',
  seeDebrief: 'See the debrief',
  ended: 'End of the scenario: {label}',
  // wellbeing
  // debrief
  // progress
  storageProblem: 'This browser could not keep everything: {detail}',
  dismiss: 'Dismiss',
  // preview
  previewTitle: 'Trainer preview',
  previewNotSaved:
    'Your text could not be kept in this browser ({reason}): it stays in this page only. Save it to a file before you leave.',
  previewIntro:
    'Open or drop a scenario file, or write it here. It is checked as you type and plays as soon as it is valid.',
  openFile: 'Open a YAML file',
  dropHere: 'Drop a .yaml file here',
  source: 'Scenario source (YAML)',
  diagnostics: 'Diagnostics',
  checking: 'Checking…',
  graph: 'Scenario graph',
  graphLegend: 'Columns are steps from the start; the highlighted path is the last play.',
  examples: 'Examples',
  examplesCount: '{ok} of {n} examples behave',
  exampleYes: 'must match',
  exampleNo: 'must not match',
  exampleOk: 'behaves',
  exampleBad: 'does not behave',
  playIt: 'Play it',
  restartPlay: 'Restart',
  cannotPlay: 'Fix the errors to play the scenario.',
  loading: 'Loading…',
  loadFailed: 'The scenario could not be loaded: {reason}',
  screenFailed: 'This screen could not be shown. Reload the page to try again; your progress is kept.',
  // organisation: results to an LRS (settings), and the LMS player
  navSettings: 'Settings',
  lrsTitle: 'Send results to your organisation (LRS)',
  lrsIntro:
    'If your organisation runs a Learning Record Store (xAPI), enter its address and keys: each attempt is then sent there. Leave the address empty and nothing leaves this browser.',
  lrsEndpoint: 'LRS address (xAPI endpoint)',
  lrsUsername: 'Key (username)',
  lrsPassword: 'Secret (password)',
  lrsToken: 'Or a token',
  lrsLearner: 'Your e-mail or id at your organisation',
  lrsName: 'Your name (optional)',
  lrsSendResponses: 'Also send the text of my answers',
  lrsSendResponsesHelp:
    'Off unless your organisation asks for it: typed answers can hold names and details of real cases, and scores and matched criteria are enough to follow your progress.',
  lrsSave: 'Save',
  lrsSaved: 'Saved: results go to {host}.',
  lrsOff: 'No LRS is set: nothing is sent.',
  lrsStop: 'Stop sending',
  lrsWaiting_one: '{n} result waiting to be sent',
  lrsWaiting_other: '{n} results waiting to be sent',
  lrsAllSent: 'All results sent.',
  lrsRejected_one: '{n} statement refused by the LRS, kept aside.',
  lrsRejected_other: '{n} statements refused by the LRS, kept aside.',
  lrsLastError: 'Last try: {reason}',
  lrsSendNow: 'Send now',
  playerExit: 'Exit',
  playerResumed: 'Your attempt was resumed where you left it.',
  playerResumeFailed: 'Your saved attempt could not be resumed ({reason}); you start afresh.',
  playerNoLms: 'This attempt is not recorded: {reason}.',
  playerExited: 'Your attempt is saved. You can close this window.',
  playerPractice: 'This new try is practice: the LMS keeps the result of your first one.',
  ...playEn,
};

/** A key of the dictionary. */
export type StringKey = keyof typeof en;

const fr: Record<StringKey, string> = {
  appName: 'Rehearse',
  skipToMain: 'Aller au contenu',
  navLibrary: 'Scénarios',
  navProgress: 'Ma progression',
  navPreview: 'Aperçu formateur',
  navReview: 'Revue formateur',
  language: 'Langue',
  switchTo: 'English',
  switchToLang: 'en',
  pause: 'Pause / quitter',
  pauseShort: 'Pause',
  libraryTitle: 'Scénarios',
  libraryIntro:
    'Choisissez une situation et entraînez-vous à répondre. Rien de ce que vous écrivez ne quitte ce navigateur.',
  filterSetting: 'Cadre',
  filterLanguage: 'Langue',
  filterText: 'Rechercher',
  filterAll: 'Tous',
  noMatch: 'Aucun scénario ne correspond à ces filtres.',
  minutes: '{n} min',
  best: 'Meilleur score : {n} %',
  notTried: 'Pas encore essayé',
  competencies: 'Compétences',
  contentNotes: 'Avertissements de contenu',
  open: 'Ouvrir',
  libraryEmpty: "Aucun scénario n'est encore fourni.",
  notFound: "Il n'y a pas de scénario « {id} » dans cette bibliothèque.",
  setting_call: "Appel à la ligne d'écoute",
  setting_chat: 'Tchat',
  setting_classroom: 'En classe',
  setting_report: 'Traitement des signalements',
  setting_parents: 'Parents',
  lang_fr: 'Français',
  lang_en: 'Anglais',
  beforeStart: 'Avant de commencer',
  notesIntro: 'Ce scénario aborde :',
  noNotes: 'Pas d’avertissement particulier.',
  examMode: 'Mode examen (retours seulement à la fin)',
  startScenario: 'Commencer',
  back: 'Retour aux scénarios',
  callWith: 'Appel avec {name}',
  chatWith: 'Tchat avec {name}',
  caseFile: 'Dossier',
  pupils: 'Élèves',
  transcript: 'Conversation',
  you: 'Vous',
  yourAnswer: 'Votre réponse',
  send: 'Envoyer',
  sendHint: 'Entrée envoie, Maj+Entrée va à la ligne.',
  emptyAnswer: "Écrivez une réponse avant de l'envoyer.",
  hint: 'Indice : {text}',
  timeLeft: 'Temps conseillé : encore {n} s',
  overtime: 'Temps conseillé dépassé de {n} s',
  examRecorded: 'Réponse enregistrée. Les retours viendront au débriefing.',
  seeDebrief: 'Voir le débriefing',
  ended: 'Fin du scénario : {label}',
  storageProblem: 'Ce navigateur n’a pas pu tout conserver : {detail}',
  dismiss: 'Fermer',
  previewTitle: 'Aperçu formateur',
  previewNotSaved:
    'Votre texte n’a pas pu être gardé dans ce navigateur ({reason}) : il ne reste que dans cette page. Enregistrez-le dans un fichier avant de partir.',
  previewIntro:
    "Ouvrez ou déposez un fichier de scénario, ou écrivez-le ici. Il est vérifié pendant la frappe et se joue dès qu'il est valide.",
  openFile: 'Ouvrir un fichier YAML',
  dropHere: 'Déposez un fichier .yaml ici',
  source: 'Source du scénario (YAML)',
  diagnostics: 'Diagnostics',
  checking: 'Vérification…',
  graph: 'Graphe du scénario',
  graphLegend: 'Les colonnes sont les étapes depuis le début ; le chemin surligné est la dernière partie jouée.',
  examples: 'Exemples',
  examplesCount: '{ok} exemples sur {n} se comportent comme prévu',
  exampleYes: 'doit être reconnu',
  exampleNo: 'ne doit pas être reconnu',
  exampleOk: 'conforme',
  exampleBad: 'non conforme',
  playIt: 'Jouer',
  restartPlay: 'Recommencer',
  cannotPlay: 'Corrigez les erreurs pour jouer le scénario.',
  loading: 'Chargement…',
  loadFailed: "Le scénario n'a pas pu être chargé : {reason}",
  screenFailed: "Cet écran n'a pas pu s'afficher. Rechargez la page pour réessayer ; votre progression est conservée.",
  navSettings: 'Réglages',
  lrsTitle: 'Envoyer les résultats à votre organisation (LRS)',
  lrsIntro:
    "Si votre organisation a un entrepôt d'apprentissage (LRS, xAPI), indiquez son adresse et ses clés : chaque tentative y sera envoyée. Laissez l'adresse vide et rien ne quitte ce navigateur.",
  lrsEndpoint: 'Adresse du LRS (point d’accès xAPI)',
  lrsUsername: 'Clé (identifiant)',
  lrsPassword: 'Secret (mot de passe)',
  lrsToken: 'Ou un jeton',
  lrsLearner: 'Votre e-mail ou identifiant dans votre organisation',
  lrsName: 'Votre nom (facultatif)',
  lrsSendResponses: 'Envoyer aussi le texte de mes réponses',
  lrsSendResponsesHelp:
    'Désactivé sauf si votre organisation le demande : une réponse tapée peut contenir des noms et des détails de situations réelles, et les scores et critères reconnus suffisent à suivre votre progression.',
  lrsSave: 'Enregistrer',
  lrsSaved: 'Enregistré : les résultats vont à {host}.',
  lrsOff: "Aucun LRS n'est réglé : rien n'est envoyé.",
  lrsStop: "Arrêter l'envoi",
  lrsWaiting_one: '{n} résultat en attente d’envoi',
  lrsWaiting_other: '{n} résultats en attente d’envoi',
  lrsAllSent: 'Tous les résultats sont envoyés.',
  lrsRejected_one: '{n} déclaration refusée par le LRS, mise de côté.',
  lrsRejected_other: '{n} déclarations refusées par le LRS, mises de côté.',
  lrsLastError: 'Dernier essai : {reason}',
  lrsSendNow: 'Envoyer maintenant',
  playerExit: 'Quitter',
  playerResumed: 'Votre tentative reprend là où vous l’aviez laissée.',
  playerResumeFailed: 'Votre tentative enregistrée n’a pas pu reprendre ({reason}) ; vous recommencez.',
  playerNoLms: 'Cette tentative n’est pas enregistrée : {reason}.',
  playerExited: 'Votre tentative est enregistrée. Vous pouvez fermer cette fenêtre.',
  playerPractice: 'Ce nouvel essai est un entraînement : la plateforme garde le résultat du premier.',
  ...playFr,
};

/** UI languages. */
export type Lang = 'en' | 'fr';

/** The dictionaries, by language. */
export const strings: Record<Lang, Record<StringKey, string>> = { en, fr };

/** A string with its `{name}` placeholders filled in from `vars` (unknown names are left as they are). */
export function fillIn(s: string, vars?: Record<string, string | number>): string {
  return vars
    ? s.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(vars, k) ? String(vars[k]) : m))
    : s;
}

/** A key of the dictionary with a `_one` and an `_other` form, named without the suffix. */
export type PluralStringKey = PluralBase<StringKey>;

/** The form of `key` that the count `n` takes in `lang`, with `{n}` and the other placeholders filled in. */
export function translatePlural(
  lang: Lang,
  key: PluralStringKey,
  n: number,
  vars?: Record<string, string | number>,
): string {
  return translate(lang, pluralKey(lang, key, n), { n, ...vars });
}

/** The UI string for a key, with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: StringKey, vars?: Record<string, string | number>): string {
  return fillIn(strings[lang][key], vars);
}
