import { describe, expect, it } from 'vitest';
import { evalCondition, parseCondition, type ConditionEnv } from '../../engine/condition/index.ts';
import type { Expr } from '../../engine/types.ts';

const parse = (src: string): Expr => {
  const r = parseCondition(src);
  if (!r.ok) throw new Error(`${src}: ${r.message}`);
  return r.expr;
};
const v = (name: string): Expr => ({ k: 'var', name });
const lit = (value: number | boolean | string): Expr => ({ k: 'lit', value });

describe('parseCondition', () => {
  it('and binds tighter than or; not covers a comparison; parentheses group', () => {
    expect(parse('a and b or not c')).toEqual({
      k: 'or',
      a: { k: 'and', a: v('a'), b: v('b') },
      b: { k: 'not', e: v('c') },
    });
    expect(parse('a and (b or c)')).toEqual({ k: 'and', a: v('a'), b: { k: 'or', a: v('b'), b: v('c') } });
    expect(parse('not trust > 2')).toEqual({ k: 'not', e: { k: 'cmp', op: '>', a: v('trust'), b: lit(2) } });
  });
  it('numbers (negative, decimal), strings in either quote, true/false, late and the three functions', () => {
    expect(parse('x >= -2.5')).toEqual({ k: 'cmp', op: '>=', a: v('x'), b: lit(-2.5) });
    expect(parse(`mood == "ok" or mood != 'bad'`)).toEqual({
      k: 'or',
      a: { k: 'cmp', op: '==', a: v('mood'), b: lit('ok') },
      b: { k: 'cmp', op: '!=', a: v('mood'), b: lit('bad') },
    });
    expect(parse('true == false')).toEqual({ k: 'cmp', op: '==', a: lit(true), b: lit(false) });
    expect(parse('late')).toEqual({ k: 'late' });
    expect(parse('matched(welcome) and chose("pay") or visited(wrap-up)')).toEqual({
      k: 'or',
      a: { k: 'and', a: { k: 'call', fn: 'matched', arg: 'welcome' }, b: { k: 'call', fn: 'chose', arg: 'pay' } },
      b: { k: 'call', fn: 'visited', arg: 'wrap-up' },
    });
  });
  it.each([
    ['a && b', 2, 'use "and" instead of "&&"'],
    ['a || b', 2, 'use "or" instead of "||"'],
    ['!a', 0, 'use "not" to negate, or "!=" to compare'],
    ['trust = 2', 6, 'use "==" to compare, not "="'],
    ['trust => 3', 6, 'write ">=", not "=>": the "=" comes second'],
    ['trust =< 3', 6, 'write "<=", not "=<": the "=" comes second'],
    ['1 < x < 3', 6, 'comparisons cannot be chained: use "and"'],
    ['(a or b', 7, 'missing ")"'],
    ['a b', 2, 'unexpected "b" after a complete condition (missing "and" / "or"?)'],
    ['foo(x)', 0, 'unknown function "foo" (use matched, chose or visited)'],
    ['matched x', 8, 'matched needs an id in parentheses, e.g. matched(some_id)'],
    ['chose()', 6, 'chose() needs an id'],
    ['mood == "ok', 8, 'this string has no closing quote'],
    ['x == 1.2.3', 5, '"1.2.3" is not a number'],
    ['a and', 5, 'the condition ends too early'],
    ['and a', 0, '"and" cannot stand here'],
    ['x == #', 5, 'unexpected character "#"'],
    ['process.exit(1)', 7, 'unexpected character "."'],
    ['', 0, 'the condition is empty'],
    ['   ', 0, 'the condition is empty'],
  ])('%j fails at offset %i: %s', (src, offset, message) => {
    expect(parseCondition(src)).toMatchObject({ ok: false, offset, message });
  });
  it('refuses conditions that are too long or nested too deeply, without a stack overflow', () => {
    expect(parseCondition('a'.repeat(2001))).toMatchObject({
      ok: false,
      offset: 0,
      message: 'this condition is longer than 2000 characters',
    });
    expect(parseCondition(`${'('.repeat(500)}a${')'.repeat(500)}`)).toMatchObject({
      ok: false,
      message: 'this condition is nested too deeply',
    });
    expect(parseCondition(`${'not '.repeat(400)}a`)).toMatchObject({
      ok: false,
      message: 'this condition is nested too deeply',
    });
  });
});

describe('evalCondition', () => {
  const env = (over: Partial<ConditionEnv> = {}): ConditionEnv => ({
    vars: Object.assign(Object.create(null), { trust: 2, told: false, mood: 'ok' }),
    late: false,
    matched: (id) => id === 'welcome',
    chose: (id) => id === 'refuse',
    visited: (id) => id === 'opening',
    ...over,
  });
  const holds = (src: string, e = env()) => evalCondition(parse(src), e);
  it('compares numbers, text and true/false from the state', () => {
    expect(holds('trust >= 2 and trust < 3')).toBe(true);
    expect(holds('mood == "ok" and not told')).toBe(true);
    expect(holds('trust > 2 or mood != "ok"')).toBe(false);
  });
  it('matched / chose / visited / late ask the session', () => {
    expect(holds('matched(welcome) and chose(refuse) and visited(opening)')).toBe(true);
    expect(holds('matched(blame) or chose(pay) or visited(hang_up)')).toBe(false);
    expect(holds('late')).toBe(false);
    expect(holds('late', env({ late: true }))).toBe(true);
  });
  it('a variable the state does not have is false, even one named like a prototype member', () => {
    expect(holds('constructor or toString or __proto__')).toBe(false);
    expect(holds('constructor', env({ vars: {} }))).toBe(false);
  });
});
