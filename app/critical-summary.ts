/**
 * What failed a session, said in the scenario's language for the debriefs and `rehearse run`:
 * one sentence per critical error with its turn ("Non réussi : … (tour 7)"), and the rule that a
 * critical error fails the attempt whatever the score. The turns come from the engine (criticalTurns).
 */
import { criticalId, criticalTurns } from '../engine/session/core.ts';
import type { CriticalError, Locale, Report } from '../engine/types.ts';

/** One critical error of a report, ready to show. */
export interface FailureLine {
  /** The whole sentence, e.g. "Not passed: suicidal talk was not explored (turn 7)". */
  text: string;
  /** The trainer's reason alone. */
  reason: string;
  /** The turn (1-based) it happened at; null for a critical ending. */
  turn: number | null;
  kind: 'mistake' | 'missed' | 'ending';
  /** The node, and the criterion/option id or the outcome id. */
  node: string;
  id: string;
}

const WORDS: Record<Locale, { notPassed: string; turn: (n: number) => string; end: string; rule: string }> = {
  en: {
    notPassed: 'Not passed: ',
    turn: (n) => `turn ${n}`,
    end: 'at the end',
    rule: 'A critical error fails the attempt, whatever the score.',
  },
  fr: {
    notPassed: 'Non réussi : ',
    turn: (n) => `tour ${n}`,
    end: 'à la fin',
    rule: 'Une erreur critique fait échouer la tentative, quel que soit le score.',
  },
};

const kindOf = (c: CriticalError): FailureLine['kind'] => ('outcome' in c ? 'ending' : c.missed ? 'missed' : 'mistake');

/** The critical errors of a report, in order, each as a sentence in `locale` with its turn. */
export function failureLines(report: Report, locale: Locale): FailureLine[] {
  const w = WORDS[locale];
  const turns = criticalTurns(report);
  return report.criticals.map((c, i) => {
    const turn = turns[i] ?? null;
    const kind = kindOf(c);
    const when = turn !== null ? w.turn(turn) : kind === 'ending' ? w.end : '';
    return {
      text: `${w.notPassed}${c.reason}${when ? ` (${when})` : ''}`,
      reason: c.reason,
      turn,
      kind,
      node: c.node,
      id: criticalId(c),
    };
  });
}

/** "A critical error fails the attempt, whatever the score." in `locale`. */
export function criticalRule(locale: Locale): string {
  return WORDS[locale].rule;
}
