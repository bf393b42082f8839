/**
 * Scripted answers in YAML: the items of a scenario's `tests[].answers`, and a whole answers file
 * for `rehearse run --answers` (a list of the same items). One reader for both, with the checker's
 * positions and codes. Never throws.
 */
import { LineCounter, parseDocument } from 'yaml';
import { msg } from '../diagnostics/message.ts';
import type { Diagnostic, ScriptedAnswer } from '../types.ts';
import type { Collected } from './collect.ts';
import { LoadContext, isMap, isSeq, yamlKind, TooComplex, type Node } from './context.ts';
import { readList, readMap, readNumber, readText } from './read.ts';

/** One scripted answer: text (or an option id), `{ text, seconds }` or `{ choice, seconds }`. */
export function readScriptedAnswer(
  ctx: LoadContext,
  n: Node | null,
  what: string,
  found?: Collected,
): ScriptedAnswer | undefined {
  if (!n || !isMap(n)) return readText(ctx, n, what);
  const f = readMap(ctx, n, what, ['text', 'choice', 'seconds']);
  if (!f) return undefined;
  const seconds = f.get('seconds');
  const sec = seconds ? readNumber(ctx, seconds.value, `${what}.seconds`, { min: 0 }) : undefined;
  const withSec = <T extends object>(a: T) => (sec === undefined ? a : { ...a, seconds: sec });
  const text = f.get('text');
  const choice = f.get('choice');
  if (!text === !choice) {
    ctx.report('RH013', n, msg`${what} needs exactly one of "text" or "choice"`);
    return undefined;
  }
  if (choice) {
    const c = readText(ctx, choice.value, `${what}.choice`);
    if (c === undefined) return undefined;
    found?.refs.push({ kind: 'option', id: c, at: choice.value, what: 'test choice' });
    return withSec({ choice: c });
  }
  const t = readText(ctx, text!.value, `${what}.text`);
  return t === undefined ? undefined : withSec({ text: t });
}

/** What an answers file gives: the answers with their 1-based positions, and every diagnostic. */
export interface LoadedAnswers {
  answers: ScriptedAnswer[];
  positions: Array<{ line: number; column: number }>;
  diagnostics: Diagnostic[];
}

/** Reads an answers file (a YAML list of answers); `answers` is empty when any diagnostic is an error. */
export function loadAnswers(text: string, file = 'answers.yaml'): LoadedAnswers {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const ctx = new LoadContext(file, doc, lc, text);
  let answers: ScriptedAnswer[] = [];
  const positions: LoadedAnswers['positions'] = [];
  try {
    for (const e of doc.errors) ctx.report('RH001', e.pos[0], e.message.split('\n')[0]!.replace(/ at line \d+.*$/, ''));
    const root = ctx.deref(doc.contents);
    if (!doc.errors.length && !isSeq(root)) {
      const what = msg`the answers file must be a YAML list of answers, e.g. ["Bonjour", refuse], not ${yamlKind(root)}`;
      ctx.report('RH002', root, what);
    } else if (!doc.errors.length) {
      answers = readList(ctx, root, 'the answers file', (item, i) => {
        const answer = readScriptedAnswer(ctx, item, `answer ${i + 1}`);
        const at = lc.linePos(item?.range?.[0] ?? 0);
        if (answer !== undefined) positions.push({ line: at.line, column: at.col });
        return answer;
      });
    }
  } catch (e) {
    if (e instanceof TooComplex) ctx.report('RH005', e.offset, e.message);
    else ctx.report('RH000', 0, msg`the checker failed on this file: ${(e as Error)?.message ?? String(e)}`);
  }
  const diagnostics = ctx.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return diagnostics.some((d) => d.severity === 'error')
    ? { answers: [], positions: [], diagnostics }
    : { answers, positions, diagnostics };
}
