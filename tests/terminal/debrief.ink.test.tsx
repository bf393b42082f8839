import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import type { Report } from '../../engine/types.ts';
import { record } from '../../engine/util.ts';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../engine/load/index.ts';
import { play } from '../../engine/testing.ts';
import { folderConceptSets } from '../../terminal/folder-sets.ts';
import { Debrief } from '../../terminal/ui/debrief.tsx';
import { WordsContext, wordsFor } from '../../terminal/ui/words.ts';
import { highlightPieces } from '../../terminal/ui/highlight.ts';
import { DrillSummary } from '../../terminal/ui/drill-summary.tsx';
import { Menu, type MenuChoice } from '../../terminal/ui/menu.tsx';
import { callScenario } from './drill-fixtures.ts';

function reportOf(p: Partial<Report>): Report {
  const competencies = record<Report['competencies'][string]>();
  Object.assign(competencies, p.competencies ?? {});
  return {
    scenario: 'webcam-call',
    ended: true,
    outcome: 'helped',
    score: 0,
    passed: false,
    critical: false,
    criticals: [],
    path: [],
    turns: [],
    ...p,
    competencies,
  };
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('highlightPieces', () => {
  it('cuts an answer at the matched ranges, merging overlaps', () => {
    const pieces = highlightPieces('You did the right thing, I am listening.', {
      a: [[8, 23]],
      b: [
        [25, 39],
        [30, 39],
      ],
    });
    expect(pieces).toEqual([
      { text: 'You did ', hit: false },
      { text: 'the right thing', hit: true },
      { text: ', ', hit: false },
      { text: 'I am listening', hit: true },
      { text: '.', hit: false },
    ]);
    expect(highlightPieces('abc', {})).toEqual([{ text: 'abc', hit: false }]);
  });
});

describe('debrief', () => {
  const scenario = callScenario();

  it('shows pass, a bar per competency and each answer with its matched words highlighted', () => {
    const report = reportOf({
      score: 100,
      passed: true,
      competencies: {
        listening: { label: 'Listening', score: 100, earned: 2, possible: 2 },
        safety: { label: 'Safety advice', score: 50, earned: 3, possible: 6 },
      },
      turns: [
        {
          node: 'opening',
          answer: 'You did the right thing calling.',
          matched: ['welcome'],
          points: 2,
          spans: { welcome: [[8, 23]] },
          late: false,
          feedback: ['Reassure them they did well to call.'],
        },
        { node: 'story', answer: 'refuse', matched: [], points: 3, spans: {}, late: true },
      ],
    });
    const { lastFrame, unmount } = render(<Debrief scenario={scenario} report={report} />);
    const frame = lastFrame()!;
    unmount();
    expect(frame).toContain('Debrief: Call: blackmail after a video call');
    expect(frame).toContain('Outcome: Lucas leaves with a plan');
    expect(frame).toContain('✓ PASSED  score 100 (pass mark 70)');
    expect(frame).toContain(`Listening     ${'█'.repeat(20)} 100`);
    expect(frame).toContain(`Safety advice ${'█'.repeat(10)}${'░'.repeat(10)}  50`);
    expect(frame).toContain('1. You did [the right thing] calling.  (+2)');
    expect(frame).toContain('Reassure them they did well to call.');
    expect(frame).toContain('model answer: You did the right thing calling. I am listening.');
    expect(frame).toContain('2. Do not pay, and stop answering.  (+3, late)');
    expect(frame).toContain('National helpline — 3018');
    expect(frame).not.toContain('Critical errors');
  });

  it('shows a failed session with its critical errors', () => {
    const report = reportOf({
      score: 80,
      passed: false,
      critical: true,
      outcome: 'hung_up',
      criticals: [{ node: 'story', id: 'pay', reason: 'Advising to pay' }],
      competencies: { safety: { label: 'Safety advice', score: 0, earned: -3, possible: 3 } },
    });
    const { lastFrame, unmount } = render(<Debrief scenario={scenario} report={report} />);
    const frame = lastFrame()!;
    unmount();
    expect(frame).toContain('✗ NOT PASSED  score 80');
    expect(frame).toContain('Outcome: Lucas hung up');
    expect(frame).toContain('Critical errors');
    expect(frame).toContain('✗ Not passed: Advising to pay');
    expect(frame).toContain('A critical error fails the attempt, whatever the score.');
    expect(frame).toContain(`Safety advice ${'░'.repeat(20)}   0`);
  });
});

describe('debrief of revision 2: what fails a session besides a critical mistake', () => {
  const file = 'tests/fixtures/r2/required-call.fr.yaml';
  const r2 = loadScenario(readFileSync(file, 'utf8'), file, { conceptSets: folderConceptSets('scenarios') }).scenario!;
  const frameOf = (answers: string[]) => {
    const { report } = play(r2, answers);
    const { lastFrame, unmount } = render(
      <WordsContext.Provider value={wordsFor(r2.locale)}>
        <Debrief scenario={r2} report={report} />
      </WordsContext.Provider>,
    );
    const frame = lastFrame()!;
    unmount();
    return { frame, report };
  };
  it('a required criterion left out: not passed above the pass mark, with the reason and the turn, in French', () => {
    const { frame, report } = frameOf(["Tu as bien fait d'appeler, je t'écoute.", 'plan_together']);
    expect(report.score).toBeGreaterThan(r2.pass);
    expect(frame).toContain('✗ NON RÉUSSI  score 75 (seuil 60)');
    expect(frame).toContain("✗ Non réussi\u00a0: un propos suicidaire n'a pas été exploré (tour 1)"); // no-break space
    expect(frame).toContain('Une erreur critique fait échouer la tentative, quel que soit le score.');
  });
  it('a critical ending: not passed above the pass mark, said at the end', () => {
    const { frame, report } = frameOf(["Tu as bien fait d'appeler. Tu penses au suicide ?", 'hang_up']);
    expect(report.score).toBeGreaterThan(r2.pass);
    expect(frame).toContain('Issue\u00a0: Théo raccroche, seul');
    expect(frame).toContain('✗ NON RÉUSSI  score 81 (seuil 60)');
    expect(frame).toContain('✗ Non réussi\u00a0: Théo est resté seul avec un risque suicidaire (à la fin)');
  });
});

describe('drill summary', () => {
  it('lists each prompt score and each competency average, weakest first', () => {
    const scenario = callScenario();
    const results = [
      {
        item: { scenario, node: 'opening' },
        prompt: 'Welcome the caller.',
        report: reportOf({
          score: 100,
          passed: true,
          competencies: { listening: { label: 'Listening', score: 100, earned: 2, possible: 2 } },
        }),
      },
      {
        item: { scenario, node: 'story' },
        prompt: 'He asks whether he should pay.',
        report: reportOf({
          score: 0,
          critical: true,
          competencies: { safety: { label: 'Safety advice', score: 0, earned: -3, possible: 3 } },
        }),
      },
    ];
    const { lastFrame, unmount } = render(<DrillSummary results={results} />);
    const frame = lastFrame()!;
    unmount();
    expect(frame).toContain('Drill summary: 1/2 passed');
    expect(frame).toContain('1. ✓ 100  Call: blackmail after a video call — Welcome the caller.');
    expect(frame).toContain(
      '2. ✗   0  Call: blackmail after a video call — He asks whether he should pay.  critical error',
    );
    const lines = frame.split('\n');
    const safety = lines.findIndex((l) => l.includes(`Safety advice ${'░'.repeat(20)}   0`));
    const listening = lines.findIndex((l) => l.includes(`Listening     ${'█'.repeat(20)} 100`));
    expect(safety).toBeGreaterThan(0);
    expect(listening).toBeGreaterThan(safety);
  });
});

describe('menu', () => {
  it('lists the commands and picks one by digit or by arrows + Enter', async () => {
    const picks: MenuChoice[] = [];
    const { lastFrame, stdin, unmount } = render(<Menu onPick={(c) => picks.push(c)} />);
    const frame = lastFrame()!;
    expect(frame).toContain('❯ 1. Quick drill');
    expect(frame).toContain('2. Play a whole scenario');
    expect(frame).toContain('3. My progress');
    expect(frame).toContain('4. Validate scenario files (rehearse validate)');
    expect(frame).toContain('5. Quit');
    await tick();
    stdin.write('3');
    await tick();
    stdin.write('\u001B[B');
    await tick();
    expect(lastFrame()).toContain('❯ 4. Validate');
    stdin.write('\r');
    await tick();
    unmount();
    expect(picks).toEqual(['progress', 'validate']);
  });
});
