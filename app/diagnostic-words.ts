/**
 * The counts in the checker's messages, worded where the message is shown: the engine gives a diagnostic its
 * English template and its values (engine/diagnostics/message.ts) and writes a count as "space(s)"; the
 * terminal and the web preview say "1 space", "2 spaces", « 1 espace » by the one plural rule (app/plural.ts).
 */
import { renderMessage, type ArgRenderer, type DiagnosticText } from '../engine/diagnostics/message.ts';
import type { Diagnostic, Locale } from '../engine/types.ts';
import { pluralForm } from './plural.ts';

/** The nouns of `{0:spaces}` and `{0:items}`: a count written with its noun in the form the count takes. */
const COUNTED: Record<Locale, Record<string, Record<'one' | 'other', string>>> = {
  en: { spaces: { one: 'space', other: 'spaces' }, items: { one: 'item', other: 'items' } },
  fr: { spaces: { one: 'espace', other: 'espaces' }, items: { one: 'élément', other: 'éléments' } },
};

/** "1 espace", "2 spaces" for a counted kind (`spaces`, `items`) of `lang`; undefined for any other value or kind. */
export function countedArg(lang: Locale, value: string | number | undefined, kind: string): string | undefined {
  const noun = COUNTED[lang][kind];
  return noun && typeof value === 'number' ? `${value} ${noun[pluralForm(lang, value)]}` : undefined;
}

/** The engine's English templates that count spaces (engine/load/yaml-slips.ts), with the count and its noun. */
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

const englishArg: ArgRenderer = (value, kind) => countedArg('en', value, kind) ?? String(value);
const english = (m: DiagnosticText['message']) => renderMessage(m, (k) => EN.get(k), englishArg);

/** The message and hint of a diagnostic in English, each count with its noun ("add 1 space before "seconds""). */
export function englishText(d: { message: string; hint?: string; detail?: DiagnosticText }): {
  message: string;
  hint?: string;
} {
  if (!d.detail) return d.hint === undefined ? { message: d.message } : { message: d.message, hint: d.hint };
  const hint = d.detail.hint ? english(d.detail.hint) : d.hint;
  return hint === undefined ? { message: english(d.detail.message) } : { message: english(d.detail.message), hint };
}

/** The diagnostic as the terminal prints it: its English message and hint with their counts worded. */
export function inEnglish(d: Diagnostic): Diagnostic {
  return { ...d, ...englishText(d) };
}
