import { afterEach, describe, expect, it, vi } from 'vitest';

/** Runs a command's main with stdin not a terminal (as under vitest) and captures what it printed. */
async function run(load: () => Promise<{ main(a: string[]): Promise<number> }>, args: string[]) {
  let err = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  const code = await (await load()).main(args);
  return { code, err };
}

afterEach(() => vi.restoreAllMocks());

describe('interactive commands without a terminal', () => {
  it.each([
    ['drill', () => import('../../terminal/commands/drill.tsx')],
    ['play', () => import('../../terminal/commands/play.tsx')],
    ['(menu)', () => import('../../terminal/commands/menu.tsx')],
  ] as const)('%s says it needs a terminal and exits 2', async (name, load) => {
    expect(process.stdin.isTTY).toBeFalsy();
    const { code, err } = await run(load, []);
    expect(code).toBe(2);
    expect(err).toContain(`rehearse ${name}: this command is interactive and needs a terminal`);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('drill options', () => {
  const drill = () => import('../../terminal/commands/drill.tsx');
  it.each([
    [['--count', 'x'], '--count must be a whole number from 1 to 50 (got "x")'],
    [['--count', '0'], '--count must be a whole number from 1 to 50 (got "0")'],
    [['--setting', 'school'], '--setting must be one of classroom, call, chat, report, parents (got "school")'],
    [['--lang', 'de'], '--lang must be fr or en (got "de")'],
    [['--count'], '--count needs a value'],
    [['--fast'], 'unknown option --fast'],
  ])('%j is refused with a clear message', async (args, message) => {
    const { code, err } = await run(drill, args);
    expect(code).toBe(2);
    expect(err).toContain(`rehearse drill: ${message}`);
  });
});

describe('rehearse play FILE', () => {
  const play = () => import('../../terminal/commands/play.tsx');
  it('prints the diagnostics of a broken scenario file with their position and exits 1', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-play-'));
    try {
      const file = join(dir, 'broken.yaml');
      writeFileSync(
        file,
        'format: 1\nid: broken\ntitle: Broken\nlocale: en\nsetting: call\ncharacters: { a: { name: A } }\ncompetencies: { c: C }\nstart: nowhere\nnodes:\n  end: { end: done }\n',
      );
      const { code, err } = await run(play, [file]);
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:8:\\d+: error RH\\d+`));
      expect(err).toContain('has errors; fix them and try again');
      expect(err).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so when the file does not exist', async () => {
    const { code, err } = await run(play, ['no/such/file.yaml']);
    expect(code).toBe(2);
    expect(err).toContain('rehearse play: cannot read no/such/file.yaml: no such file');
  });

  it('refuses a file together with --resume (it takes a scenario id), and --resume with --restart', async () => {
    const file = await run(play, ['x.yaml', '--resume']);
    expect(file.code).toBe(2);
    expect(file.err).toContain('rehearse play: --resume takes a scenario id (rehearse play --resume ID), not a file');
    const both = await run(play, ['--resume', '--restart']);
    expect(both.code).toBe(2);
    expect(both.err).toContain('--resume continues a saved session and --restart drops it; give one of them');
  });
});
