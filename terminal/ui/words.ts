/** The words of the play and drill screens, in the scenario's language (fr or en). */
import { createContext, useContext } from 'react';
import type { Locale } from '../../engine/types.ts';

const en = {
  you: 'You: ',
  hint: 'hint: ',
  noMatch: 'No criterion matched: 0 points.',
  critical: 'critical error: ',
  late: '(answered after the time limit)',
  recorded: 'Answer recorded (exam mode: feedback in the debrief).',
  left: (s: number) => `⏱ ${s}s left`,
  timeUp: '⏱ time is up — answer anyway (it counts as late)',
  placeholder: 'type your answer, Enter to send',
  keysFree: 'Enter: send · Ctrl-C: save and quit',
  keysChoice: '↑↓ + Enter or a digit: choose · Ctrl-C: save and quit',
  empty: 'Type an answer before pressing Enter.',
  exam: '  [exam: feedback at the end]',
  notes: 'Content notes: ',
  debrief: 'Debrief: ',
  outcome: 'Outcome: ',
  notFinished: 'not finished',
  passed: '✓ PASSED',
  notPassed: '✗ NOT PASSED',
  score: (s: number, pass: number) => `  score ${s} (pass mark ${pass})`,
  criticals: 'Critical errors',
  competencies: 'Competencies',
  notAssessed: '– not assessed here',
  answers: 'Your answers',
  lateTag: ', late',
  model: 'model answer: ',
  takeaways: 'Takeaways',
  resources: 'Resources',
  finish: 'Enter: finish',
  drill: (n: number, total: number) => `Drill ${n}/${total}`,
  promptScore: (s: number) => `Score for this prompt: ${s} `,
  next: 'Enter: next prompt',
  toSummary: 'Enter: see the summary',
  summary: (p: number, n: number) => `Drill summary: ${p}/${n} passed`,
  criticalTag: '  critical error',
  averages: 'Competencies (average over this drill, weakest first)',
  missed: 'Prompts you missed come first in your next drill.',
};

/** The words of one language. */
export type Words = typeof en;

const fr: Words = {
  you: 'Vous : ',
  hint: 'indice : ',
  noMatch: 'Aucun critère reconnu : 0 point.',
  critical: 'erreur critique : ',
  late: '(réponse après le temps indiqué)',
  recorded: 'Réponse enregistrée (mode examen : retours au débriefing).',
  left: (s) => `⏱ ${s} s restantes`,
  timeUp: '⏱ temps écoulé — répondez quand même (comptée en retard)',
  placeholder: 'tapez votre réponse, Entrée pour envoyer',
  keysFree: 'Entrée : envoyer · Ctrl-C : sauvegarder et quitter',
  keysChoice: '↑↓ + Entrée ou un chiffre : choisir · Ctrl-C : sauvegarder et quitter',
  empty: 'Tapez une réponse avant d’appuyer sur Entrée.',
  exam: '  [examen : retours à la fin]',
  notes: 'Thèmes abordés : ',
  debrief: 'Débriefing : ',
  outcome: 'Issue : ',
  notFinished: 'non terminé',
  passed: '✓ RÉUSSI',
  notPassed: '✗ NON RÉUSSI',
  score: (s, pass) => `  score ${s} (seuil ${pass})`,
  criticals: 'Erreurs critiques',
  competencies: 'Compétences',
  notAssessed: '– non évaluée ici',
  answers: 'Vos réponses',
  lateTag: ', en retard',
  model: 'réponse modèle : ',
  takeaways: 'À retenir',
  resources: 'Ressources',
  finish: 'Entrée : terminer',
  drill: (n, total) => `Exercice ${n}/${total}`,
  promptScore: (s) => `Score pour cette question : ${s} `,
  next: 'Entrée : question suivante',
  toSummary: 'Entrée : voir le bilan',
  summary: (p, n) => `Bilan de l’exercice : ${p}/${n} réussies`,
  criticalTag: '  erreur critique',
  averages: 'Compétences (moyenne sur cet exercice, la plus faible d’abord)',
  missed: 'Les questions manquées reviendront en premier au prochain exercice.',
};

/** The words for a language. */
export function wordsFor(locale: Locale): Words {
  return locale === 'fr' ? fr : en;
}

/** The language of the screens below (English by default). */
export const WordsContext = createContext<Words>(en);

/** The words of the current screen. */
export function useWords(): Words {
  return useContext(WordsContext);
}
