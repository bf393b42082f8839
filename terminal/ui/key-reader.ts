/**
 * What the keyboard sends, read by Rehearse itself rather than by Ink's parser (which crashes on a
 * pasted colour sequence): typed text, a bracketed paste in one piece, and the keys the screens use.
 * Every escape sequence the screens do not know (colours, titles, clipboard writes, OSC, DCS…),
 * BEL and the C1 controls are dropped, so an answer never holds a control character.
 */
import { removeControls } from '../../engine/control-chars.ts';

/** The keys the screens react to (a letter is a Ctrl or Alt chord). */
export type KeyName =
  | 'return'
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'pageup'
  | 'pagedown'
  | 'tab'
  | 'escape'
  | string;

/**
 * One thing the keyboard sent: printable text, a paste, or a key with its modifiers. `used` is set by
 * the screen part that acted on it (the answer field sending on Enter), so that another one listening
 * to the same key (the drill's "Enter: next prompt") leaves it alone.
 */
export type KeyEvent = (
  | { kind: 'text'; text: string }
  | { kind: 'paste'; text: string }
  | { kind: 'key'; name: KeyName; ctrl: boolean; meta: boolean; shift: boolean }
) & { used?: boolean };

const ESC = '\u001b';
const PASTE_END = `${ESC}[201~`;
/** An unfinished sequence longer than this is not a key: it is dropped (a hostile paste without brackets). */
const MAX_PENDING = 4096;

const key = (name: KeyName, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}): KeyEvent => ({
  kind: 'key',
  name,
  ctrl: mods.ctrl === true,
  meta: mods.meta === true,
  shift: mods.shift === true,
});

const CSI_LETTERS: Record<string, KeyName> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };
const CSI_TILDES: Record<string, KeyName> = {
  '1': 'home',
  '3': 'delete',
  '4': 'end',
  '5': 'pageup',
  '6': 'pagedown',
  '7': 'home',
  '8': 'end',
};

/** The modifiers of an xterm parameter (2 = Shift, 3 = Alt, 5 = Ctrl, …). */
function modifiers(param: string | undefined): { ctrl: boolean; meta: boolean; shift: boolean } {
  const m = Math.max(0, Number(param ?? '1') - 1);
  return { shift: (m & 1) !== 0, meta: (m & 2) !== 0, ctrl: (m & 4) !== 0 };
}

/** A CSI sequence's key (`ESC [ 1 ; 5 C` is Ctrl-Right), or null for one the screens ignore (SGR, mouse…). */
function csiKey(params: string, final: string): KeyEvent | null {
  const parts = params.split(';');
  if (final in CSI_LETTERS && /^[\d;]*$/.test(params)) return key(CSI_LETTERS[final]!, modifiers(parts[1]));
  if (final === '~' && parts[0]! in CSI_TILDES) return key(CSI_TILDES[parts[0]!]!, modifiers(parts[1]));
  if (final === 'Z' && params === '') return key('tab', { shift: true });
  return null;
}

/** Where a control string (OSC, DCS, SOS, PM, APC) that starts at `from` ends (BEL or ST), or -1 if not yet. */
function stringEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\u0007' || c === '\u009c') return i + 1;
    if (c === ESC && s[i + 1] === '\\') return i + 2;
    if (c === ESC && i + 1 >= s.length) return -1;
  }
  return -1;
}

