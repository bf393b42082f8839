/**
 * A diagnostic's message and hint in the UI language: the engine keeps them as data (an English
 * template and its values, `detail`); French reads the same templates from one catalogue. English
 * is the engine's own text with its counts worded (app/diagnostic-words.ts), as `rehearse validate` prints it.
 */
import { renderMessage, type ArgRenderer, type DiagnosticText } from '../../engine/diagnostics/message.ts';
import { frenchSpacing } from '../i18n/format.ts';
import { countedArg, englishText } from '../../app/diagnostic-words.ts';
import type { Lang } from '../i18n/strings.ts';
import { DIAGNOSTICS_FR } from './diagnostics-fr-catalogue.ts';

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
  const count = countedArg('fr', value, kind);
  if (count !== undefined) return count;
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
  if (!d.detail) return { message: d.message, hint: d.hint };
  if (lang === 'en') return englishText(d);
  const fr = (m: DiagnosticText['message']) => renderMessage(m, (k) => FR.get(k), frenchArg);
  return { message: fr(d.detail.message), hint: d.detail.hint ? fr(d.detail.hint) : d.hint };
}
