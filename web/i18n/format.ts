/**
 * How each UI language writes numbers, plurals and punctuation: "71 %" and "Score global : 71 %" in
 * French (espace insécable before « : ; ? ! % »), "71%" and "Overall score: 71%" in English.
 */
import type { Lang } from './strings.ts';

/** The no-break space French puts before « : ; ? ! % » and inside « ». */
export const NBSP = '\u00a0';

/** French spacing of a text written with plain spaces: a no-break space before « : ; ? ! % » and inside « ». */
export function frenchSpacing(s: string): string {
  return s
    .replace(/ ([:;?!»])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ (%)/g, `${NBSP}$1`);
}

/** The language-bound helpers every screen uses with `t`. */
export interface Formatters {
  /** A percentage: "71 %" (fr), "71%" (en). */
  pct(n: number): string;
  /** A label followed by its colon: "Compétences :" (fr), "Competencies:" (en). */
  colon(label: string): string;
  /** Words quoted and joined with "or": « a » ou « b » (fr), “a” or “b” (en). */
  quoted(words: readonly string[]): string;
  /** A date (and time) the way this language writes it. */
  date(iso: string, withTime?: boolean): string;
}

/** The helpers for one language. */
export function formatters(lang: Lang): Formatters {
  const fr = lang === 'fr';
  return {
    pct: (n) => (fr ? `${n}${NBSP}%` : `${n}%`),
    colon: (label) => (fr ? `${label}${NBSP}:` : `${label}:`),
    quoted: (words) => words.map((w) => (fr ? `«${NBSP}${w}${NBSP}»` : `“${w}”`)).join(fr ? ' ou ' : ' or '),
    date: (iso, withTime = false) =>
      new Date(iso).toLocaleString(fr ? 'fr-FR' : 'en-GB', {
        dateStyle: 'medium',
        ...(withTime ? { timeStyle: 'short' as const } : {}),
      }),
  };
}
