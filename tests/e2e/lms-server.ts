/**
 * The LMS side of the end-to-end run, on 127.0.0.1: serves unzipped packages (/pkg/<name>/), a
 * SCORM LMS page that provides window.API / window.API_1484_11 with scorm-again and keeps what the
 * content commits (/lms/), and a small cmi5 LMS (/cmi5/: the fetch URL for the auth token, the
 * State API with LMS.LaunchData, statements passed on to the real LRS).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';

const SCORM_AGAIN = fileURLToPath(new URL('../../node_modules/scorm-again/dist/', import.meta.url));

/** One commit (or finish) the content made, with the whole CMI as scorm-again renders it. */
export interface LmsCommit {
  event: 'commit' | 'finish';
  /** The SCORM edition of the LMS page that received it ('1.2' or '2004'). */
  version: string;
  cmi: Record<string, unknown>;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  xml: 'application/xml',
};

const LMS_SCRIPT = `(async () => {
  const q = new URLSearchParams(location.search);
  const v = q.get('v');
  const saved = await (await fetch('/lms/saved')).json();
  const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 };
  const api = v === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
  if (saved) api.loadFromJSON(saved);
  const post = (event) =>
    fetch('/lms/commit', { method: 'POST', body: JSON.stringify({ event, version: v, cmi: api.renderCMIToJSONObject() }) });
  api.on(v === '1.2' ? 'LMSCommit' : 'Commit', () => post('commit'));
  api.on(v === '1.2' ? 'LMSFinish' : 'Terminate', () => post('finish'));
  window[v === '1.2' ? 'API' : 'API_1484_11'] = api;
  document.getElementById('sco').src = q.get('launch');
})();`;

