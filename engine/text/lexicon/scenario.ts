/** The conjugation table a scenario carries (its compiled subset), decoded once per scenario. */
import type { Scenario } from '../../types.ts';
import { decode, type LemmaMap } from './compact.ts';

const EMPTY: LemmaMap = new Map();
const decoded = new WeakMap<object, LemmaMap>();

/** The form → lemmas map of a scenario's lexicon (empty when it has none). */
export function lemmaMapOf(scenario: Pick<Scenario, 'lexicon'>): LemmaMap {
  const lex = scenario.lexicon;
  if (!lex) return EMPTY;
  let map = decoded.get(lex);
  if (!map) decoded.set(lex, (map = decode(lex)));
  return map;
}
