/**
 * A diagnostic's message and hint in the UI language: the engine keeps them as data (an English
 * template and its values, `detail`); French reads the same templates from one catalogue. English
 * is the engine's own text, as `rehearse validate` prints it.
 */
import { renderMessage, type ArgRenderer, type DiagnosticText } from '../../engine/diagnostics/message.ts';
import type { Lang } from '../i18n/strings.ts';
import { DIAGNOSTICS_FR } from './diagnostics-fr-catalogue.ts';

/** French spacing of a template: a no-break space before « : ; ? ! » and inside guillemets. */
function frenchSpacing(s: string): string {
  return s
    .replace(/ ([:;?!»])/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ (%)/g, '\u00a0$1');
}

const FR = new Map(Object.entries(DIAGNOSTICS_FR).map(([k, v]) => [k, frenchSpacing(v)]));

/** Words of a place in the file ("node "x".ask.free", "character "y"") in French; keys stay as written. */
const PATH_WORDS: Array<[RegExp, string]> = [
  [/\bnode "/g, 'nœud "'],
  [/\bcompetency "/g, 'compétence "'],
  [/\bcharacter "/g, 'personnage "'],
  [/\bexamples of concept "/g, 'exemples du concept "'],
  [/\bconcept "/g, 'concept "'],
  [/^the answers file/, 'le fichier de réponses'],
  [/^the scenario/, 'le scénario'],
  [/^the concept set/, 'l’ensemble de concepts'],
  [/^answer (\d+)/, 'réponse $1'],
  [/^line$/, 'réplique'],
  [/^test (\w+)$/, 'test ($1)'],
];

const A_TYPE: Record<string, string> = { number: 'un nombre', boolean: 'true/false', string: 'du texte' };
const TYPES: Record<string, string> = { number: 'des nombres', boolean: 'des true/false', string: 'des textes' };

const frenchArg: ArgRenderer = (value, kind) => {
  const v = String(value);
  if (kind === 'path') return PATH_WORDS.reduce((s, [re, to]) => s.replace(re, to), v);
  if (kind === 'a-type') return A_TYPE[v] ?? v;
  if (kind === 'types') return TYPES[v] ?? v;
  return v;
};

/** True when the French catalogue has this English template. */
export function hasFrench(key: string): boolean {
  return FR.has(key);
}

/** The message and hint of a diagnostic (or of an example's verdict) in `lang`; the English text when no data. */
export function diagnosticText(
  d: { message: string; hint?: string; detail?: DiagnosticText },
  lang: Lang,
): { message: string; hint?: string } {
  if (lang === 'en' || !d.detail) return { message: d.message, hint: d.hint };
  const fr = (m: DiagnosticText['message']) => renderMessage(m, (k) => FR.get(k), frenchArg);
  return { message: fr(d.detail.message), hint: d.detail.hint ? fr(d.detail.hint) : d.hint };
}
