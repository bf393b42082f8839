/** The review screen's translator, bound to the app's current language. */
import { useMemo } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { reviewPlural, reviewText, type ReviewKey, type ReviewPluralKey } from '../i18n/review-strings.ts';

/** A function giving a review-screen string in the current language; `plural` gives the form a count takes. */
export interface ReviewT {
  (key: ReviewKey, vars?: Record<string, string | number>): string;
  plural(key: ReviewPluralKey, n: number, vars?: Record<string, string | number>): string;
}

/** The translator of `lang` for the review screen. */
export function reviewWords(lang: Parameters<typeof reviewText>[0]): ReviewT {
  const r = (key: ReviewKey, vars?: Record<string, string | number>) => reviewText(lang, key, vars);
  return Object.assign(r, {
    plural: (key: ReviewPluralKey, n: number, vars?: Record<string, string | number>) =>
      reviewPlural(lang, key, n, vars),
  });
}

/** The translator for the review screen. */
export function useReviewText(): ReviewT {
  const { lang } = useLang();
  return useMemo(() => reviewWords(lang), [lang]);
}
