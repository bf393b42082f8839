/** Step 1 of the analysis: the raw pieces of a text with their offsets in the original string. */
import { fold } from './fold.ts';
import type { Language } from './lang.ts';

/** A word (lower-cased, NFC) or a clause break, with its [start, end) range in the original text. */
export type Piece = { word: string; start: number; end: number } | { word: null; start: number; end: number };

const PIECES = /[\p{L}\p{N}\p{M}]+|['’‘ʼ`´′]|[.,;:!?…]/gu;
const APOSTROPHES = "'’‘ʼ`´′";
const BREAKS = '.,;:!?…';
const NON_ASCII = /[^\x00-\x7f]/;
const isApostrophe = (s: string) => s.length === 1 && APOSTROPHES.includes(s);

/**
 * Splits a text into lower-cased words and clause breaks (`. , ; : ! ? …`). Hyphens and
 * apostrophes split words; French elisions (`l' j' t' d' qu' s' m' c' n'`) are separate words
 * (`n'` is `ne`); an English "n't" stays on its word ("don't"). Offsets are in the original text.
 */
export function scan(text: string, lang: Language, english: boolean): Piece[] {
  const raw: Array<{ s: string; start: number; end: number }> = [];
  for (const m of text.matchAll(PIECES)) raw.push({ s: m[0], start: m.index, end: m.index + m[0].length });
  const out: Piece[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    if (isApostrophe(r.s)) continue;
    if (r.s.length === 1 && BREAKS.includes(r.s)) {
      out.push({ word: null, start: r.start, end: r.end });
      continue;
    }
    let word = r.s.toLowerCase();
    if (NON_ASCII.test(word)) word = word.normalize('NFC');
    let end = r.end;
    const apo = raw[i + 1];
    const after = raw[i + 2];
    if (apo && apo.start === end && isApostrophe(apo.s)) {
      if (english && word.endsWith('n') && after && after.start === apo.end && after.s.toLowerCase() === 't') {
        word = `${word}'t`;
        end = after.end;
        i += 2;
      } else {
        const elided = lang.elisions.get(fold(word));
        if (elided !== undefined) word = elided;
      }
    }
    out.push({ word, start: r.start, end });
  }
  return out;
}
