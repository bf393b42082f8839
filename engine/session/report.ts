/** The report of a session, exactly the contract's `rehearse run --json` shape. */
import type { CriticalError, Report, Scenario, Turn } from '../types.ts';
import { own, record } from '../util.ts';
import type { Feedback } from './feedback.ts';
import { criticalEnding, missedRequired } from './critical.ts';
import { score } from './scoring.ts';
import type { SessionState } from './state.ts';

/** The id a critical error is about: the criterion or option id, or the outcome id of a critical ending. */
export function criticalId(c: CriticalError): string {
  return 'id' in c ? c.id : c.outcome;
}

/** The report of a session so far (ended or not). */
export function report(scenario: Scenario, state: SessionState): Report {
  const answered: Feedback[] = [];
  for (let i = 0; i < state.ne; i++) {
    const e = state.events[i]!;
    if (e.type === 'feedback') answered.push(e);
  }
  const criticals: Report['criticals'] = [];
  const turns: Turn[] = answered.map((fb) => {
    const free = own(scenario.nodes, fb.node)?.ask?.kind !== 'choice';
    for (const i of fb.items)
      if (i.critical !== undefined) criticals.push({ node: fb.node, id: i.id, reason: i.critical });
    criticals.push(...missedRequired(scenario, fb));
    const feedback = fb.items.flatMap((i) => (i.feedback === undefined ? [] : [i.feedback]));
    const spans = record<Array<[number, number]>>();
    if (free)
      for (const id of Object.keys(fb.spans)) spans[id] = fb.spans[id]!.map(([a, b]) => [a, b] as [number, number]);
    return {
      node: fb.node,
      answer: fb.answer,
      matched: free ? fb.items.map((i) => i.id) : [],
      points: fb.points,
      spans,
      late: fb.late,
      ...(feedback.length ? { feedback } : {}),
      ...(fb.stuffed ? { stuffed: true as const } : {}),
    };
  });
  const ending = criticalEnding(scenario, state);
  if (ending) criticals.push(ending);
  const { competencies, score: overall } = score(scenario, answered);
  const critical = criticals.length > 0;
  return {
    scenario: scenario.id,
    ended: state.ended,
    outcome: state.ended ? state.outcome : null,
    score: overall,
    passed: !critical && overall >= scenario.pass,
    critical,
    criticals,
    competencies,
    path: state.path.slice(0, state.np),
    turns,
  };
}
