/** The UI language: chosen from the browser, switchable, remembered; `useT` gives the translator. */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { formatters, type Formatters } from './format.ts';
import { translate, translatePlural, type Lang, type PluralStringKey, type StringKey } from './strings.ts';

/** A translator bound to the current language. */
export type T = (key: StringKey, vars?: Record<string, string | number>) => string;

/** A translator of counted things bound to the current language: the `_one` or `_other` form of `key` for `n`. */
export type TP = (key: PluralStringKey, n: number, vars?: Record<string, string | number>) => string;

interface LangValue extends Formatters {
  lang: Lang;
  t: T;
  tp: TP;
  setLang(lang: Lang): void;
}

const valueFor = (lang: Lang, setLang: (l: Lang) => void): LangValue => ({
  lang,
  t: (k, v) => translate(lang, k, v),
  tp: (k, n, v) => translatePlural(lang, k, n, v),
  ...formatters(lang),
  setLang,
});

const LangContext = createContext<LangValue>(valueFor('en', () => {}));

const KEY = 'rehearse.lang';

/** The language to start with: the one saved, else the browser's, else English. */
export function initialLang(storage: Storage | null, navigatorLang: string | undefined): Lang {
  const saved = storage?.getItem(KEY);
  if (saved === 'fr' || saved === 'en') return saved;
  return navigatorLang?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Provides the language to the app and keeps `<html lang>` in step. */
export function LangProvider({
  initial,
  storage,
  children,
}: {
  initial: Lang;
  storage: Storage | null;
  children: ReactNode;
}) {
  const [lang, setLangState] = useState<Lang>(initial);
  const value = useMemo<LangValue>(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
    return valueFor(lang, (next) => {
      storage?.setItem(KEY, next);
      setLangState(next);
    });
  }, [lang, storage]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

/** The current language, its translator and the switch. */
export function useLang(): LangValue {
  return useContext(LangContext);
}
