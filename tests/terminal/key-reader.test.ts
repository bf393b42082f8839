import { describe, expect, it } from 'vitest';
import { KeyReader, pastedText, type KeyEvent } from '../../terminal/ui/key-reader.ts';
import { edit, EMPTY_LINE, type Line } from '../../terminal/ui/line-edit.ts';

/** The events of chunks given one after the other, without the `used` marks. */
const read = (...chunks: string[]): KeyEvent[] => {
  const r = new KeyReader();
  return [...chunks.flatMap((c) => r.push(c)), ...r.flush()];
};
const key = (name: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}): KeyEvent => ({
  kind: 'key',
  name,
  ctrl: mods.ctrl ?? false,
  meta: mods.meta ?? false,
  shift: mods.shift ?? false,
});

describe('what the keyboard sends, read by Rehearse', () => {
  it('text, Enter, Backspace, Tab and Ctrl chords', () => {
    expect(read('hello\r')).toEqual([{ kind: 'text', text: 'hello' }, key('return')]);
    expect(read('\u007f\b\t\u0015\u0017\u0003')).toEqual([
      key('backspace'),
      key('backspace'),
      key('tab'),
      key('u', { ctrl: true }),
      key('w', { ctrl: true }),
      key('c', { ctrl: true }),
    ]);
  });

  it('arrows, Home/End, Delete, with their modifiers, and Alt chords', () => {
    expect(read('\u001b[D\u001b[C\u001b[H\u001b[F\u001b[3~\u001bOA\u001b[1;5D\u001b[Z\u001bb\u001b\u007f')).toEqual([
      key('left'),
      key('right'),
      key('home'),
      key('end'),
      key('delete'),
      key('up'),
      key('left', { ctrl: true }),
      key('tab', { shift: true }),
      key('b', { meta: true }),
      key('backspace', { meta: true }),
    ]);
  });

  it('drops a typed colour sequence (Ink crashed on it), OSC, BEL and C1 controls, keeping the text around them', () => {
    const events = read('\u001b[31mred\u001b[0m \u001b]0;PWNED\u0007ok\u0007 \u009b5mc1\u009d0;T\u009c end');
    const texts = events.flatMap((e) => (e.kind === 'text' ? [e.text] : []));
    expect(texts.join('')).toBe('red ok c1 end');
    // A lone BEL is what Ctrl-G sends: a key, which no screen uses; never text.
    expect(events.filter((e) => e.kind !== 'text')).toEqual([key('g', { ctrl: true })]);
  });

  it('keeps a sequence cut between two chunks for the next one; a lone ESC is the Escape key', () => {
    expect(read('\u001b[', '1;5C')).toEqual([key('right', { ctrl: true })]);
    expect(read('\u001b]52;c;', 'cm0=\u0007x')).toEqual([{ kind: 'text', text: 'x' }]);
    expect(read('\u001b')).toEqual([key('escape')]);
  });

  it('a bracketed paste is one piece of text: line breaks as spaces, escape sequences and controls removed', () => {
    const events = read(
      '\u001b[200~line one\r\nline\ttwo \u001b[1;31mred\u001b[0m\u001b]52;c;cm0=\u0007\u0007',
      '\u001b[201~\r',
    );
    expect(events).toEqual([{ kind: 'paste', text: 'line one line two red' }, key('return')]);
    const r = new KeyReader();
    const cut = [...r.push('\u001b[200~abc\u001b[2'), ...r.push('01~')];
    expect(cut).toEqual([{ kind: 'paste', text: 'abc' }]);
    expect(pastedText('a\u0085b\u0099c')).toBe('abc');
  });

  it('reads a 100 000-character paste as a single event', () => {
    const big = 'x'.repeat(100_000);
    const events = read(`\u001b[200~${big.slice(0, 4096)}`, big.slice(4096), '\u001b[201~');
    expect(events).toEqual([{ kind: 'paste', text: big }]);
  });
});

/** The line after typing each event in turn. */
const typed = (events: KeyEvent[], from: Line = EMPTY_LINE): Line => events.reduce((l, e) => edit(l, e) ?? l, from);
const text = (s: string): KeyEvent => ({ kind: 'text', text: s });

describe('editing the answer as a shell line', () => {
  it('←/→, Home/End move the cursor; typing inserts at it', () => {
    const l = typed([
      text('hello world'),
      key('left'),
      key('left'),
      key('left'),
      key('left'),
      key('left'),
      text('big '),
      key('home'),
      text('> '),
      key('end'),
      text('!'),
    ]);
    expect(l).toEqual({ text: '> hello big world!', cursor: 18 });
  });

  it('Ctrl-U to the start, Ctrl-K to the end, Ctrl-W and Alt-Backspace the word before', () => {
    const start = { text: 'one two  three', cursor: 9 };
    expect(typed([key('w', { ctrl: true })], start)).toEqual({ text: 'one three', cursor: 4 });
    expect(typed([key('backspace', { meta: true })], start)).toEqual({ text: 'one three', cursor: 4 });
    expect(typed([key('u', { ctrl: true })], start)).toEqual({ text: 'three', cursor: 0 });
    expect(typed([key('k', { ctrl: true })], start)).toEqual({ text: 'one two  ', cursor: 9 });
    expect(typed([key('left', { ctrl: true })], start)).toEqual({ text: start.text, cursor: 4 });
  });

  it('Backspace and Delete remove a whole grapheme: a ZWJ family, a flag, a letter and its combining accent', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(typed([text(`ok${family}`), key('backspace')])).toEqual({ text: 'ok', cursor: 2 });
    expect(typed([text('e\u0301t\u00e9'), key('left'), key('left'), key('backspace')])).toEqual({
      text: 'té',
      cursor: 0,
    });
    expect(typed([text('🇫🇷x'), key('home'), key('delete')])).toEqual({ text: 'x', cursor: 0 });
    expect(typed([text(family), key('left')]).cursor).toBe(0);
  });

  it('Enter and ↑/↓ are not editing keys', () => {
    expect(edit(EMPTY_LINE, key('return'))).toBeNull();
    expect(edit(EMPTY_LINE, key('up'))).toBeNull();
  });
});
