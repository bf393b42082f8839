import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../engine/diagnostics/index.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bundle = join(repo, 'dist/cli/cli.js');
const newest = (dir: string): number =>
  readdirSync(dir).reduce((m, f) => {
    const p = join(dir, f);
    const s = statSync(p);
    return Math.max(m, s.isDirectory() ? newest(p) : s.mtimeMs);
  }, 0);

beforeAll(() => {
  const stale =
    !existsSync(bundle) ||
    statSync(bundle).mtimeMs <
      Math.max(...['terminal', 'app', 'engine', 'scenarios'].map((d) => newest(join(repo, d))));
  // NODE_ENV=production: vitest's NODE_ENV=test would bundle React's development runtime
  if (stale)
    execFileSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'error'], {
      cwd: repo,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    });
}, 120_000);

/** Runs the built command as a user would, from the repository folder. */
function rehearse(...args: string[]) {
  const r = spawnSync('node', ['bin/rehearse.js', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const INVALID = 'tests/fixtures/invalid';

describe('rehearse validate (the built command)', () => {
  it('a valid file: exit 0, its warnings printed with excerpt and caret', () => {
    const { code, out, err } = rehearse('validate', 'tests/fixtures/contract-example.yaml');
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'tests/fixtures/contract-example.yaml:14:3: warning RH044: no criterion or option can earn points in competency "no_blame"',
        '  14 |   no_blame: { label: "Déculpabiliser", weight: 2 }',
        '     |   ^^^^^^^^',
        '  hint: give it a criterion or option with positive points, or remove it',
        '',
      ].join('\n'),
    );
    expect(err).toBe('1 file checked: 0 errors, 1 warning\n');
  });
  it('an error: FILE:LINE:COLUMN: severity CODE: message, the line, a caret under the offending text; exit 1', () => {
    const { code, out, err } = rehearse('validate', `${INVALID}/RH020-unknown-node.yaml`);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      `${INVALID}/RH020-unknown-node.yaml:21:19: error RH020: goto: there is no node "wrap_up".`,
      '  21 |             goto: wrap_up',
      '     |                   ^^^^^^^',
      '',
    ]);
    expect(err).toBe('1 file checked: 1 error, 0 warnings\n');
  });
  it('a condition error: the caret is under the bad token inside the when string', () => {
    const { code, out } = rehearse('validate', `${INVALID}/RH030-condition-syntax.yaml`);
    expect(code).toBe(1);
    const [header, source, caret] = out.split('\n');
    expect(header).toBe(
      `${INVALID}/RH030-condition-syntax.yaml:20:35: error RH030: node "a".ask.free.next[1].when: "and" cannot stand here`,
    );
    expect(source).toBe('  20 |           - when: "trust >= 2 and and late"');
    expect(source!.slice(caret!.indexOf('^'), caret!.lastIndexOf('^') + 1)).toBe('a');
  });
  it('--json: a JSON array of { file, line, column, severity, code, message }', () => {
    const { code, out } = rehearse(
      'validate',
      '--json',
      `${INVALID}/RH011-unknown-key.yaml`,
      `${INVALID}/RH044-unearnable-competency.yaml`,
    );
    expect(code).toBe(1);
    const list = JSON.parse(out);
    expect(Array.isArray(list)).toBe(true);
    expect(list).toEqual([
      expect.objectContaining({
        file: `${INVALID}/RH011-unknown-key.yaml`,
        line: 7,
        column: 21,
        severity: 'error',
        code: 'RH011',
        message: 'unknown key "ag" in character "sam". Did you mean "age"?',
      }),
      expect.objectContaining({
        file: `${INVALID}/RH044-unearnable-competency.yaml`,
        line: 10,
        column: 3,
        severity: 'warning',
        code: 'RH044',
        message: 'no criterion or option can earn points in competency "calm"',
      }),
    ]);
  });
  it('warnings alone exit 0, in --json too', () => {
    const { code, out } = rehearse('validate', '--json', `${INVALID}/RH042-unreachable-node.yaml`);
    expect(code).toBe(0);
    expect(JSON.parse(out).map((d: { code: string }) => d.code)).toEqual(['RH042']);
  });
  it('a directory: every .yaml in it, each with its own code', () => {
    const { code, out, err } = rehearse('validate', '--json', INVALID);
    expect(code).toBe(1);
    const files = readdirSync(join(repo, INVALID))
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    const severity = (f: string) => (DIAGNOSTIC_CODES as Record<string, { severity: string }>)[f.slice(0, 5)]?.severity;
    const warnings = files.filter((f) => severity(f) === 'warning').length;
    expect(warnings).toBe(10); // RH042, RH044, RH045, the r2 phrase checks RH064–RH068, RH069 and RH070
    expect(err).toBe(`${files.length} files checked: ${files.length - warnings} errors, ${warnings} warnings\n`);
    expect(
      JSON.parse(out).map(
        (d: { file: string; code: string }) => `${d.file.slice(INVALID.length + 1, INVALID.length + 6)} ${d.code}`,
      ),
    ).toEqual(files.map((f) => `${f.slice(0, 5)} ${f.slice(0, 5)}`));
  });
  it('a directory with only valid files exits 0', () => {
    const { code, err } = rehearse('validate', 'tests/fixtures');
    expect(code).toBe(0);
    expect(err).toBe('1 file checked: 0 errors, 1 warning\n');
  });
  it('the bundled library: no error and no warning, phrase checks included (issue 12)', () => {
    const files = readdirSync(join(repo, 'scenarios')).filter((f) => f.endsWith('.yaml')).length;
    const { code, out, err } = rehearse('validate', 'scenarios');
    expect(out).toBe('');
    expect(err).toBe(`${files} files checked: 0 errors, 0 warnings\n`);
    expect(code).toBe(0);
  });
  it('a concept set alone validates as a set, not as a broken scenario (r2)', () => {
    const { code, out, err } = rehearse('validate', 'scenarios/core-intents.fr.yaml', 'scenarios/core-intents.en.yaml');
    expect(out).toBe('');
    expect(err).toBe('2 files checked: 0 errors, 0 warnings\n');
    expect(code).toBe(0);
  });
  it('finds a set next to the scenario first, then in the bundled library; elsewhere it is RH060 (r2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-sets-'));
    const scenario = readFileSync(join(repo, 'tests/fixtures/r2/required-call.fr.yaml'), 'utf8').replace(
      'use: [core-intents-fr]',
      'use: [core-intents-fr, my-words]',
    );
    writeFileSync(join(dir, 'call.yaml'), scenario);
    expect(rehearse('validate', join(dir, 'call.yaml')).out).toContain(
      'call.yaml:13:24: error RH060: there is no concept set "my-words".',
    );
    writeFileSync(
      join(dir, 'words.yaml'),
      'format: 1\nkind: concepts\nid: my-words\nlocale: fr\nconcepts:\n  calm: ["on va trouver une solution"]\n',
    );
    const found = rehearse('validate', join(dir, 'call.yaml'));
    expect(found.err).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(found.code).toBe(0);
  });
  it('a missing file is an error with its name, not a stack trace', () => {
    const { code, out, err } = rehearse('validate', 'no-such-scenario.yaml');
    expect(code).toBe(1);
    expect(out).toBe('no-such-scenario.yaml:1:1: error RH002: no such file or directory\n');
    expect(err).toBe('0 files checked: 1 error, 0 warnings\n');
  });
  it('usage mistakes exit 2 with the usage on standard error', () => {
    const none = rehearse('validate');
    expect(none).toMatchObject({ code: 2, out: '' });
    expect(none.err).toBe('Usage: rehearse validate FILE|DIR… [--json]\n');
    const bad = rehearse('validate', '--jsn', 'x.yaml');
    expect(bad).toMatchObject({ code: 2, out: '' });
    expect(bad.err).toBe('rehearse validate: unknown option --jsn\nUsage: rehearse validate FILE|DIR… [--json]\n');
  });
});

describe('rehearse schema (the built command)', () => {
  it('prints exactly scenarios/scenario.schema.json, a draft-07 JSON Schema', () => {
    const { code, out, err } = rehearse('schema');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toBe(readFileSync(join(repo, 'scenarios/scenario.schema.json'), 'utf8'));
    expect(JSON.parse(out).$schema).toBe('http://json-schema.org/draft-07/schema#');
  });
  it('refuses arguments with exit 2', () => {
    expect(rehearse('schema', 'extra').code).toBe(2);
  });
});
