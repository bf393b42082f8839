/** Text analysis for fr / en and phrase matching, exactly as the contract's "Matching free text" (r2). */
export { analyse, type Token, type AnalysisTarget } from './analyse.ts';
export { fold } from './fold.ts';
export { wordKeys } from './keys.ts';
export { matchCriterion, matchCompiled, findPhrase, indexTokens, MAX_GAP, type AnswerIndex } from './match.ts';
export {
  compileCriterion,
  compileCriteria,
  expandPhrase,
  MAX_EXPANSIONS,
  phraseWords,
  isNegativeCriterion,
  type CompiledCriterion,
  type CompiledPhrase,
  type PhraseWord,
} from './phrase.ts';
export { oneSlipApart } from './slips.ts';
export { isFrenchInfinitive } from './segment-words.ts';
export { lemmaMapOf } from './lexicon/scenario.ts';
