/** Builds the scenario from the document's top-level mapping. */
import { msg, type MessageArg } from '../diagnostics/message.ts';
import type {
  Character,
  Competency,
  Resource,
  Scenario,
  ScenarioNode,
  ScenarioTest,
  TestExpect,
  Value,
} from '../types.ts';
import { record } from '../util.ts';
import type { Collected } from './collect.ts';
import { LoadContext, isMap, isScalar, yamlKind, type Node } from './context.ts';
import { checkId, readBool, readList, readMap, readNumber, readText, readTextList } from './read.ts';
import { readNode } from './build-node.ts';
import { readOutcome, readUse } from './read-r2.ts';
import { readScriptedAnswer } from './answers.ts';

const TOP_KEYS = [
  'format',
  'id',
  'title',
  'locale',
  'setting',
  'summary',
  'content_notes',
  'minutes',
  'pass',
  'tags',
  'characters',
  'competencies',
  'state',
  'concepts',
  'use',
  'outcomes',
  'start',
  'nodes',
  'debrief',
  'tests',
] as const;
const REQUIRED = [
  'format',
  'id',
  'title',
  'locale',
  'setting',
  'characters',
  'competencies',
  'start',
  'nodes',
] as const;
/** The locales the text analysis knows. */
export const LOCALES = ['fr', 'en'];
const SETTINGS = ['classroom', 'call', 'chat', 'report', 'parents'];
const RESERVED = ['who', 'text', 'when', 'narrator'];
const EXPECT_KEYS = ['outcome', 'passed', 'critical', 'score_min', 'score_max', 'path', 'matched', 'not_matched'];

/** A text that must be one of `allowed` (RH013 otherwise). */
export function oneOf(ctx: LoadContext, n: Node | null, what: string, allowed: string[]): string | undefined {
  const v = readText(ctx, n, what);
  if (v === undefined) return undefined;
  if (!allowed.includes(v)) {
    ctx.report('RH013', n, msg`${what} must be one of ${allowed.join(', ')}, not "${v}"`);
    return undefined;
  }
  return v;
}

const ONE: Record<string, string> = {
  characters: 'character',
  competencies: 'competency',
  state: 'state variable',
  concepts: 'concept',
  outcomes: 'outcome',
  nodes: 'node',
};

/** Iterates a mapping of id → value, checking each id. */
function entries(
  ctx: LoadContext,
  n: Node | null,
  what: string,
  each: (id: string, key: Node, value: Node | null) => void,
): void {
  const f = readMap(ctx, n, what, null);
  if (!f) return;
  const one = ONE[what] ?? what;
  for (const [id, { key, value }] of f) if (checkId(ctx, id, key, one)) each(id, key, value);
}

function readCharacters(ctx: LoadContext, n: Node | null): Scenario['characters'] {
  const out = record<Character>();
  out.narrator = { name: 'Narrator' };
  entries(ctx, n, 'characters', (id, key, value) => {
    if (RESERVED.includes(id)) {
      ctx.report('RH027', key, msg`"${id}" cannot be a character id (reserved: ${RESERVED.join(', ')})`);
      return;
    }
    const f = readMap(ctx, value, `character "${id}"`, ['name', 'age', 'role', 'description'], ['name'], key);
    if (!f) return;
    const c: Character = {
      name: (f.get('name') && readText(ctx, f.get('name')!.value, `character "${id}".name`)) || id,
    };
    const age = f.get('age');
    if (age) {
      const a = readNumber(ctx, age.value, `character "${id}".age`, { min: 0, max: 130 });
      if (a !== undefined) c.age = a;
    }
    for (const k of ['role', 'description'] as const) {
      const e = f.get(k);
      if (e) {
        const t = readText(ctx, e.value, `character "${id}".${k}`);
        if (t !== undefined) c[k] = t;
      }
    }
    out[id] = c;
  });
  if (Object.keys(out).length === 1 && n && isMap(n))
    ctx.report('RH013', n, msg`characters needs at least one character`);
  return out;
}

function readCompetencies(ctx: LoadContext, n: Node | null): Scenario['competencies'] {
  const out = record<Competency>();
  entries(ctx, n, 'competencies', (id, key, value) => {
    if (value && isMap(value)) {
      const f = readMap(ctx, value, `competency "${id}"`, ['label', 'weight'], ['label'], key);
      const label = f?.get('label') ? readText(ctx, f.get('label')!.value, `competency "${id}".label`) : undefined;
      const w = f?.get('weight') ? readNumber(ctx, f.get('weight')!.value, `competency "${id}".weight`) : 1;
      if (w !== undefined && w <= 0)
        ctx.report('RH013', f!.get('weight')!.value, msg`competency "${id}".weight must be above 0, not ${w}`);
      out[id] = { label: label ?? id, weight: w !== undefined && w > 0 ? w : 1 };
    } else {
      const label = readText(ctx, value, `competency "${id}"`);
      out[id] = { label: label ?? id, weight: 1 };
    }
  });
  if (Object.keys(out).length === 0 && n && isMap(n))
    ctx.report('RH013', n, msg`competencies needs at least one competency`);
  return out;
}

