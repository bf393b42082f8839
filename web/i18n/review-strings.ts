/** The trainer review screen's strings, in English and French (loaded with the screen, not in the first bundle). */
import { frenchSpacing } from './format.ts';
import { pluralKey, type PluralBase } from './plural.ts';
import { fillIn, type Lang } from './strings.ts';

const en = {
  title: 'Trainer review',
  intro:
    'Open a scenario file and the progress exports of your trainees, then go through their answers prompt by ' +
    'prompt: agree with the engine or correct it. Everything stays in this browser until you export it.',
  openScenario: 'Open the scenario (YAML)',
  addFiles: 'Add progress exports or reviews (JSON)',
  yourName: 'Your name (written into your review)',
  scenarioProblems: 'This scenario file does not load:',
  noScenario: 'Open a scenario file to start.',
  noAnswers: 'No typed answer to review yet: add the progress exports of your trainees.',
  keys:
    'Keys: Enter or A agree and go on · 1–9 flip a criterion · C comment it · J / K next / previous answer · ] / [ ' +
    'next / previous prompt.',
  prompt: 'Prompt {n} of {of}',
  answer: 'Answer {n} of {of} at this prompt',
  reviewedCount_one: '{done} of {n} answer reviewed by you',
  reviewedCount_other: '{done} of {n} answers reviewed by you',
  notReviewed: 'Not reviewed by you yet: the verdicts shown are the engine’s.',
  reviewed: 'Reviewed by you.',
  engineSays: 'Engine:',
  youSay: 'You:',
  whoSays: '{name}:',
  kind_yes: '“yes”',
  kind_no: '“no”',
  met: 'met',
  notMet: 'not met',
  changed: 'you corrected the engine',
  flipKey: 'Flip ({key})',
  comment: 'Comment on {id}',
  agree: 'Agree and next (Enter)',
  previous: 'Previous',
  next: 'Next',
  source_one: 'From {n} attempt',
  source_other: 'From {n} attempts',
  exportReview: 'Export my review (JSON)',
  exportFor: 'One trainee’s answers:',
  exportForButton: 'Export their part (JSON)',
  saveScenario: 'Save the scenario file',
  figures: 'Agreement',
  figuresIntro:
    'Per criterion: each trainer against the engine, and the trainers among themselves. κ is Cohen’s kappa (two ' +
    'raters), Fleiss’ κ and Krippendorff’s α are for three or more; Gwet’s AC1 stays meaningful when a criterion is ' +
    'rarely met.',
  criterion: 'Criterion',
  answers: 'Answers',
  vsEngine: '{name} vs engine',
  between: 'Between trainers',
  engineWrong: 'Engine wrong',
  wrongOf: '{n} of {of}',
  leniency: 'Leniency',
  leniencyIntro:
    'How often each trainer credits what the engine does not (lenient), and refuses what it credits (strict).',
  trainer: 'Trainer',
  compared: 'Verdicts',
  lenient: 'Lenient',
  strict: 'Strict',
  ranked: 'Criteria where the engine is wrong most often',
  noEngineError: 'The trainers have not found the engine wrong so far.',
  disagreements: 'Disagreements',
  disagreementsIntro:
    'Answers where trainers split (for a calibration meeting), then answers where the trainers agree and the engine ' +
    'does not. Add one as an example of its criterion to test the phrases against it.',
  noDisagreement: 'No disagreement so far.',
  trainersSplit: 'Trainers split',
  engineDiffers: 'The engine differs',
  addYes: 'Add as a “yes” example',
  addNo: 'Add as a “no” example',
  suggest: 'Suggest a phrase',
  noSuggestion: 'No short phrase of this answer catches it without firing on a “no” example.',
  suggestion: '“{phrase}” ({words}; {also})',
  words_one: '{n} word',
  words_other: '{n} words',
  alsoCatches_one: 'also catches {n} other answer',
  alsoCatches_other: 'also catches {n} other answers',
  accept: 'Add this phrase',
  examplesOf: 'Examples of {id}, judged by the engine now',
  exampleOk: 'behaves',
  exampleBad: 'does not behave',
  // notices
  importedProgress: '{file}: {added} from {attempts}{dup}{other}.',
  newAnswers_one: '{n} new answer',
  newAnswers_other: '{n} new answers',
  attempts_one: '{n} attempt',
  attempts_other: '{n} attempts',
  answers_one: '{n} answer',
  answers_other: '{n} answers',
  trainers_one: '{n} trainer',
  trainers_other: '{n} trainers',
  duplicates_one: ', {n} already there',
  duplicates_other: ', {n} already there',
  otherScenario_one: '; {n} attempt of another scenario left out',
  otherScenario_other: '; {n} attempts of other scenarios left out',
  importedReview: '{file}: review of {answers} by {reviewers} merged.',
  importedLrs: '{file}: {added} from the LRS{dup}.',
  lrsWithoutText_one:
    '{n} answer was sent without its text and cannot be reviewed (the organisation decides whether the ' +
    'text is sent).',
  lrsWithoutText_other:
    '{n} answers were sent without their text and cannot be reviewed (the organisation decides whether the ' +
    'text is sent).',
  lrsOtherVersion_one: '{n} was given with another version of the scenario: the engine read it again.',
  lrsOtherVersion_other: '{n} were given with another version of the scenario: the engine read them again.',
  lrsUnreadable_one: '{n} Rehearse statement could not be read.',
  lrsUnreadable_other: '{n} Rehearse statements could not be read.',
  lrsTitle: 'Read answers from an LRS',
  lrsIntro:
    'Queries your organisation’s Learning Record Store for this scenario’s answers. Only answers sent with ' +
    'their text can be reviewed. Nothing is sent to the LRS but the query.',
  lrsEndpoint: 'Statements API (endpoint)',
  lrsUser: 'Key (username)',
  lrsPassword: 'Secret (password)',
  lrsRead: 'Read from the LRS',
  staleReview: 'It was made with another version of the scenario: the engine’s verdicts were read again.',
  setAside_one: '{file}: {n} part could not be read and was set aside ({first}).',
  setAside_other: '{file}: {n} parts could not be read and were set aside (first: {first}).',
  importError: '{file}: {reason}',
  exampleAdded: 'Added as a {kind} example of {criterion}. Save the scenario file to keep it.',
  phraseAdded: 'Phrase “{phrase}” added to {criterion}. Save the scenario file to keep it.',
  resumed_one: 'Your review of this scenario was restored ({n} answer).',
  resumed_other: 'Your review of this scenario was restored ({n} answers).',
  storageFull: 'Your work could not be saved in this browser ({reason}); it is still on the page — export it.',
  na: 'n/a',
};

