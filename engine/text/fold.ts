/** Accent folding shared by the text analysis. */

const MARKS = /\p{M}+/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Removes accents (and unfolds œ æ ß) from an already lower-cased word: "été" → "ete", "cœur" → "coeur". */
export function fold(word: string): string {
  let out = word;
  if (/[^\x00-\x7f]/.test(out)) {
    out = out.normalize('NFD').replace(MARKS, '');
    if (/[œæß]/.test(out)) out = out.replace(/[œæß]/g, (c) => LIGATURES[c] ?? c);
  }
  return out;
}
