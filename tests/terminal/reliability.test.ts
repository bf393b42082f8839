/**
 * The rows of the terminal walkthrough's reliability table that failed, replayed on the real, built
 * `rehearse` in tmux: two drills answering in the same instant, an unreadable progress file, a
 * read-only data folder, a folder where progress.json should be, pasted escape sequences, a
 * 100 000-character paste, a hostile scenario file, two plays at once, a redirected output, colours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeProgress } from '../../app/progress.ts';
import { attemptOf } from './drill-fixtures.ts';
import { asOrdinaryUser, ensureBundle, hasTmux, repo, tmuxServer } from './tmux.ts';

const t = tmuxServer('reliability');
const REHEARSE = `node ${join(repo, 'bin/rehearse.js')}`;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
let root: string;

beforeAll(() => {
  if (!hasTmux()) throw new Error('tmux is needed for this test: apt-get install -y tmux');
  ensureBundle();
  root = mkdtempSync(join(tmpdir(), 'rehearse-reliability-'));
  chmodSync(root, 0o755); // an ordinary user (uid 65534) must reach the folders made for it
}, 120_000);

afterAll(() => {
  t.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

let n = 0;
/** A fresh home for one test: its data and config folders (owned by the ordinary user when `ordinary`). */
function home(ordinary = false): { env: Record<string, string>; data: string } {
  const dir = join(root, `h${++n}`);
  mkdirSync(join(dir, 'data', 'rehearse'), { recursive: true });
  mkdirSync(join(dir, 'config'), { recursive: true });
  if (ordinary && process.getuid?.() === 0)
    for (const d of [dir, join(dir, 'data'), join(dir, 'data', 'rehearse'), join(dir, 'config')])
      chownSync(d, 65534, 65534);
  const env = { XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config'), HOME: dir, LANG: 'C.UTF-8' };
  return { env, data: join(dir, 'data', 'rehearse') };
}

/** The screen with its line breaks and runs of spaces as one space (Ink wraps messages itself). */
const flat = (screen: string) => screen.replace(/\s+/g, ' ');
const attemptsIn = (data: string) =>
  JSON.parse(readFileSync(join(data, 'progress.json'), 'utf8')).attempts as unknown[];
const FREE_ANSWER = "It's not your fault, you did the right thing telling me. I am listening.";

/** Answers the prompt a drill pane shows: the first option of a choice, else a typed answer. */
function answerKeys(screen: string): string[] {
  return screen.includes('❯ 1.') ? ['1'] : ['-l', FREE_ANSWER, ';', 'send-keys', '-t', '%PANE%', 'Enter'];
}

/** Sends each pane its answer in one tmux command: the answers arrive in the same instant. */
function answerTogether(panes: string[], screens: string[]): void {
  const args: string[] = [];
  panes.forEach((p, i) => {
    if (i) args.push(';');
    args.push('send-keys', '-t', p, ...answerKeys(screens[i]!).map((k) => (k === '%PANE%' ? p : k)));
  });
  t.tmux(...args);
}

describe('the walkthrough reliability table, replayed', () => {
  it('two drills in one data folder, answers sent in the same instant: 0 attempts lost of 50 over 5 rounds', async () => {
    const { env, data } = home();
    const panes = ['a', 'b'];
    for (let round = 0; round < 5; round++) {
      panes.forEach((p, i) =>
        t.start(`${p}${round}`, `${REHEARSE} drill --count 5 --lang en --seed ${round * 2 + i}`, env),
      );
      const here = panes.map((p) => `${p}${round}`);
      for (let k = 1; k <= 5; k++) {
        const screens = await Promise.all(
          here.map((p) => t.waitFor(p, new RegExp(`Drill ${k}/5[\\s\\S]*(❯ 1\\.|> )`))),
        );
        answerTogether(here, screens);
        await Promise.all(here.map((p) => t.waitFor(p, new RegExp(`Drill ${k}/5[\\s\\S]*Score for this prompt`))));
        t.tmux('send-keys', '-t', here[0]!, 'Enter', ';', 'send-keys', '-t', here[1]!, 'Enter');
      }
      await Promise.all(here.map((p) => t.waitFor(p, 'Drill summary')));
      here.forEach((p) => t.keys(p, 'Enter'));
      await Promise.all(here.map((p) => t.waitFor(p, 'exit code 0')));
      expect(attemptsIn(data)).toHaveLength(10 * (round + 1));
    }
    expect(readdirSync(data).filter((f) => f.endsWith('.lock') || f.endsWith('.tmp'))).toEqual([]);
  }, 240_000);

  it('a progress file the user cannot read is kept untouched, and the drill says the answer is not saved', async () => {
    const { env, data } = home(true);
    const file = join(data, 'progress.json');
    writeFileSync(
      file,
      serializeProgress([1, 2, 3].map((i) => attemptOf({ scenario: `s${i}`, at: `2026-11-0${i}T10:00:00Z` }))),
    );
    chmodSync(file, 0o600); // root's, as after a `sudo rehearse drill`; the tests' ordinary user cannot read it
    const before = readFileSync(file, 'utf8');
    t.start('eacces', `${asOrdinaryUser()}${REHEARSE} drill --count 1 --lang en --seed 4`, env);
    const first = await t.waitFor('eacces', /Drill 1\/1[\s\S]*(❯ 1\.|> )/);
    expect(flat(first)).toMatch(/could not be read \(EACCES: permission denied.*nothing is saved over it/);
    answerTogether(['eacces'], [first]);
    const scored = await t.waitFor('eacces', 'Score for this prompt');
    expect(flat(scored)).toContain('This attempt could not be saved (the stored progress must not be overwritten)');
    t.keys('eacces', 'Enter');
    await t.waitFor('eacces', 'Drill summary');
    t.keys('eacces', 'Enter');
    const end = await t.waitFor('eacces', /exit code \d+/);
    expect(end).toContain('exit code 0');
    expect(end).not.toMatch(/\n\s+at |internal error/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 60_000);

  it('a read-only data folder is told before the first answer; drill and play go on without a crash', async () => {
    const { env, data } = home(true);
    chmodSync(data, 0o555);
    t.start('ro', `${asOrdinaryUser()}${REHEARSE} drill --count 1 --lang en --seed 2`, env);
    const first = await t.waitFor('ro', /Drill 1\/1[\s\S]*(❯ 1\.|> )/);
    expect(flat(first)).toMatch(/Rehearse cannot save in \S*rehearse \(EACCES/);
    answerTogether(['ro'], [first]);
    await t.waitFor('ro', 'Score for this prompt');
    t.keys('ro', 'Enter');
    await t.waitFor('ro', 'Drill summary');
    t.keys('ro', 'Enter');
    expect(await t.waitFor('ro', /exit code \d+/)).toContain('exit code 0');
    t.start(
      'ro-play',
      `${asOrdinaryUser()}${REHEARSE} play ${join(repo, 'tests/fixtures/contract-example.yaml')}`,
      env,
    );
    const play = await t.waitFor('ro-play', 'Accueillez');
    expect(flat(play)).toMatch(/Rehearse ne peut pas enregistrer dans \S*rehearse \(EACCES/);
    t.type('ro-play', "Tu es au bon endroit, je t'écoute.");
    await t.waitFor('ro-play', 'Il demande');
    t.keys('ro-play', 'C-c');
    const stopped = await t.waitFor('ro-play', /exit code \d+/);
    expect(stopped).toContain('exit code 130');
    expect(stopped).not.toMatch(/internal error|\n\s+at /);
    expect(readdirSync(data)).toEqual([]);
  }, 60_000);

  it('a folder in place of progress.json: told, kept, and the drill goes on', async () => {
    const { env, data } = home();
    mkdirSync(join(data, 'progress.json'));
    t.start('eisdir', `${REHEARSE} drill --count 1 --lang en --seed 5`, env);
    const first = await t.waitFor('eisdir', /Drill 1\/1[\s\S]*(❯ 1\.|> )/);
    expect(flat(first)).toMatch(/could not be read \(EISDIR/);
    answerTogether(['eisdir'], [first]);
    expect(flat(await t.waitFor('eisdir', 'Score for this prompt'))).toContain('This attempt could not be saved');
    t.keys('eisdir', 'Enter');
    await t.waitFor('eisdir', 'Drill summary');
    t.keys('eisdir', 'Enter');
    expect(await t.waitFor('eisdir', /exit code \d+/)).toContain('exit code 0');
    expect(readdirSync(join(data, 'progress.json'))).toEqual([]);
  }, 60_000);

  it('typed and pasted escape sequences (SGR, OSC 52, BEL, C1) never crash the drill nor reach the answer', async () => {
    const { env, data } = home();
    const file = join(repo, 'tests/fixtures/contract-example.yaml');
    t.start('sgr', `${REHEARSE} play ${file} --seed 3`, env);
    await t.waitFor('sgr', 'Accueillez');
    t.type('sgr', "\u001b[31mTu es au bon endroit\u001b[0m, je \u0007t'écoute\u009b5m ", false);
    writeFileSync(
      join(root, 'paste.txt'),
      'prends \u001b[1;31mton\u001b[0m temps\u001b]52;c;cm0gLXJmIH4=\u0007 ok\nfin',
    );
    t.paste('sgr', join(root, 'paste.txt'));
    const typed = await t.waitFor('sgr', 'ok fin');
    expect(typed).toContain("> Tu es au bon endroit, je t'écoute prends ton temps ok fin▌");
    t.keys('sgr', 'Enter');
    await t.waitFor('sgr', 'Il demande');
    t.keys('sgr', 'C-c');
    const end = await t.waitFor('sgr', /exit code \d+/);
    expect(end).not.toMatch(/TypeError|internal error|\n\s+at /);
    const saved = JSON.parse(readFileSync(join(data, 'session.webcam-blackmail-call.json'), 'utf8'));
    const answer = saved.state.events.find((e: { type: string }) => e.type === 'feedback').answer as string;
    expect(answer).toBe("Tu es au bon endroit, je t'écoute prends ton temps ok fin");
    expect(answer).not.toMatch(CONTROL);
  }, 60_000);

  it('a 100 000-character paste appears in the answer field whole and is scored', async () => {
    const { env, data } = home();
    const words = ['listen', 'not', 'your', 'fault', 'call', 'help', 'trust'];
    const big = Array.from({ length: 20_000 }, (_, i) => words[(i * 7) % words.length])
      .join(' ')
      .padEnd(100_000, ' x')
      .slice(0, 100_000);
    writeFileSync(join(root, 'big.txt'), big);
    t.start('big', `${REHEARSE} play ${join(repo, 'tests/fixtures/contract-example.yaml')} --seed 1`, env);
    await t.waitFor('big', 'Accueillez');
    t.paste('big', join(root, 'big.txt'));
    // How fast is `npm run bench`'s business (row 4c); here: it appears, counted, without freezing the screen.
    await t.waitFor('big', /100\u202f000 caractères/, 20_000);
    t.keys('big', 'Enter');
    const scored = await t.waitFor('big', 'Il demande', 20_000);
    expect(scored).toMatch(/98\u202f000 caractères de plus/);
    t.keys('big', 'C-c');
    await t.waitFor('big', /exit code \d+/);
    const saved = JSON.parse(readFileSync(join(data, 'session.webcam-blackmail-call.json'), 'utf8'));
    expect(saved.state.events.find((e: { type: string }) => e.type === 'feedback').answer).toHaveLength(100_000);
  }, 60_000);

  it('a scenario file with OSC 0/8/52, SGR blink, BEL and C1 sequences cannot drive the terminal', async () => {
    const { env } = home();
    const hostile = readFileSync(join(repo, 'tests/fixtures/contract-example.yaml'), 'utf8')
      .replace(
        '"Lucas, 15 ans, appelle la ligne d\'écoute."',
        '"Lucas\\e]0;PWNED-TITLE\\a appelle \\e]52;c;cm0gLXJmIH4=\\a\\e[5mvite\\e[0m"',
      )
      .replace(
        "Euh… bonjour. Je sais pas si j'appelle au bon endroit.",
        'Euh\u001b]8;;https://evil.example\u0007lien\u001b]8;;\u0007 \u009d0;RAW-TITLE\u009c bonjour\u0007',
      );
    const file = join(root, 'hostile.yaml');
    writeFileSync(file, hostile);
    const validate = execFileSync('node', [join(repo, 'bin/rehearse.js'), 'validate', file], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(validate.match(/warning RH069/g)).toHaveLength(2);
    const raw = join(root, 'hostile.out');
    t.start('hostile', `sleep 0.5; ${REHEARSE} play ${file}`, env);
    t.tmux('pipe-pane', '-t', 'hostile', '-o', `cat >> ${raw}`);
    const shown = await t.waitFor('hostile', 'Accueillez');
    expect(shown).toContain('Lucas\uFFFD]0;PWNED-TITLE\uFFFD appelle');
    t.keys('hostile', 'C-c');
    await t.waitFor('hostile', /exit code \d+/);
    const bytes = readFileSync(raw, 'latin1');
    expect(bytes).not.toMatch(/\u001b\]/); // no OSC: title, hyperlink, clipboard
    expect(bytes).not.toContain('\u0007');
    expect(bytes).not.toContain('\u001b[5m');
    expect(readFileSync(raw, 'utf8')).not.toMatch(/[\u0080-\u009f]/);
    expect(t.tmux('display-message', '-p', '-t', 'hostile', '#{pane_title}')).not.toMatch(/PWNED|RAW-TITLE/);
  }, 60_000);

  it('two plays at once keep their own sessions; the same scenario twice is refused; --resume lists both', async () => {
    const { env, data } = home();
    t.start('p1', `${REHEARSE} play s06-public-account-fr --seed 1`, env);
    t.start('p2', `${REHEARSE} play s04-friend-at-risk-fr --seed 1`, env);
    const screens = [await t.waitFor('p1', /(❯ 1\.|> )/), await t.waitFor('p2', /(❯ 1\.|> )/)];
    answerTogether(['p1', 'p2'], screens);
    t.start('p3', `${REHEARSE} play s06-public-account-fr`, env);
    expect(flat(await t.waitFor('p3', /exit code \d+/))).toMatch(
      /est en cours dans un autre terminal \(processus \d+\).*exit code 1/,
    );
    await new Promise((r) => setTimeout(r, 500));
    t.tmux('send-keys', '-t', 'p1', 'C-c', ';', 'send-keys', '-t', 'p2', 'C-c');
    for (const [p, id] of [
      ['p1', 's06-public-account-fr'],
      ['p2', 's04-friend-at-risk-fr'],
    ] as const) {
      expect(await t.waitFor(p, /exit code \d+/)).toContain(`rehearse play --resume ${id}`);
      const saved = JSON.parse(readFileSync(join(data, `session.${id}.json`), 'utf8'));
      expect(saved.state.events.filter((e: { type: string }) => e.type === 'feedback')).toHaveLength(1);
    }
    t.start('p4', `${REHEARSE} play --resume`, env);
    const list = await t.waitFor('p4', 'Choose a scenario (2 of 2)');
    expect(list).toMatch(/interrupted[\s\S]*interrupted/);
    t.keys('p4', 'C-c');
  }, 60_000);

  it('`drill > out.txt` is refused like a drill without a terminal on its input', async () => {
    const { env } = home();
    const out = join(root, 'out.txt');
    t.start('redirect', `${REHEARSE} drill > ${out}`, env);
    const shown = await t.waitFor('redirect', /exit code \d+/);
    expect(flat(shown)).toContain('this command is interactive and needs a terminal (standard output is not a TTY).');
    expect(shown).toContain('exit code 2');
    expect(readFileSync(out, 'utf8')).toBe('');
  }, 30_000);

  it('an Enter sent in the same instant as the one that shows the summary ends the drill (no key dropped)', async () => {
    const { env } = home();
    t.start('burst', `${REHEARSE} drill --count 1 --lang en --seed 3`, env);
    const first = await t.waitFor('burst', 'Enter to send');
    answerTogether(['burst'], [first]);
    await t.waitFor('burst', 'Enter: see the summary');
    t.keys('burst', 'Enter', 'Enter'); // one tmux command: both reach the drill in one read
    const shown = await t.waitFor('burst', /exit code \d+/, 10_000);
    expect(shown).toContain('exit code 0');
  }, 30_000);

  it('colours and highlights in a colour terminal even with CI set; [brackets] with NO_COLOR', async () => {
    const file = join(repo, 'tests/fixtures/contract-example.yaml');
    for (const [name, extra] of [
      ['colour', { CI: '1' }],
      ['plain', { NO_COLOR: '1' }],
    ] as const) {
      const { env } = home();
      t.start(name, `${REHEARSE} play ${file} --seed 2`, { ...env, ...extra });
      await t.waitFor(name, 'Accueillez');
      t.type(name, "Tu es au bon endroit, je t'écoute.");
      await t.waitFor(name, 'Il demande');
      const shown = t.screen(name, true);
      if (name === 'colour') {
        expect(shown).toMatch(/\u001b\[[0-9;]*4[0-9;]*m(\u001b\[[0-9;]*m)*bon endroit/); // underlined
        expect(shown).toMatch(/\u001b\[[0-9;]*32m[^\n]*✓ \+2/); // a green ✓
      } else {
        expect(shown).not.toContain('\u001b[');
        expect(shown).toContain("Vous\u00a0: Tu es au [bon endroit], [je t'écoute].");
      }
      t.keys(name, 'C-c');
      await t.waitFor(name, /exit code \d+/);
    }
  }, 60_000);
});
