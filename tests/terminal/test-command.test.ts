import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capture } from './capture.ts';
import { main } from '../../terminal/commands/test.ts';

const EXAMPLE = 'tests/fixtures/contract-example.yaml';

const run = (...args: string[]) => capture(main, args);

/** A folder holding the contract example and a copy whose second test expects the wrong outcome. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-test-'));
  const text = readFileSync(EXAMPLE, 'utf8');
  writeFileSync(join(dir, 'a.yaml'), text);
  writeFileSync(
    join(dir, 'b.yaml'),
    text
      .replace('id: webcam-blackmail-call', 'id: broken-copy')
      .replace('expect: { outcome: hung_up,', 'expect: { outcome: helped,'),
  );
  writeFileSync(join(dir, 'notes.txt'), 'not a scenario');
  return dir;
}

describe('rehearse test', () => {
  it("runs the contract example's two tests: both pass, exit 0", async () => {
    const { code, out } = await run(EXAMPLE);
    expect(out).toBe(
      '✓ webcam-blackmail-call › good call\n✓ webcam-blackmail-call › advising to pay fails\n2 passed, 0 failed\n',
    );
    expect(code).toBe(0);
  });
  it('walks a folder, prints each failure reason, ends with the count, exit 1', async () => {
    const { code, out } = await run(folder());
    expect(out.split('\n')).toEqual([
      '✓ webcam-blackmail-call › good call',
      '✓ webcam-blackmail-call › advising to pay fails',
      '✓ broken-copy › good call',
      '✗ broken-copy › advising to pay fails',
      '    expected outcome helped, got hung_up',
      '3 passed, 1 failed',
      '',
    ]);
    expect(code).toBe(1);
  });
  it('a scenario that does not load counts as a failure with its diagnostics', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-test-'));
    writeFileSync(join(dir, 'bad.yaml'), 'format: 1\nid: x\n');
    const { code, out } = await run(join(dir, 'bad.yaml'));
    expect(out).toMatch(/^✗ .*bad\.yaml › does not load\n {4}.*bad\.yaml:\d+:\d+: error /);
    expect(out.endsWith('0 passed, 1 failed\n')).toBe(true);
    expect(code).toBe(1);
  });
  it('no argument or a missing path: a clear message', async () => {
    expect((await run()).code).toBe(2);
    const r = await run('nowhere.yaml');
    expect(r.err).toBe('nowhere.yaml:1:1: error RH002: no such file or directory\n');
    expect(r.out).toBe('0 passed, 1 failed\n');
    expect(r.code).toBe(1);
  });
});

describe('rehearse test: examples count as tests (r2)', () => {
  const R2 = 'tests/fixtures/r2/required-call.fr.yaml';
  it("a scenario's examples: one line per criterion, each example counted", async () => {
    const { code, out } = await run(R2);
    expect(out.split('\n')).toEqual([
      '✓ r2-required-call › explores the risk and makes a plan',
      '✓ r2-required-call › never asks about suicide — fails whatever the score',
      '✓ r2-required-call › asks, then leaves him alone — the ending fails the session',
      '✓ r2-required-call › examples of ask_suicide: 2 yes, 2 no',
      '7 passed, 0 failed',
      '',
    ]);
    expect(code).toBe(0);
  });
  it('an example that does not behave fails, with its position and what matched, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-test-'));
    const text = readFileSync(R2, 'utf8').replace('- "Ne paie surtout pas."', '- "Tu penses au suicide ?"');
    writeFileSync(join(dir, 'call.yaml'), text);
    writeFileSync(join(dir, 'core-intents.fr.yaml'), readFileSync('scenarios/core-intents.fr.yaml', 'utf8'));
    const { code, out } = await run(join(dir, 'call.yaml'));
    expect(out).toContain('✗ r2-required-call › examples of ask_suicide: 2 yes, 2 no\n');
    expect(out).toContain(
      `    ${join(dir, 'call.yaml')}:42:19: "Tu penses au suicide ?": this "no" example matches criterion "ask_suicide" (+1): the phrase "penses au suicide" matches "penses au suicide"\n`,
    );
    expect(out.endsWith('6 passed, 1 failed\n')).toBe(true);
    expect(code).toBe(1);
  });
  it('a concept set runs its examples; it is not a scenario that does not load', async () => {
    const { code, out } = await run('scenarios/core-intents.fr.yaml');
    const lines = out.trim().split('\n');
    expect(lines.slice(0, -1).every((l) => /^✓ core-intents-fr › examples of @[a-z_]+: \d+ yes, \d+ no$/.test(l))).toBe(
      true,
    );
    const counted = lines
      .slice(0, -1)
      .reduce((n, l) => n + Number(/(\d+) yes, (\d+) no/.exec(l)![1]) + Number(/(\d+) no/.exec(l)![1]), 0);
    expect(lines.at(-1)).toBe(`${counted} passed, 0 failed`);
    expect(lines.length - 1).toBe(15); // the fifteen shared intents
    expect(code).toBe(0);
  });
});
