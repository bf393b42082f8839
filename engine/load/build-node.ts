/** Builds one node of the scenario graph: its lines, its prompt (free or choice) and its exits. */
import type { ChoiceAsk, ChoiceOption, Criterion, FreeAsk, Line, ScenarioNode } from '../types.ts';
import { msg } from '../diagnostics/message.ts';
import type { Collected } from './collect.ts';
import { LoadContext, isSeq, type Node } from './context.ts';
import {
  checkId,
  defined,
  readBool,
  readList,
  readMap,
  readNumber,
  readOptional,
  readText,
  readTextList,
} from './read.ts';
import { readCondition, readRoutes, readSet } from './build-parts.ts';
import { checkRequired, readExamples, readReason } from './read-r2.ts';

const NODE_KEYS = ['say', 'ask', 'goto', 'next', 'end', 'drill', 'context'] as const;
const FREE_KEYS = ['prompt', 'hint', 'seconds', 'model', 'criteria', 'next'] as const;
const CHOICE_KEYS = ['prompt', 'seconds', 'shuffle', 'options'] as const;
const CRITERION_KEYS = [
  'id',
  'competency',
  'points',
  'match',
  'all',
  'critical',
  'required',
  'feedback',
  'set',
  'examples',
] as const;
const OPTION_KEYS = ['id', 'text', 'competency', 'points', 'critical', 'feedback', 'set', 'goto'] as const;
const LINE_KEYS = ['who', 'text', 'when'];

/** `text:` of a line — one string or a list of variants. */
function readVariants(ctx: LoadContext, n: Node | null, what: string): string[] | undefined {
  if (n && isSeq(n)) return readTextList(ctx, n, what, { min: 1 });
  const t = readText(ctx, n, what);
  return t === undefined ? undefined : [t];
}

function readLine(ctx: LoadContext, raw: Node | null, what: string, found: Collected): Line | undefined {
  const f = readMap(ctx, raw, what, null);
  if (!f) return undefined;
  const speakers = [...f.keys()].filter((k) => !LINE_KEYS.includes(k));
  let who: string | undefined;
  let text: string[] | undefined;
  if (f.has('who') || f.has('text')) {
    for (const k of speakers)
      ctx.report(
        'RH011',
        f.get(k)!.key,
        msg`unknown key "${k}" in ${what} (a line is {who, text, when} or the shorthand {character: text})`,
      );
    if (!f.has('who')) ctx.report('RH010', raw, msg`${what} is missing the required key "who"`);
    if (!f.has('text')) ctx.report('RH010', raw, msg`${what} is missing the required key "text"`);
    const w = f.get('who');
    if (w) {
      who = readText(ctx, w.value, `${what}.who`);
      if (who !== undefined) found.refs.push({ kind: 'character', id: who, at: w.value, what: 'who' });
    }
    const t = f.get('text');
    if (t) text = readVariants(ctx, t.value, `${what}.text`);
  } else if (speakers.length === 1) {
    const k = speakers[0]!;
    who = k;
    found.refs.push({ kind: 'character', id: k, at: f.get(k)!.key, what: 'line' });
    text = readVariants(ctx, f.get(k)!.value, `${what}.${k}`);
  } else {
    ctx.report(
      'RH013',
      raw,
      speakers.length
        ? msg`${what} names ${speakers.length} speakers (${speakers.join(', ')}); a line has one`
        : msg`${what} has no speaker`,
      msg`write { character_id: "text" } or { who: character_id, text: "…" }`,
    );
  }
  if (who === undefined || text === undefined) return undefined;
  const line: Line = { who, text };
  const w = f.get('when');
  if (w) {
    const c = readCondition(ctx, w.value, found, `${what}.when`);
    if (c) line.when = c;
  }
  return line;
}

const kindWord = (k: 'criterion' | 'option') => (k === 'option' ? msg`option` : msg`criterion`);
const aKind = (k: 'criterion' | 'option') => (k === 'option' ? msg`an option` : msg`a criterion`);

function declareId(
  ctx: LoadContext,
  found: Collected,
  id: string,
  at: Node | null,
  kind: 'criterion' | 'option',
  node: string,
): void {
  const prev = found.ids.get(id);
  if (prev) {
    const p = prev.at?.range ? ctx.lc.linePos(prev.at.range[0]) : null;
    ctx.report(
      'RH015',
      at,
      p
        ? msg`${kindWord(kind)} id "${id}" is already used by ${aKind(prev.kind)} at line ${p.line}; ids are unique across the scenario`
        : msg`${kindWord(kind)} id "${id}" is already used by ${aKind(prev.kind)}; ids are unique across the scenario`,
    );
  } else found.ids.set(id, { kind, at, node });
}

