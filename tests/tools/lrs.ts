/**
 * Starts and stops the real LRS of the integration tests (tests/tools/lrs-server.mjs): in memory,
 * on 127.0.0.1, with the service's test authentication (MODELS_REPO=memory, AUTH_REPO=test,
 * STORAGE_REPO=local, EVENTS_REPO=test: no database, no Redis).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTestTools } from './test-tools.ts';

/** A running LRS: its statements API base (ending with `/`), and how to stop it. */
export interface RunningLrs {
  endpoint: string;
  origin: string;
  stop(): Promise<void>;
}

const SERVER = fileURLToPath(new URL('./lrs-server.mjs', import.meta.url));

/** Starts a fresh, empty LRS; rejects with its output if it does not listen within 30 s. */
export async function startLrs(): Promise<RunningLrs> {
  const tools = ensureTestTools();
  const storage = mkdtempSync(join(tmpdir(), 'rehearse-lrs-'));
  const child: ChildProcess = spawn(process.execPath, [SERVER, tools], {
    cwd: storage,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      MODELS_REPO: 'memory',
      AUTH_REPO: 'test',
      STORAGE_REPO: 'local',
      EVENTS_REPO: 'test',
      FS_LOCAL_STORAGE_DIR: storage,
      EXPRESS_MORGAN_DIRECTORY: join(storage, 'logs'),
      WINSTON_CONSOLE_LEVEL: 'error',
      SERVICE_AWAIT_UPDATES: 'true',
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
    },
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the LRS did not start in 30 s:\n${output}`)), 30000);
    const onData = (b: Buffer) => {
      output += b.toString();
      const m = /LISTENING (\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the LRS exited (${code}):\n${output}`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    endpoint: `${origin}/xAPI/`,
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve(rmSync(storage, { recursive: true, force: true }));
        child.once('exit', () => resolve(rmSync(storage, { recursive: true, force: true })));
        child.kill('SIGTERM');
      }),
  };
}

/** A TCP-level stand-in for the network: forwards to the LRS when up, refuses connections when down. */
export async function startProxy(target: URL) {
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((req, res) => {
        const out = request(
          { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
          (r) => {
            res.writeHead(r.statusCode ?? 502, r.headers);
            r.pipe(res);
          },
        );
        req.pipe(out);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.closeAllConnections();
      server.close(() => resolve());
      server = null;
    });
  await listen();
  return { origin: `http://127.0.0.1:${port}`, up: listen, down: close, close };
}
