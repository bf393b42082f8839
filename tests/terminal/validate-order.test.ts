import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../terminal/commands/validate.ts';

afterEach(() => vi.unstubAllEnvs());

/** Runs `rehearse validate` in-process and captures what it prints. */
async function validate(...args: string[]) {
  vi.stubEnv('NO_COLOR', '1');
  let out = '';
  let err = '';
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      out += String(s);
      return true;
    }),
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      err += String(s);
      return true;
    }),
  ];
  const code = await main(args).finally(() => spies.forEach((s) => s.mockRestore()));
  return { code, out, err };
}

describe('rehearse validate: several arguments', () => {
  it('reports files in the order they were named, a missing one included, in plain lines and in --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-order-'));
    copyFileSync(new URL('../fixtures/contract-example.yaml', import.meta.url), join(dir, 'b.yaml'));
    writeFileSync(join(dir, 'a.yml'), '- not\n- a scenario\n');
    const missing = join(dir, 'gone.yaml');
    const r = await validate(dir, missing);
    expect(r.code).toBe(1);
    expect(r.out.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l))).toEqual([
      `${join(dir, 'a.yml')}:1:1: error RH002: this is not a scenario: the top level must be a mapping of keys (format, id, title, …), not a list`,
      `${join(dir, 'b.yaml')}:14:3: warning RH044: no criterion or option can earn points in competency "no_blame"`,
      `${missing}:1:1: error RH002: no such file or directory`,
    ]);
    expect(r.err).toBe('2 files checked: 2 errors, 1 warning\n');
    const j = await validate('--json', missing, dir);
    expect(JSON.parse(j.out).map((d: { file: string; code: string }) => `${d.file} ${d.code}`)).toEqual([
      `${missing} RH002`,
      `${join(dir, 'a.yml')} RH002`,
      `${join(dir, 'b.yaml')} RH044`,
    ]);
  });
});