function readCriterion(
  ctx: LoadContext,
  raw: Node | null,
  what: string,
  found: Collected,
  node: string,
): Criterion | undefined {
  const f = readMap(ctx, raw, what, CRITERION_KEYS, ['id', 'competency', 'points']);
  if (!f) return undefined;
  const id = f.get('id') ? readText(ctx, f.get('id')!.value, `${what}.id`) : undefined;
  if (id !== undefined && checkId(ctx, id, f.get('id')!.value, 'criterion'))
    declareId(ctx, found, id, f.get('id')!.value, 'criterion', node);
  const comp = f.get('competency') ? readText(ctx, f.get('competency')!.value, `${what}.competency`) : undefined;
  if (comp !== undefined)
    found.refs.push({ kind: 'competency', id: comp, at: f.get('competency')!.value, what: 'competency' });
  const points = f.get('points')
    ? readNumber(ctx, f.get('points')!.value, `${what}.points`, { int: true, nonZero: true })
    : undefined;
  const c: Criterion = { id: id ?? '', competency: comp ?? '', points: points ?? 0 };
  const m = f.get('match');
  const a = f.get('all');
  if (m && a) ctx.report('RH013', a.key, msg`${what} has both "match" and "all"; use one`);
  else if (!m && !a)
    ctx.report('RH010', raw, msg`${what} needs "match" (a list of phrases) or "all" (a list of phrase lists)`);
  const phrase = (item: Node | null, i: number, w: string) => {
    const t = readText(ctx, item, `${w}[${i + 1}]`);
    if (t !== undefined) found.phrases.push({ text: t, at: item, criterion: c, node });
    return t;
  };
  if (m) c.match = readList(ctx, m.value, `${what}.match`, (it, i) => phrase(it, i, `${what}.match`), { min: 1 });
  else if (a)
    c.all = readList(
      ctx,
      a.value,
      `${what}.all`,
      (it, i) =>
        readList(ctx, it, `${what}.all[${i + 1}]`, (p, j) => phrase(p, j, `${what}.all[${i + 1}]`), { min: 1 }),
      { min: 1 },
    );
  Object.assign(c, defined({ feedback: readOptional(f, 'feedback', (v) => readText(ctx, v, `${what}.feedback`)) }));
  const reason = (key: 'critical' | 'required', otherwise: string) =>
    readOptional(f, key, (v) => readReason(ctx, v, `${what}.${key}`, c.feedback ?? otherwise));
  Object.assign(
    c,
    defined({
      critical: reason('critical', 'critical mistake'),
      required: reason('required', 'a required point was left out'),
      set: readOptional(f, 'set', (v) => readSet(ctx, v, found, `${what}.set`)),
    }),
  );
  if (f.has('required')) checkRequired(ctx, c, f.get('required')!.key, what);
  const examples = readOptional(f, 'examples', (v) =>
    readExamples(ctx, v, `${what}.examples`, found, { node, criterion: c }),
  );
  if (examples) c.examples = examples;
  return c;
}

function readOption(
  ctx: LoadContext,
  raw: Node | null,
  what: string,
  found: Collected,
  node: string,
): ChoiceOption | undefined {
  const f = readMap(ctx, raw, what, OPTION_KEYS, ['id', 'text', 'goto']);
  if (!f) return undefined;
  const id = f.get('id') ? readText(ctx, f.get('id')!.value, `${what}.id`) : undefined;
  if (id !== undefined && checkId(ctx, id, f.get('id')!.value, 'option'))
    declareId(ctx, found, id, f.get('id')!.value, 'option', node);
  const o: ChoiceOption = {
    id: id ?? '',
    text: (f.get('text') && readText(ctx, f.get('text')!.value, `${what}.text`)) || '',
    goto: '',
  };
  const g = f.get('goto');
  if (g) {
    const t = readText(ctx, g.value, `${what}.goto`);
    if (t !== undefined) {
      o.goto = t;
      found.refs.push({ kind: 'node', id: t, at: g.value, what: 'goto' });
    }
  }
  const comp = f.get('competency');
  const pts = f.get('points');
  if (comp && !pts) ctx.report('RH010', comp.key, msg`${what} has a "competency" but no "points" (they go together)`);
  if (pts && !comp) ctx.report('RH010', pts.key, msg`${what} has "points" but no "competency" (they go together)`);
  if (comp) {
    const t = readText(ctx, comp.value, `${what}.competency`);
    if (t !== undefined) {
      o.competency = t;
      found.refs.push({ kind: 'competency', id: t, at: comp.value, what: 'competency' });
    }
  }
  if (pts) {
    const p = readNumber(ctx, pts.value, `${what}.points`, { int: true });
    if (p !== undefined) o.points = p;
  }
  const fb = f.get('feedback');
  if (fb) {
    const t = readText(ctx, fb.value, `${what}.feedback`);
    if (t !== undefined) o.feedback = t;
  }
  const cr = f.get('critical');
  if (cr) {
    const t = readReason(ctx, cr.value, `${what}.critical`, o.feedback ?? 'critical mistake');
    if (t !== undefined) o.critical = t;
  }
  const s = f.get('set');
  if (s) {
    const e = readSet(ctx, s.value, found, `${what}.set`);
    if (e) o.set = e;
  }
  return o;
}