function lmsPage(version: string): string {
  const lib = version === '1.2' ? 'scorm12.min.js' : 'scorm2004.min.js';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,">
<script src="/lms/lib/${lib}"></script><script src="/lms/lms.js" defer></script></head>
<body style="margin:0"><iframe id="sco" title="Course" style="width:100%;height:100vh;border:0"></iframe></body></html>`;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The test LMS: its origin, the packages it serves, the SCORM commits seen, the cmi5 state, and close(). */
export interface TestLms {
  origin: string;
  packages: Map<string, Map<string, Uint8Array>>;
  commits: LmsCommit[];
  /** What the next SCORM launch starts from (the LMS's saved CMI), or null for a first attempt. */
  saved: Record<string, unknown> | null;
  /** cmi5 State API documents, by a key of stateId, activityId, registration. */
  state: Map<string, string>;
  tokens: number;
  close(): Promise<void>;
}

/** Starts the test LMS; `lrs` is the real LRS's statements base that cmi5 statements go to. */
export async function startTestLms(lrs: string): Promise<TestLms> {
  const lms: TestLms = {
    origin: '',
    packages: new Map(),
    commits: [],
    saved: null,
    state: new Map(),
    tokens: 0,
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    handle(lms, lrs, req, res).catch((e: unknown) => {
      res.writeHead(500).end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  lms.origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  lms.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return lms;
}

async function handle(lms: TestLms, lrs: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', lms.origin);
  const path = url.pathname;
  const send = (status: number, text: string | Uint8Array, type = 'text/plain') =>
    void res.writeHead(status, { 'Content-Type': type }).end(text);
  if (path.startsWith('/pkg/')) {
    const [, , name, ...rest] = path.split('/');
    const file = lms.packages.get(name ?? '')?.get(decodeURIComponent(rest.join('/')));
    if (!file) return send(404, 'not in the package');
    return send(200, file, TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
  }
  if (path === '/lms/scorm.html') return send(200, lmsPage(url.searchParams.get('v') ?? '1.2'), TYPES.html);
  if (path === '/lms/lms.js') return send(200, LMS_SCRIPT, TYPES.js);
  if (path.startsWith('/lms/lib/')) return send(200, readFileSync(SCORM_AGAIN + path.slice(9)), TYPES.js);
  if (path === '/lms/saved') return send(200, JSON.stringify(lms.saved), TYPES.json);
  if (path === '/lms/commit') {
    lms.commits.push(JSON.parse(await body(req)) as LmsCommit);
    return send(204, '');
  }
  if (path === '/cmi5/fetch' && req.method === 'POST') {
    lms.tokens++;
    return send(
      200,
      JSON.stringify({ 'auth-token': Buffer.from('lms-key:lms-secret').toString('base64') }),
      TYPES.json,
    );
  }
  if (path === '/cmi5/xapi/activities/state') return stateApi(lms, url, req, res);
  if (path.startsWith('/cmi5/xapi/')) return forward(lrs, `${path.slice('/cmi5/xapi/'.length)}${url.search}`, req, res);
  send(404, 'not found');
}

function stateKey(url: URL): string {
  const q = url.searchParams;
  return [q.get('stateId'), q.get('activityId'), q.get('registration'), q.get('agent')].join('\n');
}

async function stateApi(lms: TestLms, url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const auth = req.headers.authorization;
  if (auth !== `Basic ${Buffer.from('lms-key:lms-secret').toString('base64')}`) {
    res.writeHead(401).end('no or wrong auth token');
    return;
  }
  const key = stateKey(url);
  if (req.method === 'GET' && !url.searchParams.has('stateId')) {
    const prefix = key.slice(key.indexOf('\n'));
    const ids = [...lms.state.keys()].filter((k) => k.endsWith(prefix)).map((k) => k.split('\n')[0]);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(ids));
    return;
  }
  if (req.method === 'GET') {
    const doc = lms.state.get(key);
    if (doc === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'Content-Type': doc.startsWith('{') ? 'application/json' : 'text/plain' }).end(doc);
    return;
  }
  lms.state.set(key, await body(req));
  res.writeHead(204).end();
}

async function forward(lrs: string, rest: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const init: RequestInit = {
    method: req.method ?? 'GET',
    headers: {
      'X-Experience-API-Version': String(req.headers['x-experience-api-version'] ?? '1.0.3'),
      'Content-Type': String(req.headers['content-type'] ?? 'application/json'),
      Authorization: `Basic ${Buffer.from('lrs:lrs').toString('base64')}`,
    },
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') init.body = await body(req);
  const r = await fetch(`${lrs}${rest}`, init);
  res.writeHead(r.status, { 'Content-Type': r.headers.get('content-type') ?? 'text/plain' });
  res.end(Buffer.from(await r.arrayBuffer()));
}

/** Registers what the LMS does before launching an AU: LMS.LaunchData, and its `launched` statement. */
export async function prepareCmi5Launch(
  lms: TestLms,
  lrs: string,
  au: { activityId: string; registration: string; sessionId: string; actor: object; url: string },
): Promise<string> {
  const agent = JSON.stringify(au.actor);
  const contextTemplate = {
    contextActivities: { grouping: [{ objectType: 'Activity', id: au.activityId }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': au.sessionId },
  };
  const launchData = { contextTemplate, launchMode: 'Normal', launchMethod: 'AnyWindow', moveOn: 'CompletedAndPassed' };
  const q = new URLSearchParams({
    stateId: 'LMS.LaunchData',
    activityId: au.activityId,
    registration: au.registration,
    agent,
  });
  lms.state.set(stateKey(new URL(`${lms.origin}/?${q}`)), JSON.stringify(launchData));
  const launched = {
    id: crypto.randomUUID(),
    actor: au.actor,
    verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'Launched' } },
    object: { objectType: 'Activity', id: au.activityId },
    context: {
      registration: au.registration,
      contextActivities: {
        ...contextTemplate.contextActivities,
        category: [{ objectType: 'Activity', id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }],
      },
      extensions: {
        ...contextTemplate.extensions,
        'https://w3id.org/xapi/cmi5/context/extensions/launchmode': 'Normal',
      },
    },
    timestamp: new Date().toISOString(),
  };
  const r = await fetch(`${lrs}statements`, {
    method: 'POST',
    headers: {
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
      Authorization: 'Basic bG1zOmxtcw==',
    },
    body: JSON.stringify(launched),
  });
  if (!r.ok) throw new Error(`the LRS refused the LMS's launched statement: ${r.status} ${await r.text()}`);
  const params = new URLSearchParams({
    endpoint: `${lms.origin}/cmi5/xapi/`,
    fetch: `${lms.origin}/cmi5/fetch`,
    actor: agent,
    registration: au.registration,
    activityId: au.activityId,
  });
  return `${lms.origin}/pkg/${au.url}?${params}`;
}
