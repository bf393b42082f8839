/** "Did you mean …?": the closest known word to a typo. */
import { msg, type MessageRef } from '../diagnostics/message.ts';

/** Edit distance where swapping two neighbouring letters ("titel" → "title") counts as one edit. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The closest candidate within a small edit distance, or undefined. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Math.max(1, Math.min(3, Math.floor(w.length / 3)));
  let count = 0;
  for (const c of candidates) {
    if (++count > 20000) break;
    const d = distance(w, c.toLowerCase());
    if (d <= bestD && (best === undefined || d < bestD)) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** " Did you mean "x"?" or an empty message. */
export function didYouMean(word: string, candidates: Iterable<string>): MessageRef {
  const s = suggest(word, candidates);
  return s ? msg` Did you mean "${s}"?` : msg``;
}
