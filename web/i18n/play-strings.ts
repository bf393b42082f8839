/**
 * The trainee's strings added for issue 15 (play, feedback, debrief, progress, import, sessions), in
 * English and French; strings.ts merges them into the one dictionary. Plural forms are `<key>_one` and
 * `<key>_other` (picked by Intl.PluralRules through `tp`). French: espace insécable (U+00A0) before
 * « : ; ? ! % » and inside « », as tests/web/typography.test.ts checks.
 */
export const playEn = {
  age: '{n}',
  navMenu: 'Menu',
  // play
  sendHintTouch: 'The Send button sends; Enter starts a new line.',
  backStep: 'Back one step',
  steppedBack: 'You went back one step: your previous answer is in the box, ready to change.',
  readAloud: 'Read the lines aloud',
  voiceMissing_fr: 'No French voice is installed on this device, so the lines cannot be read aloud.',
  voiceMissing_en: 'No English voice is installed on this device, so the lines cannot be read aloud.',
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
  // wellbeing
  pauseTextClock:
    'These situations can be hard. Take the time you need: the clock stops while this panel is open, and ' +
    'your place is kept.',
  pauseTrainer: 'You can also talk it over with your trainer or supervisor.',
  // sessions
  switchTitle: 'Another scenario is in progress',
  switchText: '“{title}” is not finished. Keep it to finish later, or discard it?',
  keepAndStart: 'Keep it and start',
  discardAndStart: 'Discard it and start',
  cancel: 'Cancel',
  inProgressTitle: 'In progress',
  inProgressTag: 'In progress',
  inProgressLine: '“{title}”, left at turn {n}',
  resumeHere: 'Resume where you left it',
  keptSessionIntro: 'You left this scenario at turn {n}. Resume it, or start again from the beginning.',
  startAgain: 'Start again',
  // debrief
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
  barPoints: '{earned} of {possible} points',
  requiredTag: 'required',
  criticalHere: 'critical error',
  // progress
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
  storageFull: 'the browser’s storage is full',
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

/** A key of the trainee's added strings. */
export type PlayStringKey = keyof typeof playEn;

export const playFr: Record<PlayStringKey, string> = {
  age: '{n} ans',
  navMenu: 'Menu',
  sendHintTouch: 'Le bouton Envoyer envoie ; Entrée va à la ligne.',
  backStep: 'Revenir d’une étape',
  steppedBack:
    'Vous êtes revenu d’une étape : votre réponse précédente est dans la zone de texte, prête à être modifiée.',
  readAloud: 'Lire les répliques à voix haute',
  voiceMissing_fr: 'Aucune voix française n’est installée sur cet appareil : les répliques ne peuvent pas être lues.',
  voiceMissing_en: 'Aucune voix anglaise n’est installée sur cet appareil : les répliques ne peuvent pas être lues.',
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
  pauseTextClock:
    'Ces situations peuvent être difficiles. Prenez le temps qu’il faut : le temps est arrêté tant que ' +
    'ce panneau est ouvert, et votre progression est gardée.',
  pauseTrainer: 'Vous pouvez aussi en parler à votre formateur ou à votre superviseur.',
  switchTitle: 'Un autre scénario est en cours',
  switchText: '« {title} » n’est pas terminé. Le garder pour le finir plus tard, ou l’abandonner ?',
  keepAndStart: 'Le garder et commencer',
  discardAndStart: 'L’abandonner et commencer',
  cancel: 'Annuler',
  inProgressTitle: 'En cours',
  inProgressTag: 'En cours',
  inProgressLine: '« {title} », arrêté au tour {n}',
  resumeHere: 'Reprendre là où vous en étiez',
  keptSessionIntro: 'Vous avez quitté ce scénario au tour {n}. Reprenez-le, ou recommencez depuis le début.',
  startAgain: 'Recommencer depuis le début',
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
  barPoints: '{earned} sur {possible} points',
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
  storageFull: 'l’espace de stockage du navigateur est plein',
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
