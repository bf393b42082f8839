/** Turns a diagnostic into text: the `FILE:LINE:COLUMN: severity CODE: message` line, an excerpt and a caret. */
import { neutralizeControls } from '../control-chars.ts';
import type { Diagnostic } from '../types.ts';

const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

/** Control characters of a hostile file (ESC, NUL, BEL…) become U+FFFD, one for one, so the caret stays aligned. */
const safe = neutralizeControls;

/** The first line alone, exactly as the contract prints it. */
export function diagnosticHeader(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`;
}

/** The source line of a diagnostic (1-based), or undefined. Tabs are shown as spaces. */
function sourceLine(source: string, line: number): string | undefined {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const nl = source.indexOf('\n', start);
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  let end = source.indexOf('\n', start);
  if (end < 0) end = source.length;
  return source.slice(start, Math.min(end, start + 400)).replace(/\r$/, '');
}

/** Header, then the offending source line with a caret under the text (and the hint), for terminal and web. */
export function formatDiagnostic(d: Diagnostic, source?: string, opts: { color?: boolean } = {}): string {
  const c = (code: string, s: string) => (opts.color ? `${code}${s}${RESET}` : s);
  const out = [
    c(BOLD, `${safe(d.file)}:${d.line}:${d.column}: `) +
      c(d.severity === 'error' ? RED : YELLOW, `${d.severity} ${d.code}`) +
      `: ${safe(d.message)}`,
  ];
  const text = source === undefined ? undefined : sourceLine(source, d.line);
  if (text !== undefined && text.length > 0 && d.column >= 1 && d.column <= text.length + 1) {
    const gutter = String(d.line).padStart(4);
    const shown = safe(text.replace(/\t/g, ' '));
    const width =
      d.endLine === d.line && d.endColumn && d.endColumn > d.column
        ? Math.min(d.endColumn - d.column, shown.length - d.column + 1)
        : 1;
    out.push(c(DIM, `${gutter} | `) + shown);
    out.push(
      c(DIM, `${' '.repeat(gutter.length)} | `) +
        ' '.repeat(d.column - 1) +
        c(d.severity === 'error' ? RED : YELLOW, '^'.repeat(Math.max(1, width))),
    );
  }
  if (d.hint) out.push(`  hint: ${safe(d.hint)}`);
  return out.join('\n');
}
