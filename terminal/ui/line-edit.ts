/**
 * Editing one line of text as a shell does: ←/→ by character (a grapheme: an emoji family, a letter
 * and its accent), Ctrl/Alt-←/→ by word, Home/End (Ctrl-A/Ctrl-E), Backspace and Delete by grapheme,
 * Ctrl-U (to the start), Ctrl-K (to the end), Ctrl-W and Alt-Backspace (the word before). Pure.
 */
import type { KeyEvent } from './key-reader.ts';

/** The text being typed and the cursor (a UTF-16 offset, always between two graphemes). */
export interface Line {
  text: string;
  cursor: number;
}

/** An empty line. */
export const EMPTY_LINE: Line = { text: '', cursor: 0 };

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** No grapheme is longer than this many UTF-16 units: segmenting a window keeps a 100 000-character line fast. */
const WINDOW = 128;

/** The offset of the grapheme boundary before `at`. */
export function previousBoundary(text: string, at: number): number {
  if (at <= 0) return 0;
  const from = Math.max(0, at - WINDOW);
  let last = from;
  for (const { index } of graphemes.segment(text.slice(from, at))) last = from + index;
  return last;
}

/** The offset of the grapheme boundary after `at`. */
export function nextBoundary(text: string, at: number): number {
  if (at >= text.length) return text.length;
  for (const { segment } of graphemes.segment(text.slice(at, at + WINDOW))) return at + segment.length;
  return at + 1;
}

/** The start of the word before `at` (spaces before it skipped), as Ctrl-W sees words. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  return i;
}

/** The end of the word after `at`. */
function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  while (i < text.length && !/\s/.test(text[i]!)) i++;
  return i;
}

/** `line` with `text` typed at the cursor. */
export function insert(line: Line, text: string): Line {
  if (!text) return line;
  return {
    text: line.text.slice(0, line.cursor) + text + line.text.slice(line.cursor),
    cursor: line.cursor + text.length,
  };
}

const cut = (line: Line, from: number, to: number): Line => ({
  text: line.text.slice(0, from) + line.text.slice(to),
  cursor: from,
});

/** What a key does to the line; null when the key is not an editing key (Enter, ↑, a digit for a list…). */
export function edit(line: Line, e: KeyEvent): Line | null {
  if (e.kind !== 'key') return insert(line, e.text);
  const { text, cursor } = line;
  const word = e.ctrl || e.meta;
  switch (e.ctrl ? `C-${e.name}` : e.meta ? `M-${e.name}` : e.name) {
    case 'left':
    case 'C-left':
    case 'M-left':
    case 'C-b':
      return { text, cursor: word && e.name === 'left' ? wordStart(text, cursor) : previousBoundary(text, cursor) };
    case 'right':
    case 'C-right':
    case 'M-right':
    case 'C-f':
      return { text, cursor: word && e.name === 'right' ? wordEnd(text, cursor) : nextBoundary(text, cursor) };
    case 'M-b':
      return { text, cursor: wordStart(text, cursor) };
    case 'M-f':
      return { text, cursor: wordEnd(text, cursor) };
    case 'home':
    case 'C-a':
      return { text, cursor: 0 };
    case 'end':
    case 'C-e':
      return { text, cursor: text.length };
    case 'backspace':
    case 'C-h':
      return cut(line, previousBoundary(text, cursor), cursor);
    case 'delete':
    case 'C-d':
      return cut(line, cursor, nextBoundary(text, cursor));
    case 'C-u':
      return cut(line, 0, cursor);
    case 'C-k':
      return cut(line, cursor, text.length);
    case 'C-w':
    case 'M-backspace':
      return cut(line, wordStart(text, cursor), cursor);
    default:
      return null;
  }
}
