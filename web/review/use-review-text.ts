/** The review screen's translator, bound to the app's current language. */
import { useCallback } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { reviewText, type ReviewKey } from '../i18n/review-strings.ts';

/** A function giving a review-screen string in the current language. */
export type ReviewT = (key: ReviewKey, vars?: Record<string, string | number>) => string;

/** The translator for the review screen. */
export function useReviewText(): ReviewT {
  const { lang } = useLang();
  return useCallback<ReviewT>((key, vars) => reviewText(lang, key, vars), [lang]);
}
