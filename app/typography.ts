/**
 * French punctuation for screens that wrap text themselves (the terminal): the space before « ? ! ; : »
 * and after « becomes a no-break space, so that a line never starts with "?" or "»". One for one, so
 * that the engine's match spans still fall on the same characters.
 */

const BEFORE = / (?=[?!;:»])/g;
const AFTER = /« /g;

/** `text` with French no-break spaces around its punctuation (the same length as `text`). */
export function frenchSpacing(text: string): string {
  if (!text.includes(' ')) return text;
  return text.replace(BEFORE, '\u00a0').replace(AFTER, '«\u00a0');
}
