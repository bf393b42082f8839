import { describe, expect, it } from 'vitest';
import { capture } from './capture.ts';
import { loadAnswers } from '../../engine/load/answers.ts';
import { main } from '../../terminal/commands/run.ts';

const EXAMPLE = 'tests/fixtures/contract-example.yaml';
const A = 'tests/fixtures/answers';

const run = (...args: string[]) => capture(main, args);

describe('rehearse run --json', () => {
  it("prints exactly the contract's report for the good call", async () => {
    const { code, out, err } = await run(EXAMPLE, '--answers', `${A}/good-call.yaml`, '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const answer = "Tu as bien fait d'appeler, je t'écoute.";
    expect(JSON.parse(out)).toEqual({
      scenario: 'webcam-blackmail-call',
      ended: true,
      outcome: 'helped',
      score: 100,
      passed: true,
      critical: false,
      criticals: [],
      competencies: {
        listening: { label: 'Écoute et accueil', score: 100, earned: 2, possible: 2 },
        safety: { label: 'Conseils de sécurité', score: 100, earned: 3, possible: 3 },
      },
      path: ['opening', 'story', 'evidence', 'wrap_up'],
      turns: [
        {
          node: 'opening',
          answer,
          matched: ['welcome'],
          points: 2,
          spans: {
            welcome: [
              [6, 25],
              [27, 38],
            ],
          },
          late: false,
          feedback: ["Rassurer d'emblée sur le fait d'avoir appelé."],
        },
        { node: 'story', answer: 'refuse', matched: [], points: 3, spans: {}, late: false },
      ],
    });
    expect(Object.keys(JSON.parse(out))).toEqual([
      'scenario',
      'ended',
      'outcome',
      'score',
      'passed',
      'critical',
      'criticals',
      'competencies',
      'path',
      'turns',
    ]);
  });
  it('reports a critical choice and a late answer', async () => {
    const { code, out } = await run(EXAMPLE, '--answers', `${A}/pay.yaml`, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      outcome: 'hung_up',
      score: 0,
      passed: false,
      critical: true,
      criticals: [{ node: 'story', id: 'pay', reason: 'Conseiller de payer' }],
      path: ['opening', 'story', 'hang_up'],
      turns: [
        { node: 'opening', answer: 'Bonjour.', matched: [], points: 0, late: true },
        { answer: 'pay', points: -3 },
      ],
    });
  });
  it('answers that run out: ended false, outcome null', async () => {
    const { code, out } = await run(EXAMPLE, '--answers', `${A}/half.yaml`, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ ended: false, outcome: null, score: 100, path: ['opening', 'story'] });
  });
});

describe('rehearse run (readable)', () => {
  it('shows the score, the pass, each competency, each turn with its matches, and criticals', async () => {
    const good = await run(EXAMPLE, '--answers', `${A}/good-call.yaml`);
    expect(good.code).toBe(0);
    expect(good.out).toContain('Score: 100% — PASSED (pass mark 70%)');
    expect(good.out).toContain('Outcome: helped — Lucas repart avec un plan');
    expect(good.out).toMatch(/Écoute et accueil\s+100%\s+\(2\/2\)/);
    expect(good.out).toMatch(/Déculpabiliser\s+—\s+\(0\/0\)/);
    expect(good.out).toContain(`1. opening: "Tu as bien fait d'appeler, je t'écoute."  +2`);
    expect(good.out).toContain('matched: welcome');
    expect(good.out).toContain('Path: opening → story → evidence → wrap_up');
    const bad = await run(EXAMPLE, '--answers', `${A}/pay.yaml`);
    expect(bad.out).toContain('Score: 0% — NOT PASSED (pass mark 70%, critical error)');
    expect(bad.out).toContain('1. opening: "Bonjour."  0  (late)');
    expect(bad.out).toContain('✗ Non réussi : Conseiller de payer (tour 2)  [story › pay]');
    expect(bad.out).toContain('2. story: chose pay ("Paie, ça le fera peut-être taire.")  -3');
  });
});

