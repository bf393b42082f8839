/**
 * The `when` language: a recursive-descent parser (never eval). Grammar, loosest first:
 *   or := and ('or' and)* ; and := not ('and' not)* ; not := 'not' not | cmp
 *   cmp := atom (('=='|'!='|'<'|'<='|'>'|'>=') atom)?
 *   atom := number | "string" | 'string' | true | false | late | name | fn '(' id ')' | '(' or ')'
 */
import { msg, renderMessage, type MessageRef } from '../diagnostics/message.ts';
import type { Expr } from '../types.ts';

type Tok = { t: 'num' | 'str' | 'name' | 'op' | 'punct' | 'end'; v: string; at: number };

const MAX_LENGTH = 2000;
const MAX_DEPTH = 64;

class ParseError {
  constructor(
    readonly message: MessageRef,
    readonly offset: number,
  ) {}
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const at = i;
    if (
      /[0-9]/.test(ch) ||
      (ch === '-' &&
        /[0-9]/.test(src[i + 1] ?? '') &&
        !/(num|name|str)/.test(out[out.length - 1]?.t ?? '') &&
        out[out.length - 1]?.v !== ')')
    ) {
      i++;
      while (i < src.length && /[0-9.]/.test(src[i]!)) i++;
      const v = src.slice(at, i);
      if (!/^-?\d+(\.\d+)?$/.test(v)) throw new ParseError(msg`"${v}" is not a number`, at);
      out.push({ t: 'num', v, at });
    } else if (ch === '"' || ch === "'") {
      i++;
      while (i < src.length && src[i] !== ch) i++;
      if (i >= src.length) throw new ParseError(msg`this string has no closing quote`, at);
      out.push({ t: 'str', v: src.slice(at + 1, i), at });
      i++;
    } else if (/[\p{L}_]/u.test(ch)) {
      while (i < src.length && /[\p{L}\p{M}\p{N}_-]/u.test(src[i]!)) i++;
      out.push({ t: 'name', v: src.slice(at, i), at });
    } else if ('=!<>'.includes(ch)) {
      const two = src.slice(i, i + 2);
      if (['==', '!=', '<=', '>='].includes(two)) {
        out.push({ t: 'op', v: two, at });
        i += 2;
      } else if (ch === '<' || ch === '>') {
        out.push({ t: 'op', v: ch, at });
        i++;
      } else if (ch === '=' && (src[i + 1] === '>' || src[i + 1] === '<')) {
        const [op, wrong] = [`${src[i + 1]}=`, `=${src[i + 1]}`];
        throw new ParseError(msg`write "${op}", not "${wrong}": the "=" comes second`, at);
      } else if (ch === '=') throw new ParseError(msg`use "==" to compare, not "="`, at);
      else throw new ParseError(msg`use "not" to negate, or "!=" to compare`, at);
    } else if (ch === '(' || ch === ')') {
      out.push({ t: 'punct', v: ch, at });
      i++;
    } else if (ch === '&' || ch === '|') {
      throw new ParseError(
        msg`use "${ch === '&' ? 'and' : 'or'}" instead of "${src.slice(i, i + 2).replace(/[^&|]/g, '')}"`,
        at,
      );
    } else {
      throw new ParseError(msg`unexpected character "${ch}"`, at);
    }
  }
  out.push({ t: 'end', v: '', at: src.length });
  return out;
}

