/** The library's orders: the trainee's language first, and the next scenario in the same language. */
import type { ScenarioMeta } from './meta.ts';

/** The items in `lang` first, each group in its own order. */
export function languageFirst<T extends { locale: string }>(items: readonly T[], lang: string): T[] {
  return [...items.filter((x) => x.locale === lang), ...items.filter((x) => x.locale !== lang)];
}

/** The scenario after `id` among those of its language (from the start again after the last), if another one. */
export function nextInLanguage<T extends Pick<ScenarioMeta, 'id' | 'locale'>>(library: readonly T[], id: string) {
  const current = library.find((s) => s.id === id);
  if (!current) return undefined;
  const same = library.filter((s) => s.locale === current.locale);
  const i = same.indexOf(current);
  return same.length > 1 ? same[(i + 1) % same.length] : undefined;
}
