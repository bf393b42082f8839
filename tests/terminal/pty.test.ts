/**
 * Drives the real, built `rehearse drill` in a tmux pseudo-terminal, as a trainee would:
 * answer one prompt, read the score, see the summary, and find the result in the progress file.
 * Ink renders nothing live when CI is set (is-in-ci), so each session clears CI: a facilitator's terminal is not a CI log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle, hasTmux, repo } from './tmux.ts';

const socket = `rehearse-pty-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });

async function waitFor(text: string | RegExp, ms = 15000, target = 'drill'): Promise<string> {
  const until = Date.now() + ms;
  let screen = '';
  while (Date.now() < until) {
    screen = tmux('capture-pane', '-p', '-t', target);
    if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${String(text)}; the screen was:\n${screen}`);
}

let data: string;
beforeAll(() => {
  if (!hasTmux()) throw new Error('tmux is needed for this test: apt-get install -y tmux');
  ensureBundle();
  data = mkdtempSync(join(tmpdir(), 'rehearse-pty-'));
}, 120_000);

afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    /* already gone */
  }
  if (data) rmSync(data, { recursive: true, force: true });
});

describe('rehearse drill in a terminal', () => {
  it('answers one prompt, shows its score and the summary, and records it', async () => {
    tmux(
      'new-session',
      '-d',
      '-s',
      'drill',
      '-x',
      '100',
      '-y',
      '30',
      '-e',
      `XDG_DATA_HOME=${data}`,
      '-e',
      `XDG_CONFIG_HOME=${data}`,
      '-e',
      'CI=0',
      '-e',
      'CONTINUOUS_INTEGRATION=0',
      '-c',
      repo,
      `node bin/rehearse.js drill --count 1 --seed 7; echo "exit code $?"; sleep 60`,
    );
    const first = await waitFor(/(Drill|Exercice) 1\/1/);
    if (first.includes('❯ 1.')) tmux('send-keys', '-t', 'drill', '1');
    else tmux('send-keys', '-t', 'drill', "Je t'écoute, tu as bien fait d'en parler, ce n'est pas ta faute.", 'Enter');
    // The screens speak the scenario's language (fr or en).
    const scored = await waitFor(/(Score for this prompt: |Score pour cette question : )\d+/);
    expect(scored).toMatch(/(You: |Vous : )/);
    tmux('send-keys', '-t', 'drill', 'Enter');
    const summary = await waitFor(/Drill summary|Bilan de l’exercice/);
    expect(summary).toMatch(/1\. [✓✗]\s+\d+ /);
    tmux('send-keys', '-t', 'drill', 'Enter');
    await waitFor('exit code 0');
    const saved = JSON.parse(readFileSync(join(data, 'rehearse', 'progress.json'), 'utf8'));
    expect(saved.attempts).toHaveLength(1);
    expect(saved.attempts[0].drill.node).toEqual(expect.any(String));
    expect(String(saved.attempts[0].score)).toBe(
      /(?:Score for this prompt: |Score pour cette question : )(\d+)/.exec(scored)![1],
    );
  }, 60_000);

  it('plays a scenario file, saves it on Ctrl-C, and resumes it to the debrief', async () => {
    const file = join(repo, 'tests/fixtures/contract-example.yaml');
    const start = (name: string, args: string) =>
      tmux(
        'new-session',
        '-d',
        '-s',
        name,
        '-x',
        '100',
        '-y',
        '40',
        '-e',
        `XDG_DATA_HOME=${data}`,
        '-e',
        `XDG_CONFIG_HOME=${data}`,
        '-e',
        'CI=0',
        '-e',
        'CONTINUOUS_INTEGRATION=0',
        '-c',
        repo,
        `node bin/rehearse.js play ${args}; echo "exit code $?"; sleep 60`,
      );
    start('play', `${file} --seed 3`);
    await waitFor('Accueillez', 15000, 'play');
    tmux('send-keys', '-t', 'play', "Tu es au bon endroit, je t'écoute.", 'Enter');
    await waitFor('Il demande', 15000, 'play');
    tmux('send-keys', '-t', 'play', 'C-c');
    const stopped = await waitFor('exit code 130', 15000, 'play');
    // A French scenario: every message in French, the pointer to --resume included.
    expect(stopped).toContain(
      'Session enregistrée. Pour la reprendre\u00a0: rehearse play --resume webcam-blackmail-call',
    );
    expect(stopped).not.toMatch(/\n\s+at /);
    expect(existsSync(join(data, 'rehearse', 'session.webcam-blackmail-call.json'))).toBe(true);

    start('resume', '--resume');
    const resumed = await waitFor('Il demande', 15000, 'resume');
    expect(resumed).toContain("Vous\u00a0: Tu es au bon endroit, je t'écoute.");
    const refuse = /(\d)\. Surtout ne paie pas/.exec(resumed);
    expect(refuse).not.toBeNull();
    tmux('send-keys', '-t', 'resume', refuse![1]!);
    const debrief = await waitFor('Entrée\u00a0: terminer', 15000, 'resume');
    expect(debrief).toContain('✓ RÉUSSI');
    expect(debrief).toMatch(/Conseils de sécurité\s+█{20} 100/);
    tmux('send-keys', '-t', 'resume', 'Enter');
    await waitFor('exit code 0', 15000, 'resume');
    expect(existsSync(join(data, 'rehearse', 'session.webcam-blackmail-call.json'))).toBe(false);
    const saved = JSON.parse(readFileSync(join(data, 'rehearse', 'progress.json'), 'utf8'));
    expect(saved.attempts.filter((a: { scenario: string }) => a.scenario === 'webcam-blackmail-call')).toHaveLength(1);
  }, 60_000);
});
