import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMessage, type MessageRef } from '../../engine/diagnostics/message.ts';
import { chainConceptSets, loadFile } from '../../engine/load/index.ts';
import { folderConceptSets } from '../../terminal/folder-sets.ts';
import { DIAGNOSTICS_FR } from '../../web/preview/diagnostics-fr-catalogue.ts';
import { diagnosticText } from '../../web/preview/diagnostic-text.ts';
import { engineMessageKeys } from '../tools/message-keys.ts';

const keys = engineMessageKeys(process.cwd());
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)(?::[\w-]+)?\}/g)].map((m) => Number(m[1])).sort();

/** Every key a message uses, nested messages included. */
function keysOf(m: MessageRef, out: string[] = []): string[] {
  out.push(m.key);
  for (const a of m.args) if (a && typeof a === 'object') keysOf(a, out);
  return out;
}

describe('the French catalogue of the diagnostics', () => {
  it('has one entry for each message template of the engine, and none left over', () => {
    expect(keys.length).toBeGreaterThan(150);
    expect(keys.filter((k) => !(k in DIAGNOSTICS_FR))).toEqual([]);
    expect(Object.keys(DIAGNOSTICS_FR).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('puts in each value of the English template (a plural "s" may be left out)', () => {
    for (const k of keys) {
      const en = placeholders(k);
      const fr = placeholders(DIAGNOSTICS_FR[k]!);
      const dropped = en.filter((n) => !fr.includes(n));
      expect(dropped.length <= (k.endsWith('item{2}') ? 1 : 0), `${k} → ${DIAGNOSTICS_FR[k]}`).toBe(true);
    }
  });

  it('translates every diagnostic of the example files, message and hint, with no English left', () => {
    const dir = 'tests/fixtures/invalid';
    const conceptSets = chainConceptSets(folderConceptSets(dir), folderConceptSets('scenarios'));
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    let seen = 0;
    for (const f of files) {
      for (const d of loadFile(readFileSync(`${dir}/${f}`), f, { conceptSets }).diagnostics) {
        seen++;
        expect(d.detail, `${f}: ${d.message}`).toBeDefined();
        if (d.hint) expect(d.detail!.hint, `${f}: hint ${d.hint}`).toBeDefined();
        for (const k of keysOf(d.detail!.message)) expect(k in DIAGNOSTICS_FR, `${f}: ${k}`).toBe(true);
        expect(renderMessage(d.detail!.message)).toBe(d.message); // the English text is the template filled in
        const fr = diagnosticText(d, 'fr');
        expect(fr.message).not.toBe(d.message);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(files.length);
  });
});