describe('rehearse run errors', () => {
  it('an unknown option id is an error on stderr with its position, exit 2', async () => {
    const { code, out, err } = await run(EXAMPLE, '--answers', `${A}/unknown-option.yaml`, '--json');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      `rehearse run: ${A}/unknown-option.yaml:2:3: answer 2 ("maybe") at node "story": unknown option "maybe": pick one of refuse, pay\n`,
    );
  });
  it('a bad answers file gets a clear message with a position, exit 2', async () => {
    const r = await run(EXAMPLE, '--answers', `${A}/bad-shape.yaml`);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${A}/bad-shape.yaml:2:19: error RH011: unknown key "secs" in answer 2.\n`);
    expect(r.err).toContain('hint: allowed keys: text, choice, seconds');
    expect(r.err).toContain('   2 | - { text: "Allô", secs: 3 }\n     |                   ^^^^\n'); // source and caret
    expect(r.err).not.toMatch(/\n\s+at /);
  });
  it('a missing file or a missing --answers: exit 2', async () => {
    expect((await run(EXAMPLE, '--answers', 'nope.yaml')).err).toBe(
      'rehearse run: cannot read nope.yaml: no such file\n',
    );
    const r = await run(EXAMPLE);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--answers ANSWERS.yaml is needed');
  });
  it('a scenario with errors prints its diagnostics, exit 1', async () => {
    const { code, err } = await run('tests/fixtures/answers/good-call.yaml', '--answers', `${A}/good-call.yaml`);
    expect(code).toBe(1);
    expect(err).toMatch(/good-call\.yaml:\d+:\d+: error RH\d+/);
  });
});

describe('loadAnswers (the engine reads the answers file, with positions and codes)', () => {
  it('reads strings, numbers, { text, seconds } and { choice, seconds }', () => {
    expect(loadAnswers('- Bonjour\n- 3018\n- { text: "Allô", seconds: 4 }\n- { choice: pay }\n', 'a.yaml')).toEqual({
      answers: ['Bonjour', '3018', { text: 'Allô', seconds: 4 }, { choice: 'pay' }],
      positions: [
        { line: 1, column: 3 },
        { line: 2, column: 3 },
        { line: 3, column: 3 },
        { line: 4, column: 3 },
      ],
      diagnostics: [],
    });
  });
  it.each([
    ['', '1:1 RH002 the answers file must be a YAML list of answers, e.g. ["Bonjour", refuse], not nothing'],
    [
      'text: hi\n',
      '1:1 RH002 the answers file must be a YAML list of answers, e.g. ["Bonjour", refuse], not a mapping',
    ],
    ['- [1, 2]\n', '1:3 RH012 answer 1 must be text, not a list'],
    ['- { text: hi, choice: x }\n', '1:3 RH013 answer 1 needs exactly one of "text" or "choice"'],
    ['- { text: hi, seconds: -1 }\n', '1:24 RH013 answer 1.seconds must be at least 0, not -1'],
    ['- { text: hi, secs: 1 }\n', '1:15 RH011 unknown key "secs" in answer 1.'],
    ['- "open\n', '2:1 RH001 Missing closing "quote'],
  ])('%j → %s', (text, expected) => {
    const r = loadAnswers(text, 'a.yaml');
    const d = r.diagnostics[0]!;
    expect(`${d.line}:${d.column} ${d.code} ${d.message}`).toBe(expected);
    expect(d.file).toBe('a.yaml');
    expect(r.answers).toEqual([]);
  });
});

describe('rehearse run: what fails a session besides a critical mistake (r2)', () => {
  const R2 = 'tests/fixtures/r2';
  it('--json: a required criterion left out fails a session scored above the pass mark', async () => {
    const { code, out, err } = await run(
      `${R2}/required-call.fr.yaml`,
      '--answers',
      `${R2}/answers-missed.yaml`,
      '--json',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r).toMatchObject({ score: 75, passed: false, critical: true, outcome: 'helped' });
    expect(r.criticals).toEqual([
      { node: 'opening', id: 'ask_suicide', reason: "un propos suicidaire n'a pas été exploré", missed: true },
    ]);
  });
  it('--json: a critical ending fails a session scored above the pass mark', async () => {
    const { code, out } = await run(`${R2}/required-call.fr.yaml`, '--answers', `${R2}/answers-alone.yaml`, '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r).toMatchObject({ score: 81, passed: false, critical: true, outcome: 'alone' });
    expect(r.criticals).toEqual([
      { node: 'alone_end', outcome: 'alone', reason: 'Théo est resté seul avec un risque suicidaire' },
    ]);
  });
  it("the readable report says, in the scenario's language, what failed and at which turn, and the rule", async () => {
    const { out } = await run(`${R2}/required-call.fr.yaml`, '--answers', `${R2}/answers-missed.yaml`);
    expect(out).toContain('Score: 75% — NOT PASSED (pass mark 60%, critical error)');
    expect(out).toContain(
      "Critical errors:\n  ✗ Non réussi : un propos suicidaire n'a pas été exploré (tour 1)  [opening › ask_suicide]\n" +
        '  Une erreur critique fait échouer la tentative, quel que soit le score.\n',
    );
    const ending = await run(`${R2}/required-call.fr.yaml`, '--answers', `${R2}/answers-alone.yaml`);
    expect(ending.out).toContain(
      '  ✗ Non réussi : Théo est resté seul avec un risque suicidaire (à la fin)  [alone_end › alone]\n',
    );
  });
});