function readAsk(
  ctx: LoadContext,
  raw: Node | null,
  what: string,
  found: Collected,
  node: string,
): FreeAsk | ChoiceAsk | undefined {
  const f = readMap(ctx, raw, what, ['free', 'choice']);
  if (!f) return undefined;
  if (f.size !== 1) {
    ctx.report(f.size ? 'RH013' : 'RH010', raw, msg`${what} must hold exactly one of "free" or "choice"`);
    if (f.size === 0) return undefined;
  }
  const [kind, { value }] = [...f.entries()][0]!;
  const w = `${what}.${kind}`;
  if (kind === 'free') {
    const q = readMap(ctx, value, w, FREE_KEYS, ['criteria', 'next'], f.get('free')!.key);
    if (!q) return undefined;
    const ask: FreeAsk = { kind: 'free', criteria: [], next: [] };
    const text = (k: 'prompt' | 'hint' | 'model') => readOptional(q, k, (v) => readText(ctx, v, `${w}.${k}`));
    const seconds = readOptional(q, 'seconds', (v) => readNumber(ctx, v, `${w}.seconds`, { min: 1 }));
    Object.assign(ask, defined({ prompt: text('prompt'), hint: text('hint'), model: text('model'), seconds }));
    const cr = q.get('criteria');
    if (cr)
      ask.criteria = readList(
        ctx,
        cr.value,
        `${w}.criteria`,
        (it, i) => readCriterion(ctx, it, `${w}.criteria[${i + 1}]`, found, node),
        { min: 1 },
      );
    const nx = q.get('next');
    if (nx) ask.next = readRoutes(ctx, nx.value, found, `${w}.next`);
    return ask;
  }
  const q = readMap(ctx, value, w, CHOICE_KEYS, ['options'], f.get('choice')!.key);
  if (!q) return undefined;
  const ask: ChoiceAsk = { kind: 'choice', shuffle: false, options: [] };
  const prompt = readOptional(q, 'prompt', (v) => readText(ctx, v, `${w}.prompt`));
  const seconds = readOptional(q, 'seconds', (v) => readNumber(ctx, v, `${w}.seconds`, { min: 1 }));
  Object.assign(ask, defined({ prompt, seconds }));
  const sh = q.get('shuffle');
  if (sh) ask.shuffle = readBool(ctx, sh.value, `${w}.shuffle`) ?? false;
  const op = q.get('options');
  if (op)
    ask.options = readList(
      ctx,
      op.value,
      `${w}.options`,
      (it, i) => readOption(ctx, it, `${w}.options[${i + 1}]`, found, node),
      { min: 2 },
    );
  return ask;
}

/** Builds a node; its shape (exactly one of ask / goto / next, or an end) is checked here. */
export function readNode(
  ctx: LoadContext,
  id: string,
  keyNode: Node,
  raw: Node | null,
  found: Collected,
): ScenarioNode | undefined {
  const what = `node "${id}"`;
  const f = readMap(ctx, raw, what, NODE_KEYS, [], keyNode);
  if (!f) return undefined;
  const node: ScenarioNode = { id, say: [], drill: false };
  const say = f.get('say');
  if (say)
    node.say = readList(ctx, say.value, `${what}.say`, (it, i) => readLine(ctx, it, `${what}.say[${i + 1}]`, found));
  const exits = (['ask', 'goto', 'next'] as const).filter((k) => f.has(k));
  const end = f.get('end');
  if (end) {
    for (const k of exits)
      ctx.report('RH040', f.get(k)!.key, msg`${what} is an end ("end: …") and cannot also have "${k}"`);
    const o = readText(ctx, end.value, `${what}.end`);
    if (o !== undefined) {
      node.end = o;
      found.refs.push({ kind: 'outcome', id: o, at: end.value, what: 'end' });
    }
  } else if (exits.length === 0) {
    ctx.report(
      'RH040',
      keyNode,
      msg`${what} has no way out: give it "ask", "goto" or "next", or make it an end with "end: outcome"`,
    );
  } else if (exits.length > 1) {
    ctx.report(
      'RH040',
      f.get(exits[1]!)!.key,
      msg`${what} has both "${exits[0]}" and "${exits[1]}"; a node has exactly one of ask, goto, next`,
      exits.includes('ask') ? msg`after a prompt, routes go under ask.free.next or on each option` : undefined,
    );
  }
  const ask = readOptional(f, 'ask', (v) => readAsk(ctx, v, `${what}.ask`, found, id));
  const context = readOptional(f, 'context', (v) => readText(ctx, v, `${what}.context`));
  Object.assign(node, defined({ ask, context }));
  const g = f.get('goto');
  if (g) {
    const t = readText(ctx, g.value, `${what}.goto`);
    if (t !== undefined) {
      node.goto = t;
      found.refs.push({ kind: 'node', id: t, at: g.value, what: 'goto' });
    }
  }
  const nx = f.get('next');
  if (nx) node.next = readRoutes(ctx, nx.value, found, `${what}.next`);
  const d = f.get('drill');
  if (d) node.drill = readBool(ctx, d.value, `${what}.drill`) ?? false;
  if (node.drill && !node.ask)
    ctx.report('RH013', d!.key, msg`${what} has "drill: true" but no question ("ask") to drill`);
  return node;
}