function readState(ctx: LoadContext, n: Node | null): Scenario['state'] {
  const out = record<Value>();
  entries(ctx, n, 'state', (id, key, value) => {
    if (value && isScalar(value) && ['number', 'boolean', 'string'].includes(typeof value.value))
      out[id] = value.value as Value;
    else
      ctx.report(
        'RH012',
        value ?? key,
        msg`state variable "${id}" needs an initial value (a number, true/false or text), not ${yamlKind(value)}`,
      );
  });
  return out;
}

function readResource(ctx: LoadContext, n: Node | null, what: string): Resource | undefined {
  const f = readMap(ctx, n, what, ['label', 'phone', 'url', 'description'], ['label']);
  if (!f || !f.get('label')) return undefined;
  const r: Resource = { label: readText(ctx, f.get('label')!.value, `${what}.label`) ?? '' };
  for (const k of ['phone', 'url', 'description'] as const) {
    const e = f.get(k);
    if (e) {
      const t = readText(ctx, e.value, `${what}.${k}`);
      if (t !== undefined) r[k] = t;
    }
  }
  return r;
}

function readTests(ctx: LoadContext, n: Node | null, found: Collected): ScenarioTest[] {
  return readList(ctx, n, 'tests', (item, i) => {
    const what = `tests[${i + 1}]`;
    const f = readMap(ctx, item, what, ['name', 'answers', 'expect'], ['name', 'answers', 'expect']);
    if (!f) return undefined;
    const t: ScenarioTest = {
      name: (f.get('name') && readText(ctx, f.get('name')!.value, `${what}.name`)) || what,
      answers: [],
      expect: {},
    };
    const a = f.get('answers');
    if (a)
      t.answers = readList(ctx, a.value, `${what}.answers`, (x, j) =>
        readScriptedAnswer(ctx, x, `${what}.answers[${j + 1}]`, found),
      );
    const e = f.get('expect');
    const ef = e ? readMap(ctx, e.value, `${what}.expect`, EXPECT_KEYS, [], e.key) : null;
    if (ef) {
      const ex: TestExpect = t.expect;
      const w = `${what}.expect`;
      for (const k of ['passed', 'critical'] as const)
        if (ef.has(k)) {
          const b = readBool(ctx, ef.get(k)!.value, `${w}.${k}`);
          if (b !== undefined) ex[k] = b;
        }
      for (const k of ['score_min', 'score_max'] as const)
        if (ef.has(k)) {
          const v = readNumber(ctx, ef.get(k)!.value, `${w}.${k}`, { min: 0, max: 100 });
          if (v !== undefined) ex[k] = v;
        }
      if (ef.has('outcome')) {
        const o = readText(ctx, ef.get('outcome')!.value, `${w}.outcome`);
        if (o !== undefined) {
          ex.outcome = o;
          found.refs.push({ kind: 'outcome', id: o, at: ef.get('outcome')!.value, what: 'test outcome' });
        }
      }
      if (ef.has('path'))
        ex.path = readList(ctx, ef.get('path')!.value, `${w}.path`, (x, j) => {
          const id = readText(ctx, x, `${w}.path[${j + 1}]`);
          if (id !== undefined) found.refs.push({ kind: 'node', id, at: x, what: 'test path' });
          return id;
        });
      for (const k of ['matched', 'not_matched'] as const)
        if (ef.has(k))
          ex[k] = readList(ctx, ef.get(k)!.value, `${w}.${k}`, (x, j) => {
            const id = readText(ctx, x, `${w}.${k}[${j + 1}]`);
            if (id !== undefined) found.refs.push({ kind: 'criterion', id, at: x, what: `test ${k}` });
            return id;
          });
    }
    return t;
  });
}

/** `concepts:` — name → phrases; the keys and each phrase are kept with their positions for the checks. */
export function readConcepts(ctx: LoadContext, n: Node | null, found: Collected): Scenario['concepts'] {
  const out = record<string[]>();
  entries(ctx, n, 'concepts', (id, key, value) => {
    found.conceptKeys.set(id, key);
    out[id] = readList(
      ctx,
      value,
      `concept "${id}"`,
      (item, i) => {
        const t = readText(ctx, item, `concept "${id}"[${i + 1}]`);
        if (t !== undefined) found.conceptPhrases.push({ text: t, at: item });
        return t;
      },
      { min: 1 },
    );
  });
  return out;
}

/** `format:` must be 1. */
export function checkFormat(ctx: LoadContext, n: Node | null, key: Node): void {
  if (!(n && isScalar(n) && (n.value === 1 || n.value === '1')))
    ctx.report('RH006', n ?? key, msg`format must be 1 (this is format version 1 of Rehearse), not ${yamlValue(n)}`);
}

