/**
 * Drives the real, built `rehearse` in tmux panes, as a facilitator's terminal would: keys, pastes,
 * what the pane shows (with its colours: capture-pane -e) and the raw bytes the program wrote.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '../..');
const bundle = join(repo, 'dist/cli/cli.js');

/** True when tmux can be run here (CI installs it: .ci/run). */
export function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V']);
    return true;
  } catch {
    return false;
  }
}

/** Newest modification time of the sources the bundle is built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(tsx?|ya?ml)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/cli when a source is newer than it (`npm test` builds it first anyway). */
export function ensureBundle(): void {
  const stale =
    !existsSync(bundle) ||
    statSync(bundle).mtimeMs <
      Math.max(...['terminal', 'app', 'engine', 'scenarios'].map((d) => newestSource(join(repo, d))));
  if (stale)
    execFileSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], {
      cwd: repo,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    }); // vitest's NODE_ENV=test would bundle React's dev JSX runtime
}

/** A tmux server of its own (a socket per test file), so that tests never touch a person's tmux. */
export function tmuxServer(name: string) {
  const socket = `rehearse-${name}-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  /** Starts `command` in a new pane `session` (w × h), with `env` set; "exit code N" is shown when it ends. */
  const start = (session: string, command: string, env: Record<string, string>, size: [number, number] = [100, 40]) => {
    const vars = Object.entries({ CI: '0', CONTINUOUS_INTEGRATION: '0', TERM: 'xterm-256color', ...env }).flatMap(
      ([k, v]) => ['-e', `${k}=${v}`],
    );
    const run = `${command}; echo "exit code $?"; sleep 600`;
    tmux('new-session', '-d', '-s', session, '-x', String(size[0]), '-y', String(size[1]), ...vars, '-c', repo, run);
  };
  /** What the pane shows now (`colour`: with its SGR sequences). */
  const screen = (session: string, colour = false) =>
    tmux('capture-pane', '-p', ...(colour ? ['-e'] : []), '-J', '-t', session, '-S', '-200');
  /** Waits until the pane shows `text`; the screen then. Fails with the screen when it does not come. */
  const waitFor = async (session: string, text: string | RegExp, ms = 20_000): Promise<string> => {
    const until = Date.now() + ms;
    let shown = '';
    while (Date.now() < until) {
      shown = screen(session);
      if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${String(text)} in ${session}; the screen was:\n${shown}`);
  };
  /** Types `text` literally (no key names), then Enter when `enter`. */
  const type = (session: string, text: string, enter = true) => {
    tmux('send-keys', '-t', session, '-l', text);
    if (enter) tmux('send-keys', '-t', session, 'Enter');
  };
  /** Pastes `text` as a terminal does, marked as a paste when the program asked for it (bracketed paste). */
  const paste = (session: string, file: string) => {
    tmux('load-buffer', '-b', 'p', file);
    tmux('paste-buffer', '-p', '-d', '-b', 'p', '-t', session);
  };
  const keys = (session: string, ...names: string[]) => tmux('send-keys', '-t', session, ...names);
  const kill = () => {
    try {
      tmux('kill-server');
    } catch {
      /* already gone */
    }
  };
  return { tmux, start, screen, waitFor, type, paste, keys, kill };
}

/** The command prefix that runs `rehearse` as an ordinary user when the tests run as root (file permissions apply). */
export function asOrdinaryUser(): string {
  return process.getuid?.() === 0 ? 'setpriv --reuid=65534 --regid=65534 --clear-groups ' : '';
}
