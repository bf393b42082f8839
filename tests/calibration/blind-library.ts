/**
 * Writes the library as a blind labeller sees it: every scenario with its phrase lists
 * (`match`, `all`, `concepts`, `use`, `examples`) and its `tests` playthroughs removed, comments dropped.
 * Usage: npx tsx tests/calibration/blind-library.ts OUT_DIR [scenarios dir]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const HIDDEN = new Set(['match', 'all', 'concepts', 'use', 'examples', 'tests']);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!HIDDEN.has(k)) out[k] = strip(v);
    return out;
  }
  return value;
}

const [out, dir = 'scenarios'] = process.argv.slice(2);
if (!out) {
  console.error('usage: blind-library.ts OUT_DIR [scenarios dir]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
  const data = parse(readFileSync(join(dir, f), 'utf8')) as { kind?: string };
  if (data?.kind === 'concepts') continue;
  writeFileSync(join(out, f), stringify(strip(data), { lineWidth: 0 }));
}
