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
