/** The trainer preview's own strings, in English and French (loaded with the preview, not in the first bundle). */
import { pluralKey, type PluralBase } from './plural.ts';
import { fillIn, type Lang } from './strings.ts';

const en = {
  severity_error: 'error',
  severity_warning: 'warning',
  problems_none: 'No problem found.',
  problems_errors_one: '{n} error',
  problems_errors_other: '{n} errors',
  problems_warnings_one: '{n} warning',
  problems_warnings_other: '{n} warnings',
  problems_zero_errors: '0 errors',
  problems_zero_warnings: '0 warnings',
  hint: 'Hint:',
  download: 'Download the file',
  downloadNote: 'The file is saved to your computer under the name shown above the editor.',
  fileName: 'File name',
  libraryTitle: 'How this scenario reaches the library',
  libraryNote:
    'The preview never changes the library. To add this scenario: download the file, copy it into the ' +
    '{folder} folder of the project, check it with {validate}, then rebuild the app ({build}). A scenario ' +
    'with an error is left out of the library.',
  testsTitle: 'The file’s tests',
  testsIntro: 'The playthroughs written under “tests:” in the file, played by the engine as `rehearse test` does.',
  runTests: 'Run the tests',
  runningTests: 'Running…',
  noTests: 'This file has no “tests:” yet.',
  testsCannotRun: 'Fix the errors first: the tests play the checked scenario.',
  testsCount_one: '{ok} of {n} test passes',
  testsCount_other: '{ok} of {n} tests pass',
  testOk: 'passes',
  testBad: 'fails',
  testsStale: 'These results are for an earlier version of the text: run them again.',
  examplesLive: 'The examples of the criteria are checked as you type.',
  graphNodes_one: '{n} node',
  graphNodes_other: '{n} nodes',
  graphRoutes_one: '{n} route',
  graphRoutes_other: '{n} routes',
  graphPath: 'path {path}',
  graphStale: 'The file has an error: this is the graph of its last version without error.',
  graphLegend:
    'Columns are steps from the start; a route with a condition shows it; the highlighted path is the last play.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Fit to width',
  zoomReset: 'Actual size',
  zoomLevel: 'Zoom {n} %',
  kind_start: 'start',
  kind_free: 'free text',
  kind_choice: 'choice',
  kind_end: 'end',
  kind_step: 'step',
  kind_unreachable: 'cannot be reached',
  whenLabel: 'if {cond}',
};

/** Every key of the preview's strings. */
export type PreviewKey = keyof typeof en;

const fr: Record<PreviewKey, string> = {
  severity_error: 'erreur',
  severity_warning: 'avertissement',
  problems_none: 'Aucun problème trouvé.',
  problems_errors_one: '{n} erreur',
  problems_errors_other: '{n} erreurs',
  problems_warnings_one: '{n} avertissement',
  problems_warnings_other: '{n} avertissements',
  problems_zero_errors: 'aucune erreur',
  problems_zero_warnings: 'aucun avertissement',
  hint: 'Conseil\u00a0:',
  download: 'Télécharger le fichier',
  downloadNote: 'Le fichier est enregistré sur votre ordinateur sous le nom affiché au-dessus de l’éditeur.',
  fileName: 'Nom du fichier',
  libraryTitle: 'Comment ce scénario arrive dans la bibliothèque',
  libraryNote:
    'L’aperçu ne modifie jamais la bibliothèque. Pour y ajouter ce scénario\u00a0: téléchargez le fichier, ' +
    'copiez-le dans le dossier {folder} du projet, vérifiez-le avec {validate}, puis reconstruisez ' +
    'l’application ({build}). Un scénario qui a une erreur est laissé hors de la bibliothèque.',
  testsTitle: 'Les tests du fichier',
  testsIntro:
    'Les parties écrites sous «\u00a0tests:\u00a0» dans le fichier, jouées par le moteur ' +
    'comme le fait `rehearse test`.',
  runTests: 'Lancer les tests',
  runningTests: 'En cours…',
  noTests: 'Ce fichier n’a pas encore de «\u00a0tests:\u00a0».',
  testsCannotRun: 'Corrigez d’abord les erreurs\u00a0: les tests jouent le scénario vérifié.',
  testsCount_one: '{ok} sur {n} test réussi',
  testsCount_other: '{ok} sur {n} tests réussis',
  testOk: 'réussi',
  testBad: 'échoué',
  testsStale: 'Ces résultats portent sur une version antérieure du texte\u00a0: relancez-les.',
  examplesLive: 'Les exemples des critères sont vérifiés pendant la frappe.',
  graphNodes_one: '{n} nœud',
  graphNodes_other: '{n} nœuds',
  graphRoutes_one: '{n} liaison',
  graphRoutes_other: '{n} liaisons',
  graphPath: 'chemin {path}',
  graphStale: 'Le fichier a une erreur\u00a0: voici le graphe de sa dernière version sans erreur.',
  graphLegend:
    'Les colonnes sont les étapes depuis le début\u00a0; une liaison soumise à une condition l’affiche\u00a0; ' +
    'le chemin surligné est la dernière partie jouée.',
  zoomIn: 'Agrandir',
  zoomOut: 'Réduire',
  zoomFit: 'Ajuster à la largeur',
  zoomReset: 'Taille réelle',
  zoomLevel: 'Zoom {n}\u00a0%',
  kind_start: 'début',
  kind_free: 'texte libre',
  kind_choice: 'choix',
  kind_end: 'fin',
  kind_step: 'étape',
  kind_unreachable: 'inatteignable',
  whenLabel: 'si {cond}',
};

/** The preview's strings, by language. */
export const previewStrings: Record<Lang, Record<PreviewKey, string>> = { en, fr };
const tables = previewStrings;

/** A preview string in `lang`, with `{name}` placeholders filled in. */
export function previewText(lang: Lang, key: PreviewKey, vars?: Record<string, string | number>): string {
  return fillIn(tables[lang][key], vars);
}

/** The form of `key` that the count `n` takes in `lang` (web/i18n/plural.ts), with `{n}` and `vars` filled in. */
export function previewPlural(
  lang: Lang,
  key: PluralBase<PreviewKey>,
  n: number,
  vars?: Record<string, string | number>,
): string {
  return previewText(lang, pluralKey(lang, key, n), { n, ...vars });
}

/** "2 errors, 1 warning" / "2 erreurs, 1 avertissement", with the plural of each count. */
export function problemsCount(lang: Lang, errors: number, warnings: number): string {
  const e = errors === 0 ? 'problems_zero_errors' : pluralKey(lang, 'problems_errors', errors);
  const w = warnings === 0 ? 'problems_zero_warnings' : pluralKey(lang, 'problems_warnings', warnings);
  return `${previewText(lang, e, { n: errors })}, ${previewText(lang, w, { n: warnings })}`;
}
