/**
 * The checker's messages as data, so that a screen can show them in its own language: a message is
 * its English template (the key, e.g. `unknown key "{0}" in {1}.{2}`) and the values put into it.
 * The English text is the template filled in; a translation is a catalogue keyed by the same
 * templates (web/preview/diagnostics-fr.ts). Codes and positions never depend on it.
 */

/** A value put into a message: text, a number, or another message (a "Did you mean" part, a kind of value). */
export type MessageArg = string | number | MessageRef | undefined;

/** One message of the checker: its English template and its values (plain data: it crosses a worker). */
export interface MessageRef {
  key: string;
  args: MessageArg[];
}

/** A message and its hint as data (what `Diagnostic.detail` holds). */
export interface DiagnosticText {
  message: MessageRef;
  hint?: MessageRef;
}

/** The tag that makes a message: msg`unknown key "${name}" in ${what}.` → key `unknown key "{0}" in {1}.`. */
export function msg(parts: TemplateStringsArray, ...args: MessageArg[]): MessageRef {
  let key = parts[0]!;
  for (let i = 1; i < parts.length; i++) key += `{${i - 1}}${parts[i]}`;
  return { key, args };
}

/** True for a message made with `msg`. */
export function isMessageRef(v: unknown): v is MessageRef {
  return typeof v === 'object' && v !== null && typeof (v as MessageRef).key === 'string';
}

/** How a catalogue turns one value into text: `kind` is what follows the colon in `{0:kind}` (may be empty). */
export type ArgRenderer = (value: string | number | undefined, kind: string) => string;

/**
 * A message as text. Without a catalogue (or for a key it lacks) it is the English template filled in;
 * with one, the catalogue's template, whose `{0:kind}` placeholders are given to `arg` to translate.
 */
export function renderMessage(
  m: MessageRef | string,
  catalogue?: (key: string) => string | undefined,
  arg: ArgRenderer = (v) => String(v),
): string {
  if (typeof m === 'string') return m;
  const template = catalogue?.(m.key) ?? m.key;
  const english = template === m.key;
  return template.replace(/\{(\d+)(?::([\w-]+))?\}/g, (whole, i: string, kind: string | undefined) => {
    const n = Number(i);
    if (n >= m.args.length) return whole;
    const v = m.args[n];
    if (isMessageRef(v)) return renderMessage(v, catalogue, arg);
    return english ? String(v) : arg(v, kind ?? '');
  });
}
