/** Typed reading of YAML nodes, each mistake reported with its position and a plain message. */
import { LoadContext, isMap, isScalar, isSeq, yamlKind, type Node } from './context.ts';
import { msg } from '../diagnostics/message.ts';
import { didYouMean } from './suggest.ts';

/** A mapping's entries: key text → key node and value node. */
export type Fields = Map<string, { key: Node; value: Node | null }>;

/** Reads a mapping whose keys must be among `allowed`; reports unknown and missing keys. */
export function readMap(
  ctx: LoadContext,
  raw: unknown,
  what: string,
  allowed: readonly string[] | null,
  required: readonly string[] = [],
  at?: Node | null,
): Fields | null {
  const node = ctx.deref(raw);
  if (!node || !isMap(node)) {
    ctx.report('RH012', node ?? at, msg`${what} must be a mapping of keys, not ${yamlKind(node)}`);
    return null;
  }
  const fields: Fields = new Map();
  for (const pair of node.items) {
    const key = ctx.deref(pair.key);
    if (!key || !isScalar(key) || key.value === null || typeof key.value === 'object') {
      ctx.report('RH012', key ?? node, msg`a key of ${what} must be a plain word, not ${yamlKind(key)}`);
      continue;
    }
    const name = String(key.value);
    if (fields.has(name)) continue; // the YAML parser already reported the duplicate (RH014)
    if (allowed && !allowed.includes(name)) {
      ctx.report(
        'RH011',
        key,
        msg`unknown key "${name}" in ${what}.${didYouMean(name, allowed)}`,
        msg`allowed keys: ${allowed.join(', ')}`,
      );
      continue;
    }
    fields.set(name, { key, value: ctx.deref(pair.value) });
  }
  for (const r of required)
    if (!fields.has(r)) ctx.report('RH010', at ?? node, msg`${what} is missing the required key "${r}"`);
  return fields;
}

/** The value of an optional key read with `read`; undefined when the key is absent or its value was a mistake. */
export function readOptional<T>(
  f: Fields,
  key: string,
  read: (value: Node | null, key: Node) => T | undefined,
): T | undefined {
  const e = f.get(key);
  return e ? read(e.value, e.key) : undefined;
}

/** `fields` without its undefined entries: the optional fields read, to assign onto what is built. */
export function defined<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** Text (a number is taken as its digits, e.g. `phone: 3018`); reports anything else. */
export function readText(ctx: LoadContext, n: Node | null, what: string): string | undefined {
  if (n && isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number')) return String(n.value);
  ctx.report(
    'RH012',
    n,
    msg`${what} must be text, not ${yamlKind(n)}`,
    n && isScalar(n) && n.value === null
      ? msg`write the text after the colon, in quotes if it holds a colon or a #`
      : undefined,
  );
  return undefined;
}

/** A number, optionally a whole one within bounds. */
export function readNumber(
  ctx: LoadContext,
  n: Node | null,
  what: string,
  opts: { int?: boolean; min?: number; max?: number; nonZero?: boolean } = {},
): number | undefined {
  if (!n || !isScalar(n) || typeof n.value !== 'number' || !Number.isFinite(n.value)) {
    ctx.report('RH012', n, msg`${what} must be a number, not ${yamlKind(n)}`);
    return undefined;
  }
  const v = n.value;
  if (opts.int && !Number.isInteger(v)) ctx.report('RH013', n, msg`${what} must be a whole number, not ${v}`);
  else if (opts.min !== undefined && v < opts.min)
    ctx.report('RH013', n, msg`${what} must be at least ${opts.min}, not ${v}`);
  else if (opts.max !== undefined && v > opts.max)
    ctx.report('RH013', n, msg`${what} must be at most ${opts.max}, not ${v}`);
  else if (opts.nonZero && v === 0)
    ctx.report('RH013', n, msg`${what} cannot be 0 (use a negative number for a mistake)`);
  else return v;
  return undefined;
}

/** true or false. */
export function readBool(ctx: LoadContext, n: Node | null, what: string): boolean | undefined {
  if (n && isScalar(n) && typeof n.value === 'boolean') return n.value;
  ctx.report('RH012', n, msg`${what} must be true or false, not ${yamlKind(n)}`);
  return undefined;
}

/** A list; each item is handed to `each` with its index. */
export function readList<T>(
  ctx: LoadContext,
  n: Node | null,
  what: string,
  each: (item: Node | null, i: number) => T | undefined,
  opts: { min?: number } = {},
): T[] {
  if (!n || !isSeq(n)) {
    ctx.report(
      'RH012',
      n,
      msg`${what} must be a list, not ${yamlKind(n)}`,
      msg`write it as [a, b] or as lines starting with "- "`,
    );
    return [];
  }
  if (opts.min && n.items.length < opts.min)
    ctx.report('RH013', n, msg`${what} needs at least ${opts.min} item${opts.min > 1 ? 's' : ''}`);
  const out: T[] = [];
  n.items.forEach((raw, i) => {
    const v = each(ctx.deref(raw), i);
    if (v !== undefined) out.push(v);
  });
  return out;
}

/** A list of texts. */
export function readTextList(ctx: LoadContext, n: Node | null, what: string, opts: { min?: number } = {}): string[] {
  return readList(ctx, n, what, (item, i) => readText(ctx, item, `${what}[${i + 1}]`), opts);
}

const ID = /^[\p{L}\p{N}_-]+$/u;

/** An id for a node, criterion, option…: letters, digits, `_` and `-`. */
export function checkId(ctx: LoadContext, id: string, at: Node | null, what: string): boolean {
  if (ID.test(id)) return true;
  ctx.report('RH016', at, msg`${what} id "${id}" may only hold letters, digits, "_" and "-"`);
  return false;
}