const FUNCTIONS = new Set(['matched', 'chose', 'visited']);
const KEYWORDS = new Set(['and', 'or', 'not', 'true', 'false', 'late']);

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly toks: Tok[]) {}
  private peek(): Tok {
    return this.toks[this.i]!;
  }
  private next(): Tok {
    return this.toks[this.i++]!;
  }
  private isWord(v: string): boolean {
    const t = this.peek();
    return t.t === 'name' && t.v === v;
  }

  parse(): Expr {
    const e = this.or();
    const t = this.peek();
    if (t.t !== 'end')
      throw new ParseError(msg`unexpected "${t.v}" after a complete condition (missing "and" / "or"?)`, t.at);
    return e;
  }
  private enter(at: number) {
    if (++this.depth > MAX_DEPTH) throw new ParseError(msg`this condition is nested too deeply`, at);
  }
  private or(): Expr {
    let a = this.and();
    while (this.isWord('or')) {
      this.next();
      a = { k: 'or', a, b: this.and() };
    }
    return a;
  }
  private and(): Expr {
    let a = this.not();
    while (this.isWord('and')) {
      this.next();
      a = { k: 'and', a, b: this.not() };
    }
    return a;
  }
  private not(): Expr {
    if (this.isWord('not')) {
      const t = this.next();
      this.enter(t.at);
      const e: Expr = { k: 'not', e: this.not() };
      this.depth--;
      return e;
    }
    return this.cmp();
  }
  private cmp(): Expr {
    const a = this.atom();
    const t = this.peek();
    if (t.t !== 'op') return a;
    this.next();
    const b = this.atom();
    const op = this.peek();
    if (op.t === 'op') throw new ParseError(msg`comparisons cannot be chained: use "and"`, op.at);
    return { k: 'cmp', op: t.v as Extract<Expr, { k: 'cmp' }>['op'], a, b };
  }
  private atom(): Expr {
    const t = this.next();
    if (t.t === 'num') return { k: 'lit', value: Number(t.v) };
    if (t.t === 'str') return { k: 'lit', value: t.v };
    if (t.t === 'punct' && t.v === '(') {
      this.enter(t.at);
      const e = this.or();
      this.depth--;
      const close = this.next();
      if (close.t !== 'punct' || close.v !== ')') throw new ParseError(msg`missing ")"`, close.at);
      return e;
    }
    if (t.t === 'name') {
      if (t.v === 'true' || t.v === 'false') return { k: 'lit', value: t.v === 'true' };
      if (t.v === 'late') return { k: 'late' };
      if (FUNCTIONS.has(t.v)) {
        const open = this.next();
        if (open.t !== 'punct' || open.v !== '(')
          throw new ParseError(msg`${t.v} needs an id in parentheses, e.g. ${t.v}(some_id)`, open.at);
        const arg = this.next();
        if (arg.t !== 'name' && arg.t !== 'str' && arg.t !== 'num')
          throw new ParseError(msg`${t.v}() needs an id`, arg.at);
        const close = this.next();
        if (close.t !== 'punct' || close.v !== ')') throw new ParseError(msg`missing ")"`, close.at);
        return { k: 'call', fn: t.v as 'matched' | 'chose' | 'visited', arg: arg.v };
      }
      if (KEYWORDS.has(t.v)) throw new ParseError(msg`"${t.v}" cannot stand here`, t.at);
      const after = this.peek();
      if (after.t === 'punct' && after.v === '(')
        throw new ParseError(msg`unknown function "${t.v}" (use matched, chose or visited)`, t.at);
      return { k: 'var', name: t.v };
    }
    if (t.t === 'end') throw new ParseError(msg`the condition ends too early`, t.at);
    throw new ParseError(msg`unexpected "${t.v}"`, t.at);
  }
}

/** Parses a `when` condition; a syntax error gives its message and its offset in `src`. Never throws. */
export function parseCondition(
  src: string,
): { ok: true; expr: Expr } | { ok: false; message: string; offset: number; text: MessageRef } {
  const fail = (text: MessageRef, offset: number) => ({
    ok: false as const,
    message: renderMessage(text),
    offset,
    text,
  });
  if (src.length > MAX_LENGTH) return fail(msg`this condition is longer than ${MAX_LENGTH} characters`, 0);
  if (src.trim() === '') return fail(msg`the condition is empty`, 0);
  try {
    return { ok: true, expr: new Parser(tokenize(src)).parse() };
  } catch (e) {
    if (e instanceof ParseError) return fail(e.message, e.offset);
    return fail(msg`this condition could not be read`, 0);
  }
}
