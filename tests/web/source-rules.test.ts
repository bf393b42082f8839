import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const web = fileURLToPath(new URL('../../web/', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.(tsx?|html|css)$/.test(f) ? [join(dir, f)] : [],
  );

describe('web sources', () => {
  const browserFiles = files(web).filter((f) => !f.includes('/build/'));
  it('never inject HTML and never call the network', () => {
    expect(browserFiles.length).toBeGreaterThan(10);
    for (const f of browserFiles) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(
        /dangerouslySetInnerHTML|\.innerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/,
      );
      expect(text, f).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|@import url|fonts\.googleapis|cdn\./);
    }
  });
});
