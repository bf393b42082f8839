/**
 * Every text a scenario, an answer or a saved file gives the terminal, made safe and readable before
 * Ink draws it: control characters as U+FFFD (engine/control-chars.ts: an ESC can never set a colour,
 * a title or the clipboard), tabs as spaces, and French punctuation with no-break spaces. One for one,
 * so that the engine's match spans still fall on the same characters.
 */
import { frenchSpacing } from '../../app/typography.ts';
import { neutralizeControls } from '../../engine/control-chars.ts';
import type { Locale } from '../../engine/types.ts';

/** `text` as the terminal shows it in `locale`. */
export function screenText(text: string, locale: Locale = 'en'): string {
  const safe = neutralizeControls(text.includes('\t') ? text.replace(/\t/g, ' ') : text);
  return locale === 'fr' ? frenchSpacing(safe) : safe;
}

/** A line of a wrapped paragraph after the first, without the space wrapping left at its start. */
export function trimWrapped(line: string, index: number): string {
  return index === 0 ? line : line.replace(/^((?:\u001b\[[0-9;]*m)*) /, '$1');
}

/**
 * `text` cut into lines of at most `columns` cells at its spaces (never inside a word, nor at a
 * no-break space), for a message written after Ink has left the screen; a word longer than a line stays whole,
 * and so does `keep` (a command to copy).
 */
export function wrapWords(text: string, columns: number, keep = ''): string {
  const width = Math.max(20, columns - 1);
  const glue = '\u0000'; // neutralised text never holds a NUL
  const glued = keep ? text.replace(keep, keep.replace(/ /g, glue)) : text;
  return glued
    .split('\n')
    .map((paragraph) => {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(' ')) {
        if (line && [...line].length + 1 + [...word].length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      return [...lines, line].join('\n');
    })
    .join('\n')
    .replace(/\u0000/g, ' ');
}