/** One sequence at `s[i]` (ESC or a C1 introducer): its key or null, and where it ends; 'pending' if cut. */
function sequenceAt(s: string, i: number): { event: KeyEvent | null; end: number } | 'pending' {
  const c1 = s[i] !== ESC;
  const kind = c1 ? String.fromCharCode(s.charCodeAt(i) - 0x40) : s[i + 1];
  const body = c1 ? i + 1 : i + 2;
  if (kind === undefined) return 'pending';
  if (kind === '[') {
    const m = /^([0-?]*)([ -/]*)([@-~])?/.exec(s.slice(body, body + 64))!;
    if (m[3] === undefined)
      return body + m[0].length >= s.length ? 'pending' : { event: null, end: body + m[0].length };
    const end = body + m[0].length;
    if (`${m[1]}${m[2]}${m[3]}` === '200~') return { event: { kind: 'paste', text: '' }, end };
    return { event: m[2] === '' ? csiKey(m[1]!, m[3]) : null, end };
  }
  if (kind === 'O' && !c1) {
    if (body >= s.length) return 'pending';
    const name = CSI_LETTERS[s[body]!];
    return { event: name ? key(name) : null, end: body + 1 };
  }
  if (kind === ']' || kind === 'P' || kind === 'X' || kind === '^' || kind === '_') {
    const end = stringEnd(s, body);
    return end < 0 ? 'pending' : { event: null, end };
  }
  if (c1) return { event: null, end: i + 1 };
  if (kind === ESC) return { event: key('escape'), end: i + 1 };
  if (kind === '\u007f' || kind === '\b') return { event: key('backspace', { meta: true }), end: i + 2 };
  if (kind >= ' ' && kind <= '~') return { event: key(kind.toLowerCase(), { meta: true }), end: i + 2 };
  return { event: key('escape'), end: i + 1 };
}

/** A control character's key (Enter, Backspace, Tab, Ctrl-letter), or null for one that is dropped. */
function controlKey(ch: string): KeyEvent | null {
  const code = ch.charCodeAt(0);
  if (ch === '\r' || ch === '\n') return key('return');
  if (ch === '\u007f' || ch === '\b') return key('backspace');
  if (ch === '\t') return key('tab');
  if (code >= 1 && code <= 26) return key(String.fromCharCode(code + 96), { ctrl: true });
  return null;
}

/** A pasted text as one line of plain text: its escape sequences removed, line breaks and tabs as spaces. */
export function pastedText(raw: string): string {
  const plain = raw
    .replace(/(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]/g, '')
    .replace(/(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u009c\u001b]*(?:\u0007|\u009c|\u001b\\)?/g, '')
    .replace(/\r\n|[\r\n\t]/g, ' ');
  return removeControls(plain);
}

/** Turns the chunks a terminal sends into key events; keeps an unfinished sequence for the next chunk. */
export class KeyReader {
  private pending = '';
  private paste: string[] | null = null;

  /** The events of one more chunk. */
  push(chunk: string): KeyEvent[] {
    const s = this.pending + chunk;
    this.pending = '';
    const out: KeyEvent[] = [];
    let i = 0;
    while (i < s.length) {
      if (this.paste) {
        const end = s.indexOf(PASTE_END, i);
        if (end < 0) {
          const keep = Math.max(i, s.length - (PASTE_END.length - 1));
          this.paste.push(s.slice(i, keep));
          this.pending = s.slice(keep);
          return out;
        }
        this.paste.push(s.slice(i, end));
        out.push({ kind: 'paste', text: pastedText(this.paste.join('')) });
        this.paste = null;
        i = end + PASTE_END.length;
        continue;
      }
      const code = s.charCodeAt(i);
      if (code === 0x1b || (code >= 0x80 && code <= 0x9f)) {
        const seq = sequenceAt(s, i);
        if (seq === 'pending') {
          this.pending = s.length - i > MAX_PENDING ? '' : s.slice(i);
          return out;
        }
        if (seq.event?.kind === 'paste') this.paste = [];
        else if (seq.event) out.push(seq.event);
        i = seq.end;
        continue;
      }
      if (code < 0x20 || code === 0x7f) {
        const k = controlKey(s[i]!);
        if (k) out.push(k);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.length) {
        const c = s.charCodeAt(j);
        if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f)) break;
        j++;
      }
      out.push({ kind: 'text', text: s.slice(i, j) });
      i = j;
    }
    return out;
  }

  /** True while a lone ESC (or a cut sequence) waits for the next chunk. */
  hasPending(): boolean {
    return this.pending !== '' && this.paste === null;
  }

  /** Ends a wait: a lone ESC is the Escape key; anything else unfinished is dropped. */
  flush(): KeyEvent[] {
    const was = this.pending;
    this.pending = '';
    return was === ESC ? [key('escape')] : [];
  }
}
