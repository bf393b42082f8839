import { describe, expect, it } from 'vitest';
import { own } from '../../engine/util.ts';
import { BANKS, bankVerdicts, readBank } from './bank.ts';
import { libraryById, PARTS, readPart, verdicts } from './calibrate.ts';

const library = libraryById();
const parts = PARTS;

describe('the calibration corpus', () => {
  it.each(parts)('%s: every prompt, judged criterion and label exists in the library, ids are unique', (part) => {
    const seen = new Set<string>();
    for (const file of readPart(part)) {
      const scenario = library.get(file.scenario);
      expect(scenario, file.scenario).toBeDefined();
      for (const p of file.prompts) {
        const ask = own(scenario!.nodes, p.node)?.ask;
        expect(ask?.kind, `${file.scenario} ${p.node}`).toBe('free');
        const ids = new Set(ask!.kind === 'free' ? ask!.criteria.map((c) => c.id) : []);
        for (const id of p.judged) expect(ids.has(id), `${file.scenario} ${p.node}: judged ${id}`).toBe(true);
        for (const a of p.answers) {
          expect(seen.has(a.id), `duplicate answer id ${a.id}`).toBe(false);
          seen.add(a.id);
          for (const id of a.meets ?? []) expect(p.judged, `${a.id} meets ${id}`).toContain(id);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(250);
  });

  it('keyword stuffing flags none of its real answers (the r2 contract)', () => {
    const flagged = parts.flatMap((part) => verdicts(readPart(part), library).filter((v) => v.stuffed));
    expect(flagged.map((v) => `${v.id}: ${v.text}`)).toEqual([]);
  });

  it.each([BANKS.critical.dir, BANKS.critical2.dir])(
    'the critical-mistake bank %s names critical criteria of the library, each with sentences both ways',
    (dir) => {
      const files = readBank(dir);
      expect(files.length).toBeGreaterThan(20);
      for (const file of files)
        for (const c of file.criteria) {
          const ask = own(library.get(file.scenario)!.nodes, c.node)?.ask;
          const criterion = ask?.kind === 'free' ? ask.criteria.find((x) => x.id === c.id) : undefined;
          expect(criterion?.critical, `${file.scenario} ${c.node} ${c.id}`).toBeDefined();
          expect(c.yes?.length, `${file.scenario} ${c.id} yes`).toBeGreaterThan(0);
          expect(c.no?.length, `${file.scenario} ${c.id} no`).toBeGreaterThan(0);
        }
      // and the engine reads every sentence without an error (the figures are printed by calibrate, not asserted)
      expect(bankVerdicts(files, library).length).toBeGreaterThan(1800);
    },
  );

  it('the negative-mistake bank names negative criteria of the library (not critical), each with sentences both ways', () => {
    const files = readBank(BANKS.negative.dir);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files)
      for (const c of file.criteria) {
        const ask = own(library.get(file.scenario)!.nodes, c.node)?.ask;
        const criterion = ask?.kind === 'free' ? ask.criteria.find((x) => x.id === c.id) : undefined;
        expect(criterion?.points, `${file.scenario} ${c.node} ${c.id}`).toBeLessThan(0);
        expect(criterion?.critical, `${file.scenario} ${c.id} is critical`).toBeUndefined();
        expect(c.yes?.length, `${file.scenario} ${c.id} yes`).toBeGreaterThan(0);
        expect(c.no?.length, `${file.scenario} ${c.id} no`).toBeGreaterThan(0);
      }
    expect(bankVerdicts(files, library).length).toBeGreaterThan(2000);
  });
});
