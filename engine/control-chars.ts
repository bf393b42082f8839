/**
 * Control characters, the one rule: C0 controls other than tab and line feed, DEL and the C1 controls
 * (U+0080–U+009F). A terminal obeys them (ESC starts a colour, a title, a clipboard write; BEL rings),
 * so every text from a scenario file or an answer is checked (`validate`, RH069) and neutralised
 * before a terminal draws it.
 */

/** One control character (tab and line feed excluded: they are layout). */
export const CONTROL_CHAR = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const CONTROL_CHARS = new RegExp(CONTROL_CHAR.source, 'g');

/** Each control character replaced by U+FFFD, one for one (offsets, spans and carets stay aligned). */
export function neutralizeControls(text: string): string {
  return CONTROL_CHAR.test(text) ? text.replace(CONTROL_CHARS, '\uFFFD') : text;
}

/** The text without its control characters (what an answer keeps of a paste). */
export function removeControls(text: string): string {
  return CONTROL_CHAR.test(text) ? text.replace(CONTROL_CHARS, '') : text;
}

/** The index of the first control character of `text`, or -1. */
export function firstControl(text: string): number {
  return text.search(CONTROL_CHAR);
}

/** A readable name for a control character, e.g. "ESC (U+001B)". */
export function controlName(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const named: Record<number, string> = { 0x00: 'NUL', 0x07: 'BEL', 0x08: 'BS', 0x0d: 'CR', 0x1b: 'ESC', 0x7f: 'DEL' };
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = named[code] ?? (code >= 0x80 ? 'C1 control' : 'control');
  return `${name} (${hex})`;
}
