import { describe, expect, it, vi } from 'vitest';

// The checker's own failure must still come back as data (RH000), never as a thrown error.
vi.mock('../../engine/load/graph.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../engine/load/graph.ts')>()),
  checkGraph: () => {
    throw new TypeError('boom in the graph check');
  },
}));
const { loadScenario } = await import('../../engine/load/index.ts');

describe('RH000 internal error', () => {
  it('a bug inside the checker gives RH000 at 1:1 and no scenario, not a crash', () => {
    const r = loadScenario('format: 1\nid: t\n', 'x.yaml');
    expect(r.scenario).toBeNull();
    expect(r.diagnostics).toMatchObject([
      {
        file: 'x.yaml',
        line: 1,
        column: 1,
        severity: 'error',
        code: 'RH000',
        message: 'the checker failed on this file: boom in the graph check',
      },
    ]);
  });
});
