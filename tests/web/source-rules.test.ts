import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const web = fileURLToPath(new URL('../../web/', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.(tsx?|html|css)$/.test(f) ? [join(dir, f)] : [],
  );

/**
 * The only web sources that reach the network, and only an address the organisation gave: the
 * packaged player talks to the cmi5 LMS that launched it; the LRS outbox to the LRS set in Settings;
 * the trainer review queries the LRS whose address the trainer types (Read answers from an LRS).
 */
const ORGANISATION_NETWORK = ['player/main.tsx', 'lrs/lrs-outbox.ts', 'review/review-screen.tsx'];

describe('web sources', () => {
  const browserFiles = files(web).filter((f) => !f.includes('/build/'));
  it('never inject HTML and never call the network', () => {
    expect(browserFiles.length).toBeGreaterThan(10);
    for (const f of browserFiles) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(
        /dangerouslySetInnerHTML|\.innerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/,
      );
      const network = ORGANISATION_NETWORK.some((n) => f.endsWith(`/web/${n}`)) ? /(?!)/ : /\bfetch\(/;
      expect(text, f).not.toMatch(network);
      expect(text, f).not.toMatch(/XMLHttpRequest|WebSocket|@import url|fonts\.googleapis|cdn\./);
    }
  });
});

describe('the trainee first load', () => {
  const app = fileURLToPath(new URL('../../app/', import.meta.url));
  it('imports sessions without the answer checker (engine/session/core.ts), which loads after the first prompt', () => {
    for (const f of [...files(web), ...files(app)]) {
      const text = readFileSync(f, 'utf8');
      // only use-answer-checker.ts loads it, with a dynamic import
      expect(text, f).not.toMatch(/from '[./]*engine\/session\/(index|answer)\.ts'/);
    }
  });
});

describe('plurals', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const sources = ['app', 'terminal', 'web'].flatMap((d) => files(join(root, d)));
  it('are picked in one place for both screens (app/plural.ts): no other Intl.PluralRules, no "=== 1 ?"', () => {
    const users = sources.filter((f) =>
      /new Intl\.PluralRules|[=!]== 1 \? ['`]|> 1 \? ['`]s['`]/.test(readFileSync(f, 'utf8')),
    );
    expect(users.map((f) => f.slice(root.length))).toEqual(['app/plural.ts']);
  });
});
