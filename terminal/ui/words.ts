/** The words of the terminal's screens (menu, picker, play, drill, progress), in the session's language (fr or en). */
import { createContext, useContext } from 'react';
import type { Locale } from '../../engine/types.ts';
import { counted } from '../../app/plural.ts';

const en = {
  locale: 'en' as Locale,
  you: 'You: ',
  says: (name: string) => `${name}: `,
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
  stuffed: {
    fragments: 'No points: this reads as a list of keywords.',
    repeated: 'No points: this answer was given before (pasted again).',
  },
  stuffedTurn: 'No points: a list of keywords, or an answer given before.',
  withheld: (n: number) => ` (+${n} withheld)`,
  leftOut: 'left out, fails the session: ',
  longAnswer: (n: number) => `(${n.toLocaleString('en')} characters; ←/→ and Home/End move through it)`,
  moreChars: (n: number) => ` … (${n.toLocaleString('en')} more characters)`,
  notWritable: (dir: string, why: string) =>
    `Rehearse cannot save in ${dir} (${why}): what you answer now will not be kept. ` +
    'Fix the folder’s permissions, or set XDG_DATA_HOME to a folder you can write to.',
  notSavedNow: 'not saved',
  sessionSaved: (id: string) => `Session saved. Continue it with: rehearse play --resume ${id}`,
  drillStopped: 'Drill stopped. The prompts you answered are saved in your progress.',
  drillStoppedUnsaved: 'Drill stopped. The prompts you answered could not be saved (see above).',
  continuing: (title: string, n: number, id: string) =>
    `Continuing your interrupted session of "${title}" (${counted('en', n, 'answer', 'answers')} so far).` +
    ` To start again: rehearse play ${id} --restart`,
  restarted: (title: string) => `Your interrupted session of "${title}" is discarded: starting again.`,
  inUse: (title: string, pid: number) =>
    `"${title}" is being played in another terminal (process ${pid}): finish it there, or play another scenario.`,
  nothingToResume: (where: string) => `there is no interrupted session to resume (nothing saved in ${where}).`,
  noSuchSession: (id: string, list: string) => `no interrupted session of "${id}". Waiting: ${list}.`,
  resumedEnded: 'This session had ended: its result is now in your progress.',
  menuTagline: 'Role-play training for people who protect children online.',
  menuItems: {
    drill: 'Quick drill — 5 prompts, about five minutes',
    play: 'Play a whole scenario',
    progress: 'My progress',
    validate: 'Validate scenario files (rehearse validate)',
    quit: 'Quit',
  },
  menuKeys: '↑↓ + Enter or a digit · Ctrl-C: quit',
  validateTitle: 'Validate scenario files — same as `rehearse validate PATH`',
  validateAsk: (bundled: string) => `File or folder to check (Enter alone: ${bundled})`,
  noErrors: 'No errors.',
  pickTitle: (shown: number, total: number) => `Choose a scenario (${shown} of ${total})`,
  filter: 'Filter: ',
  more: (n: number) => `${n} more`,
  noneBundled: 'No scenario is bundled.',
  noneMatches: 'No scenario matches this filter.',
  pickKeys: 'Type to filter (e.g. "fr call", "s04") · ↑↓ + Enter: play · Ctrl-C: quit',
  interrupted: '↺ interrupted: continues where you left it',
  progressTitle: 'Your progress',
  noAttempts: 'No attempts yet. Try `rehearse drill` or `rehearse play`.',
  /** Column heads of the progress tables: each column is as wide as its head (at least its figures). */
  heads: { scenario: 'Scenario', competency: 'Competency', tries: 'tries', best: 'best', last: 'last', trend: 'trend' },
  drillsDone: (n: number, passed: number) =>
    `Drills: ${counted('en', n, 'prompt', 'prompts')} answered, ${passed} passed.`,
};

/** The words of one language. */
export type Words = typeof en;

