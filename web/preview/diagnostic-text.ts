/**
 * A diagnostic's message and hint in the UI language: the engine keeps them as data (an English
 * template and its values, `detail`); French reads the same templates from one catalogue. English
 * is the engine's own text, as `rehearse validate` prints it.
 */
import { renderMessage, type ArgRenderer, type DiagnosticText } from '../../engine/diagnostics/message.ts';
import { frenchSpacing } from '../i18n/format.ts';
import { pluralForm } from '../i18n/plural.ts';
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

/** The nouns of `{0:spaces}` and `{0:items}`: a count written with its noun in the form the count takes. */
const COUNTED: Record<Lang, Record<string, Record<'one' | 'other', string>>> = {
  en: { spaces: { one: 'space', other: 'spaces' }, items: { one: 'item', other: 'items' } },
  fr: { spaces: { one: 'espace', other: 'espaces' }, items: { one: 'élément', other: 'éléments' } },
};

/** "1 espace", "2 spaces" for a counted kind of `lang`; undefined for any other value or kind. */
function counted(lang: Lang, value: string | number | undefined, kind: string): string | undefined {
  const noun = COUNTED[lang][kind];
  return noun && typeof value === 'number' ? `${value} ${noun[pluralForm(lang, value)]}` : undefined;
}

/**
 * The engine's English templates that write a count as "space(s)" (engine/load/yaml-slips.ts), as the preview
 * shows them in English: the count with its noun in the right form.
 */
const EN = new Map(
  Object.entries({
    'add {0} space(s) before "{1}"': 'add {0:spaces} before "{1}"',
    'remove {0} space(s) before "{1}"': 'remove {0:spaces} before "{1}"',
    ['this line is indented by {0} spaces, but the keys of its block by {1}: the keys of one block start at the ' +
    'same column']:
      'this line is indented by {0:spaces}, but the keys of its block by {1:spaces}: the keys of one block start at ' +
      'the same column',
  }),
);

const englishArg: ArgRenderer = (value, kind) => counted('en', value, kind) ?? String(value);

const frenchArg: ArgRenderer = (value, kind) => {
  const count = counted('fr', value, kind);
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
  if (lang === 'en') {
    const en = (m: DiagnosticText['message']) => renderMessage(m, (k) => EN.get(k), englishArg);
    return { message: en(d.detail.message), hint: d.detail.hint ? en(d.detail.hint) : d.hint };
  }
  const fr = (m: DiagnosticText['message']) => renderMessage(m, (k) => FR.get(k), frenchArg);
  return { message: fr(d.detail.message), hint: d.detail.hint ? fr(d.detail.hint) : d.hint };
}
