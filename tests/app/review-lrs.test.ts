/**
 * Answers from an LRS: statements written by Rehearse's own builder (app/xapi) for a played session,
 * read back as a file of statements or straight from an LRS (a fetch double answering the query API
 * with `more` pages), imported into a review.
 */
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../app/persistence.ts';
import { reviewFor } from '../../app/review/answers.ts';
import { importRecords, looksLikeStatements, recordsOfStatements } from '../../app/review/lrs-import.ts';
import { createReviewDesk } from '../../app/review/review-desk.ts';
import { trackStatements } from '../../app/xapi/tracker.ts';
import type { Statement } from '../../app/xapi/types.ts';
import type { Fetch } from '../../app/xapi/sender.ts';
import { contentHash } from '../../engine/compile.ts';
import { playStates } from '../xapi/play-states.ts';
import { contractScenario, SOURCE } from './review-fixtures.ts';

const scenario = contractScenario();
let ids = 0;

/** The statements of one played attempt, with or without the typed text. */
function statements(answers: string[], includeResponse: boolean, learner = 'trainee@example.org'): Statement[] {
  const opts = {
    actor: { objectType: 'Agent' as const, mbox: `mailto:${learner}` },
    includeResponse,
    now: () => '2026-11-20T10:00:00.000Z',
    uuid: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  };
  const states = playStates(scenario, answers);
  return trackStatements(scenario, states.at(-1)!, contentHash(SOURCE), opts, null).statements;
}

describe('answers from LRS statements', () => {
  it('imports the typed answers sent with their text, counts those sent without, keeps the learner', () => {
    const file = JSON.stringify([
      ...statements(["Tu as bien fait d'appeler.", 'refuse'], true),
      ...statements(['Bonjour.', 'refuse'], false),
    ]);
    expect(looksLikeStatements(file)).toBe(true);
    const read = recordsOfStatements(file);
    if ('error' in read) throw new Error(read.error);
    const r = importRecords(reviewFor(scenario, SOURCE), scenario, read.records, 'lrs-export.json', read.unreadable);
    expect(r).toMatchObject({ added: 1, withoutText: 1, otherScenario: 0, otherVersion: 0, unreadable: 0 });
    expect(r.review.answers).toEqual([
      expect.objectContaining({
        node: 'opening',
        text: "Tu as bien fait d'appeler.",
        engine: ['welcome'],
        from: [
          expect.objectContaining({ kind: 'lrs', trainee: 'mailto:trainee@example.org', file: 'lrs-export.json' }),
        ],
      }),
    ]);
  });

  it('refuses what is not statements, and counts Rehearse statements that lack a field', () => {
    expect(recordsOfStatements('{"statements": 3}')).toEqual({
      error: 'not a list of xAPI statements (expected [ … ] or { "statements": [ … ] })',
    });
    const broken = statements(['Bonjour.', 'refuse'], true).map((s) => {
      const copy = structuredClone(s);
      delete copy.context?.extensions?.['https://w3id.org/rehearse/xapi/extensions/content-hash'];
      return copy;
    });
    const read = recordsOfStatements(JSON.stringify({ statements: [...broken, null] }));
    expect(read).toMatchObject({ records: [], unreadable: 3 });
  });

  it('the desk reads them straight from an LRS, page by page, and says what it found', async () => {
    const all = [...statements(['Je t’écoute.', 'refuse'], true), ...statements(['Salut.', 'refuse'], false)];
    const asked: string[] = [];
    const fetchImpl: Fetch = async (url) => {
      asked.push(url);
      const page = url.includes('page=2') ? 1 : 0;
      const body = { statements: page ? all.slice(3) : all.slice(0, 3), more: page ? '' : '/xAPI/statements?page=2' };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const desk = createReviewDesk(memoryStore(), { fetch: fetchImpl });
    desk.getState().openScenario(SOURCE, 'contract-example.yaml');
    const ok = await desk
      .getState()
      .readLrs({ endpoint: 'https://lrs.example.org/xAPI', username: 'k', password: 's' });
    expect(ok).toBe(true);
    expect(asked[0]).toMatch(/^https:\/\/lrs\.example\.org\/xAPI\/statements\?verb=http/);
    expect(asked[1]).toBe('https://lrs.example.org/xAPI/statements?page=2');
    expect(desk.getState().notices).toEqual([
      expect.objectContaining({ kind: 'lrs', added: 1, withoutText: 1, file: 'https://lrs.example.org/xAPI/' }),
    ]);
    expect(desk.getState().review!.answers.map((a) => a.text)).toEqual(['Je t’écoute.']);
    expect(await desk.getState().readLrs({ endpoint: 'ftp://x' })).toBe(false);
    expect(desk.getState().notices).toEqual([
      { kind: 'error', file: 'LRS', reason: 'the LRS endpoint must be an http(s) URL' },
    ]);
    const down = createReviewDesk(memoryStore(), {
      fetch: async () => new Response('', { status: 503, statusText: 'Down' }),
    });
    down.getState().openScenario(SOURCE, 'contract-example.yaml');
    expect(await down.getState().readLrs({ endpoint: 'https://lrs.example.org/xAPI/' })).toBe(false);
    expect(down.getState().notices[0]).toMatchObject({ kind: 'error', reason: expect.stringMatching(/503 Down/) });
  });
});
