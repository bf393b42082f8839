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
  voiceMissing_fr: 'No French voice is installed on this device, so the lines cannot be read aloud.',
  voiceMissing_en: 'No English voice is installed on this device, so the lines cannot be read aloud.',
  // wellbeing
  pauseTextClock:
    'These situations can be hard. Take the time you need: the clock stops while this panel is open, and ' +
    'your place is kept.',
  pauseTrainer: 'You can also talk it over with your trainer or supervisor.',
  // sessions
  inProgressTitle: 'In progress',
  inProgressTag: 'In progress',
  inProgressLine: '“{title}”, left at turn {n}',
  resumeHere: 'Resume where you left it',
  keptSessionIntro: 'You left this scenario at turn {n}. Resume it, or start again from the beginning.',
  startAgain: 'Start again',
  storageFull: 'the browser’s storage is full',
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
  voiceMissing_fr: 'Aucune voix française n’est installée sur cet appareil : les répliques ne peuvent pas être lues.',
  voiceMissing_en: 'Aucune voix anglaise n’est installée sur cet appareil : les répliques ne peuvent pas être lues.',
  pauseTextClock:
    'Ces situations peuvent être difficiles. Prenez le temps qu’il faut : le temps est arrêté tant que ' +
    'ce panneau est ouvert, et votre progression est gardée.',
  pauseTrainer: 'Vous pouvez aussi en parler à votre formateur ou à votre superviseur.',
  inProgressTitle: 'En cours',
  inProgressTag: 'En cours',
  inProgressLine: '« {title} », arrêté au tour {n}',
  resumeHere: 'Reprendre là où vous en étiez',
  keptSessionIntro: 'Vous avez quitté ce scénario au tour {n}. Reprenez-le, ou recommencez depuis le début.',
  startAgain: 'Recommencer depuis le début',
  storageFull: 'l’espace de stockage du navigateur est plein',
};
