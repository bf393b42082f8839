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
  // sessions
  inProgressTag: 'In progress',
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
  inProgressTag: 'En cours',
  resumeHere: 'Reprendre là où vous en étiez',
  keptSessionIntro: 'Vous avez quitté ce scénario au tour {n}. Reprenez-le, ou recommencez depuis le début.',
  startAgain: 'Recommencer depuis le début',
  storageFull: 'l’espace de stockage du navigateur est plein',
};