/** A key of the review screen's dictionary. */
export type ReviewKey = keyof typeof en;

/** Written with plain spaces; French spacing (no-break spaces before « : ; ? ! ») is added below. */
const frPlain: Record<ReviewKey, string> = {
  title: 'Revue formateur',
  intro:
    'Ouvrez un fichier de scénario et les exports de progression de vos stagiaires, puis parcourez leurs réponses ' +
    'question par question : validez le verdict du moteur ou corrigez-le. Rien ne quitte ce navigateur tant que ' +
    'vous n’exportez pas.',
  openScenario: 'Ouvrir le scénario (YAML)',
  addFiles: 'Ajouter des exports de progression ou des revues (JSON)',
  yourName: 'Votre nom (inscrit dans votre revue)',
  scenarioProblems: 'Ce fichier de scénario ne se charge pas :',
  noScenario: 'Ouvrez un fichier de scénario pour commencer.',
  noAnswers: 'Aucune réponse tapée à revoir : ajoutez les exports de progression de vos stagiaires.',
  keys:
    'Touches : Entrée ou A valider et continuer · 1–9 inverser un critère · C le commenter · J / K réponse suivante ' +
    '/ précédente · ] / [ question suivante / précédente.',
  prompt: 'Question {n} sur {of}',
  answer: 'Réponse {n} sur {of} à cette question',
  reviewedCount_one: '{done} sur {n} réponse revue par vous',
  reviewedCount_other: '{done} sur {n} réponses revues par vous',
  notReviewed: 'Pas encore revue par vous : les verdicts affichés sont ceux du moteur.',
  reviewed: 'Revue par vous.',
  engineSays: 'Moteur :',
  youSay: 'Vous :',
  whoSays: '{name} :',
  kind_yes: '« oui » (yes)',
  kind_no: '« non » (no)',
  met: 'atteint',
  notMet: 'non atteint',
  changed: 'vous avez corrigé le moteur',
  flipKey: 'Inverser ({key})',
  comment: 'Commentaire sur {id}',
  agree: 'Valider et suivante (Entrée)',
  previous: 'Précédente',
  next: 'Suivante',
  source_one: 'Vient de {n} tentative',
  source_other: 'Vient de {n} tentatives',
  exportReview: 'Exporter ma revue (JSON)',
  exportFor: 'Les réponses d’un stagiaire :',
  exportForButton: 'Exporter sa partie (JSON)',
  saveScenario: 'Enregistrer le fichier de scénario',
  figures: 'Accord',
  figuresIntro:
    'Par critère : chaque formateur face au moteur, et les formateurs entre eux. κ est le kappa de Cohen (deux ' +
    'évaluateurs) ; le κ de Fleiss et l’α de Krippendorff valent pour trois ou plus ; l’AC1 de Gwet reste parlant ' +
    'quand un critère est rarement atteint.',
  criterion: 'Critère',
  answers: 'Réponses',
  vsEngine: '{name} face au moteur',
  between: 'Entre formateurs',
  engineWrong: 'Moteur en erreur',
  wrongOf: '{n} sur {of}',
  leniency: 'Indulgence',
  leniencyIntro:
    'À quelle fréquence chaque formateur accorde ce que le moteur refuse (indulgent), et refuse ce qu’il accorde ' +
    '(sévère).',
  trainer: 'Formateur',
  compared: 'Verdicts',
  lenient: 'Indulgent',
  strict: 'Sévère',
  ranked: 'Critères où le moteur se trompe le plus souvent',
  noEngineError: 'Les formateurs n’ont pas encore trouvé le moteur en erreur.',
  disagreements: 'Désaccords',
  disagreementsIntro:
    'Les réponses où les formateurs divergent (pour une réunion d’étalonnage), puis celles où ils sont d’accord et ' +
    'le moteur non. Ajoutez-en une comme exemple de son critère pour y tester les formulations.',
  noDisagreement: 'Aucun désaccord pour l’instant.',
  trainersSplit: 'Formateurs partagés',
  engineDiffers: 'Le moteur diffère',
  addYes: 'Ajouter comme exemple « oui »',
  addNo: 'Ajouter comme exemple « non »',
  suggest: 'Proposer une formulation',
  noSuggestion: 'Aucune formulation courte de cette réponse ne la capte sans déclencher un exemple « non ».',
  suggestion: '« {phrase} » ({words} ; {also})',
  words_one: '{n} mot',
  words_other: '{n} mots',
  alsoCatches_one: 'capte aussi {n} autre réponse',
  alsoCatches_other: 'capte aussi {n} autres réponses',
  accept: 'Ajouter cette formulation',
  examplesOf: 'Exemples de {id}, jugés par le moteur maintenant',
  exampleOk: 'conforme',
  exampleBad: 'non conforme',
  importedProgress: '{file} : {added} de {attempts}{dup}{other}.',
  newAnswers_one: '{n} nouvelle réponse',
  newAnswers_other: '{n} nouvelles réponses',
  attempts_one: '{n} tentative',
  attempts_other: '{n} tentatives',
  answers_one: '{n} réponse',
  answers_other: '{n} réponses',
  trainers_one: '{n} formateur',
  trainers_other: '{n} formateurs',
  duplicates_one: ', {n} déjà présente',
  duplicates_other: ', {n} déjà présentes',
  otherScenario_one: ' ; {n} tentative d’un autre scénario écartée',
  otherScenario_other: ' ; {n} tentatives d’autres scénarios écartées',
  importedReview: '{file} : revue de {answers} par {reviewers} fusionnée.',
  importedLrs: '{file} : {added} du LRS{dup}.',
  lrsWithoutText_one:
    '{n} réponse envoyée sans son texte ne peut pas être revue (l’organisation décide si le texte ' + 'est envoyé).',
  lrsWithoutText_other:
    '{n} réponses envoyées sans leur texte ne peuvent pas être revues (l’organisation décide si le texte ' +
    'est envoyé).',
  lrsOtherVersion_one: '{n} a été donnée avec une autre version du scénario : le moteur l’a relue.',
  lrsOtherVersion_other: '{n} ont été données avec une autre version du scénario : le moteur les a relues.',
  lrsUnreadable_one: '{n} déclaration Rehearse illisible.',
  lrsUnreadable_other: '{n} déclarations Rehearse illisibles.',
  lrsTitle: 'Lire les réponses dans un LRS',
  lrsIntro:
    'Interroge le Learning Record Store de votre organisation pour les réponses à ce scénario. Seules les ' +
    'réponses envoyées avec leur texte peuvent être revues. Rien n’est envoyé au LRS, sauf la requête.',
  lrsEndpoint: 'API des déclarations (endpoint)',
  lrsUser: 'Clé (identifiant)',
  lrsPassword: 'Secret (mot de passe)',
  lrsRead: 'Lire dans le LRS',
  staleReview: 'Elle a été faite sur une autre version du scénario : les verdicts du moteur ont été relus.',
  setAside_one: '{file} : {n} élément illisible mis de côté ({first}).',
  setAside_other: '{file} : {n} éléments illisibles mis de côté (premier : {first}).',
  importError: '{file} : {reason}',
  exampleAdded: 'Ajoutée comme exemple {kind} de {criterion}. Enregistrez le fichier de scénario pour la garder.',
  phraseAdded: 'Formulation « {phrase} » ajoutée à {criterion}. Enregistrez le fichier de scénario pour la garder.',
  resumed_one: 'Votre revue de ce scénario a été restaurée ({n} réponse).',
  resumed_other: 'Votre revue de ce scénario a été restaurée ({n} réponses).',
  storageFull:
    'Votre travail n’a pas pu être enregistré dans ce navigateur ({reason}) ; il reste sur la page : exportez-le.',
  na: 'n. d.',
};

const fr = Object.fromEntries(Object.entries(frPlain).map(([key, text]) => [key, frenchSpacing(text)])) as Record<
  ReviewKey,
  string
>;

const dictionaries: Record<Lang, Record<ReviewKey, string>> = { en, fr };

/** The review-screen strings, by language (for the tests: no count written "(s)"). */
export const reviewStrings: Readonly<Record<Lang, Readonly<Record<ReviewKey, string>>>> = dictionaries;

/** A key of the review screen with a `_one` and an `_other` form, named without the suffix. */
export type ReviewPluralKey = PluralBase<ReviewKey>;

/** A review-screen string for a key, with `{name}` placeholders filled in. */
export function reviewText(lang: Lang, key: ReviewKey, vars?: Record<string, string | number>): string {
  return fillIn(dictionaries[lang][key], vars);
}

/** The form of `key` that the count `n` takes in `lang` (web/i18n/plural.ts), with `{n}` and `vars` filled in. */
export function reviewPlural(lang: Lang, key: ReviewPluralKey, n: number, vars?: Record<string, string | number>) {
  return reviewText(lang, pluralKey(lang, key, n), { n, ...vars });
}