/** The file's own `id`: lower-case letters, digits and "-". */
export function readFileId(ctx: LoadContext, n: Node | null): string | undefined {
  const id = readText(ctx, n, 'id');
  if (id !== undefined && !/^[a-z0-9-]+$/.test(id))
    ctx.report(
      'RH016',
      n,
      msg`id "${id}" may only hold lower-case letters, digits and "-"`,
      msg`e.g. ${id.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`,
    );
  return id;
}

/** Reads the whole top level into a Scenario (possibly incomplete when there were errors). */
export function buildScenario(ctx: LoadContext, root: Node | null, found: Collected): Scenario {
  const s: Scenario = {
    format: 1,
    id: '',
    title: '',
    locale: 'fr',
    setting: 'call',
    content_notes: [],
    pass: 70,
    tags: [],
    characters: record(),
    competencies: record(),
    state: record(),
    concepts: record(),
    outcomes: record(),
    criticalOutcomes: record(),
    use: [],
    start: '',
    nodes: record<ScenarioNode>(),
    debrief: { takeaways: [], resources: [] },
    tests: [],
  };
  const f = readMap(ctx, root, 'the scenario', TOP_KEYS, REQUIRED);
  if (!f) return s;
  const v = (k: string) => f.get(k)?.value ?? null;
  if (f.has('format')) checkFormat(ctx, v('format'), f.get('format')!.key);
  if (f.has('id')) s.id = readFileId(ctx, v('id')) ?? '';
  if (f.has('title')) s.title = readText(ctx, v('title'), 'title') ?? '';
  if (f.has('locale')) s.locale = (oneOf(ctx, v('locale'), 'locale', LOCALES) ?? 'fr') as Scenario['locale'];
  if (f.has('setting')) s.setting = (oneOf(ctx, v('setting'), 'setting', SETTINGS) ?? 'call') as Scenario['setting'];
  if (f.has('summary')) {
    const t = readText(ctx, v('summary'), 'summary');
    if (t !== undefined) s.summary = t;
  }
  if (f.has('content_notes')) s.content_notes = readTextList(ctx, v('content_notes'), 'content_notes');
  if (f.has('tags')) s.tags = readTextList(ctx, v('tags'), 'tags');
  if (f.has('minutes')) {
    const m = readNumber(ctx, v('minutes'), 'minutes', { min: 0 });
    if (m !== undefined) s.minutes = m;
  }
  if (f.has('pass')) s.pass = readNumber(ctx, v('pass'), 'pass', { min: 0, max: 100 }) ?? 70;
  if (f.has('characters')) s.characters = readCharacters(ctx, v('characters'));
  if (f.has('competencies')) s.competencies = readCompetencies(ctx, v('competencies'));
  if (f.has('state')) s.state = readState(ctx, v('state'));
  if (f.has('concepts')) s.concepts = readConcepts(ctx, v('concepts'), found);
  if (f.has('use')) s.use = readUse(ctx, v('use'), found);
  if (f.has('outcomes'))
    entries(ctx, v('outcomes'), 'outcomes', (id, key, value) => {
      const o = readOutcome(ctx, id, key, value);
      s.outcomes[id] = o.text;
      if (o.critical !== undefined) s.criticalOutcomes[id] = o.critical;
    });
  if (f.has('start')) {
    const st = readText(ctx, v('start'), 'start');
    if (st !== undefined) {
      s.start = st;
      found.refs.push({ kind: 'node', id: st, at: v('start'), what: 'start' });
    }
  }
  if (f.has('nodes')) {
    entries(ctx, v('nodes'), 'nodes', (id, key, value) => {
      found.nodeKeys.set(id, key);
      const node = readNode(ctx, id, key, value, found);
      if (node) s.nodes[id] = node;
    });
    const nm = v('nodes');
    if (nm && isMap(nm) && nm.items.length === 0) ctx.report('RH013', nm, msg`nodes needs at least one node`);
  }
  if (f.has('debrief')) {
    const d = readMap(ctx, v('debrief'), 'debrief', ['takeaways', 'resources'], [], f.get('debrief')!.key);
    if (d?.has('takeaways')) s.debrief.takeaways = readTextList(ctx, d.get('takeaways')!.value, 'debrief.takeaways');
    if (d?.has('resources'))
      s.debrief.resources = readList(ctx, d.get('resources')!.value, 'debrief.resources', (x, i) =>
        readResource(ctx, x, `debrief.resources[${i + 1}]`),
      );
  }
  if (f.has('tests')) s.tests = readTests(ctx, v('tests'), found);
  return s;
}

/** A scalar's value as the trainer wrote it (JSON), or what kind of value it is. */
function yamlValue(n: Node | null): MessageArg {
  return n && isScalar(n) ? JSON.stringify(n.value) : yamlKind(n);
}
