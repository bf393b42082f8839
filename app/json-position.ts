/** Where in a text something is: a character offset as line and column, and the place a JSON.parse error points at. */

/** The line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

/** Where a JSON.parse error of this text is (the parser's message, else the first character that cannot start JSON). */
export function jsonErrorPosition(text: string, e: unknown): { line: number; column: number } | null {
  const message = e instanceof Error ? e.message : String(e);
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const at = /at position (\d+)/.exec(message);
  if (at) return lineColumn(text, Number(at[1]));
  const first = text.search(/\S/);
  return first >= 0 && !/[{["\-0-9tfn]/.test(text[first]!) ? lineColumn(text, first) : null;
}