const fr: Words = {
  locale: 'fr',
  you: 'Vous : ',
  says: (name) => `${name} : `,
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
  stuffed: {
    fragments: 'Aucun point : la réponse se lit comme une liste de mots-clés.',
    repeated: 'Aucun point : cette réponse a déjà été donnée (collée à nouveau).',
  },
  stuffedTurn: 'Aucun point : une liste de mots-clés, ou une réponse déjà donnée.',
  withheld: (n) => ` (+${n} non accordés)`,
  leftOut: 'oubli qui fait échouer la session : ',
  longAnswer: (n) => `(${n.toLocaleString('fr')} caractères ; ←/→ et Début/Fin pour s’y déplacer)`,
  moreChars: (n) => ` … (${n.toLocaleString('fr')} caractères de plus)`,
  notWritable: (dir, why) =>
    `Rehearse ne peut pas enregistrer dans ${dir} (${why}) : ce que vous répondez maintenant ne sera pas conservé. ` +
    'Corrigez les droits du dossier, ou donnez à XDG_DATA_HOME un dossier où vous pouvez écrire.',
  notSavedNow: 'non enregistré',
  sessionSaved: (id) => `Session enregistrée. Pour la reprendre : rehearse play --resume ${id}`,
  drillStopped:
    'Exercice interrompu. Les questions auxquelles vous avez répondu sont enregistrées dans votre progression.',
  drillStoppedUnsaved:
    'Exercice interrompu. Les questions auxquelles vous avez répondu n’ont pas pu être enregistrées (voir plus haut).',
  continuing: (title, n, id) =>
    `Reprise de votre session interrompue de « ${title} »` +
    ` (${counted('fr', n, 'réponse déjà donnée', 'réponses déjà données')}).` +
    ` Pour recommencer : rehearse play ${id} --restart`,
  restarted: (title) => `Votre session interrompue de « ${title} » est abandonnée : on recommence.`,
  inUse: (title, pid) =>
    `« ${title} » est en cours dans un autre terminal (processus ${pid}) :` +
    ' terminez-la là-bas, ou choisissez un autre scénario.',
  nothingToResume: (where) => `aucune session interrompue à reprendre (rien d’enregistré dans ${where}).`,
  noSuchSession: (id, list) => `aucune session interrompue de « ${id} ». En attente : ${list}.`,
  resumedEnded: 'Cette session était terminée : son résultat est maintenant dans votre progression.',
  menuTagline: 'Entraînement par jeux de rôle pour les personnes qui protègent les enfants en ligne.',
  menuItems: {
    drill: 'Exercice rapide — 5 questions, environ cinq minutes',
    play: 'Jouer un scénario complet',
    progress: 'Ma progression',
    validate: 'Vérifier des fichiers de scénario (rehearse validate)',
    quit: 'Quitter',
  },
  menuKeys: '↑↓ + Entrée ou un chiffre · Ctrl-C : quitter',
  validateTitle: 'Vérifier des fichiers de scénario — comme `rehearse validate CHEMIN`',
  validateAsk: (bundled) => `Fichier ou dossier à vérifier (Entrée seule : ${bundled})`,
  noErrors: 'Aucune erreur.',
  pickTitle: (shown, total) => `Choisir un scénario (${shown} sur ${total})`,
  filter: 'Filtre : ',
  more: (n) => `${n} de plus`,
  noneBundled: 'Aucun scénario n’est fourni avec Rehearse.',
  noneMatches: 'Aucun scénario ne correspond à ce filtre.',
  pickKeys: 'Tapez pour filtrer (p. ex. « fr call », « s04 ») · ↑↓ + Entrée : jouer · Ctrl-C : quitter',
  interrupted: '↺ interrompu : reprend là où vous en étiez',
  progressTitle: 'Votre progression',
  noAttempts: 'Aucune tentative pour l’instant. Essayez `rehearse drill` ou `rehearse play`.',
  heads: {
    scenario: 'Scénario',
    competency: 'Compétence',
    tries: 'essais',
    best: 'max',
    last: 'dernier',
    trend: 'tendance',
  },
  drillsDone: (n, passed) =>
    `Exercices : ${counted('fr', n, 'question traitée', 'questions traitées')},` +
    ` ${counted('fr', passed, 'réussie', 'réussies')}.`,
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
