/**
 * Small edits of a trainer's YAML file that keep everything else byte for byte — comments, quoting,
 * folded text, key order: the `yaml` package's document API finds where a list or a map sits
 * (its node ranges), and the new text is spliced in there, in the file's own style (a block list
 * gets a `- item` line at its indentation, a flow list gets `, "item"` before its `]`).
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';

/** A path into the document: map keys and list indexes. */
export type YamlPath = ReadonlyArray<string | number>;

/** The edited text, or why the edit could not be made. */
export type Edited = { text: string } | { error: string };

/** A YAML double-quoted scalar for a string (JSON's escapes are valid YAML). */
export const quoted = (s: string) => JSON.stringify(s);

function lineStart(src: string, offset: number): number {
  return src.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the end of the line holding `offset` (the start of the next line). */
function nextLine(src: string, offset: number): number {
  const nl = src.indexOf('\n', offset);
  return nl < 0 ? src.length : nl + 1;
}

const columnOf = (src: string, offset: number) => offset - lineStart(src, offset);

function newlineOf(src: string): string {
  return src.includes('\r\n') ? '\r\n' : '\n';
}

/** Inserts `lines` (already indented) after the line where `end` falls. */
function insertLines(src: string, end: number, lines: string[]): string {
  const nl = newlineOf(src);
  let at = nextLine(src, Math.max(0, end - 1));
  let prefix = '';
  if (at === src.length && !src.endsWith('\n')) prefix = nl;
  if (at > src.length) at = src.length;
  return src.slice(0, at) + prefix + lines.map((l) => l + nl).join('') + src.slice(at);
}

function pairWithKey(map: Node, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
}

/** The YAML text of a value made of nested one-key maps ending in a one-item flow list: `a: { b: ["v"] }`. */
function nestedFlow(keys: string[], item: string): string {
  const list = `[${quoted(item)}]`;
  return keys.reduceRight((inner, k, i) => (i === keys.length - 1 ? `${k}: ${inner}` : `${k}: { ${inner} }`), list);
}

/** Appends an item to an existing list node. */
function appendToSeq(src: string, seq: Node, item: string): Edited {
  if (!isSeq(seq) || !seq.range) return { error: 'not a list' };
  const items = seq.items as Node[];
  if (seq.flow) {
    const close = seq.range[1] - 1;
    if (src[close] !== ']') return { error: 'the flow list does not end with "]"' };
    const last = items[items.length - 1];
    const at = last?.range ? last.range[1] : close;
    const text = last ? `, ${quoted(item)}` : quoted(item);
    return { text: src.slice(0, at) + text + src.slice(at) };
  }
  const first = items[0]?.range?.[0];
  const dash = first === undefined ? seq.range[0] : src.lastIndexOf('-', first);
  const indent = ' '.repeat(columnOf(src, dash));
  const end = items[items.length - 1]?.range?.[1] ?? seq.range[1];
  return { text: insertLines(src, end, [`${indent}- ${quoted(item)}`]) };
}

/** Adds `keys[0]: …` (down to a one-item list) to an existing map node. */
function addToMap(src: string, map: Node, keys: string[], item: string): Edited {
  if (!isMap(map) || !map.range) return { error: 'not a map' };
  const pairs = map.items as Pair<Node, Node | null>[];
  const lastPair = pairs[pairs.length - 1];
  const lastEnd = lastPair?.value?.range?.[1] ?? lastPair?.key?.range?.[1] ?? map.range[1];
  if (map.flow) {
    const close = map.range[1] - 1;
    if (src[close] !== '}') return { error: 'the flow map does not end with "}"' };
    const at = lastPair ? lastEnd : close;
    const text = `${lastPair ? ', ' : ' '}${nestedFlow(keys, item)}${lastPair ? '' : ' '}`;
    return { text: src.slice(0, at) + text + src.slice(at) };
  }
  const firstKey = pairs[0]?.key?.range?.[0];
  if (firstKey === undefined) return { error: 'an empty block map' };
  const indent = ' '.repeat(columnOf(src, firstKey));
  const lines = keys.slice(0, -1).map((k, i) => `${indent}${'  '.repeat(i)}${k}:`);
  lines.push(`${indent}${'  '.repeat(keys.length - 1)}${keys[keys.length - 1]}: [${quoted(item)}]`);
  return { text: insertLines(src, lastEnd, lines) };
}

/**
 * Appends `item` to the list at `path`, creating the missing map keys and the list on the way
 * (string keys only). Everything else in the file keeps its bytes. Re-reads the result to check it.
 */
export function appendToList(src: string, path: YamlPath, item: string): Edited {
  const doc = parseDocument(src, { uniqueKeys: true });
  if (doc.errors.length) return { error: `the file has a YAML error: ${doc.errors[0]!.message.split('\n')[0]}` };
  let node = doc.contents as Node | null;
  let depth = 0;
  for (; depth < path.length && node; depth++) {
    const step = path[depth]!;
    if (typeof step === 'number') {
      if (!isSeq(node) || !node.items[step]) return { error: `no item ${step} at ${path.slice(0, depth).join('.')}` };
      node = node.items[step] as Node;
    } else {
      const pair = pairWithKey(node, step);
      if (!pair) break;
      node = pair.value as Node | null;
    }
  }
  if (!node) return { error: `${path.slice(0, depth).join('.')} has no value to add to` };
  const rest = path.slice(depth);
  if (rest.some((k) => typeof k === 'number')) return { error: `no ${path.join('.')} in the file` };
  const edited = rest.length ? addToMap(src, node, rest as string[], item) : appendToSeq(src, node, item);
  if ('error' in edited) return { error: `${path.join('.')}: ${edited.error}` };
  return verify(edited.text, path, item);
}

function verify(text: string, path: YamlPath, item: string): Edited {
  const doc: Document = parseDocument(text, { uniqueKeys: true });
  const list = doc.errors.length ? undefined : (doc.getIn(path) as { toJSON?: () => unknown } | undefined);
  const values = list?.toJSON?.();
  if (!Array.isArray(values) || values[values.length - 1] !== item)
    return { error: `the edit of ${path.join('.')} could not be checked; the file was left as it was` };
  return { text };
}

/** The path of a criterion in a scenario's YAML (nodes.NODE.ask.free.criteria.INDEX), or null. */
export function criterionPath(src: string, criterion: string): YamlPath | null {
  const doc = parseDocument(src, { uniqueKeys: true });
  const nodes = doc.get('nodes', true) as Node | undefined;
  if (!isMap(nodes)) return null;
  for (const pair of nodes.items) {
    const node = String(isScalar(pair.key) ? pair.key.value : '');
    const list = doc.getIn(['nodes', node, 'ask', 'free', 'criteria'], true) as Node | undefined;
    if (!isSeq(list)) continue;
    const index = list.items.findIndex(
      (c) => isMap(c) && String((c as { get(k: string): unknown }).get('id')) === criterion,
    );
    if (index >= 0) return ['nodes', node, 'ask', 'free', 'criteria', index];
  }
  return null;
}
