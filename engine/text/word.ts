/** One word of an analysed text, as it goes through the scanner, the segmenter and the analysis. */
import type { Scope } from './scope.ts';
import type { WordInfo } from './units.ts';

/**
 * A word with everything the analysis learns about it. One object per word all the way through (the
 * words left to match are returned as tokens), so that analysing an answer allocates little.
 */
export interface TextWord {
  /** The word, lower-cased as typed (NFC). */
  word: string;
  start: number;
  end: number;
  /** Clause breaks, quotation marks and fragment separators (`/`) since the previous word, in order. */
  before: string;
  /** Set by the segmenter. */
  info: WordInfo;
  scope: Scope;
  clause: number;
  /** Dropped from the words to match: a marker, a function word, a clause word. */
  dropped: boolean;
  /** A break or a quotation mark follows this word. */
  gapAfter: boolean;
  /** Set by the analysis (see Token). */
  keys: readonly string[];
  neg: boolean;
  reported: boolean;
  attributed: boolean;
  negStart?: number;
  negEnd?: number;
}

const NO_KEYS: readonly string[] = [];
const UNSET = null as unknown as WordInfo & Scope;

/** A new word record, as the scanner finds it. */
export function textWord(word: string, start: number, end: number, before: string): TextWord {
  return {
    word,
    start,
    end,
    before,
    info: UNSET,
    scope: UNSET,
    clause: 0,
    dropped: false,
    gapAfter: false,
    keys: NO_KEYS,
    neg: false,
    reported: false,
    attributed: false,
    negStart: undefined,
    negEnd: undefined,
  };
}
