import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../engine/load/index.ts';
import { formatDiagnostic } from '../../engine/diagnostics/index.ts';

const example = readFileSync(new URL('../fixtures/contract-example.yaml', import.meta.url), 'utf8');

describe('formatDiagnostic on a hostile file', () => {
  it('never echoes terminal escape sequences from the file, and keeps the caret under the offending key', () => {
    const text = example.replace('title: "Appel', 'titel: "\u001b]0;pwned\u0007\u001b[2J Appel');
    const { diagnostics } = loadScenario(text, 'esc.yaml');
    const d = diagnostics.find((x) => x.code === 'RH011')!;
    const out = formatDiagnostic({ ...d, message: `${d.message}\u001b[31m` }, text);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const [header, excerpt, caret] = out.split('\n');
    expect(header).toBe(
      'esc.yaml:3:1: error RH011: unknown key "titel" in the scenario. Did you mean "title"?\uFFFD[31m',
    );
    expect(excerpt).toBe('   3 | titel: "\uFFFD]0;pwned\uFFFD\uFFFD[2J Appel : chantage après un appel vidéo"');
    expect(caret).toBe('     | ^^^^^');
  });

  it('shows a NUL byte as U+FFFD in the excerpt with the caret on it', () => {
    const text = 'format: 1\0\0binary';
    const [d] = loadScenario(text, 'bin.yaml').diagnostics;
    const lines = formatDiagnostic(d!, text).split('\n');
    expect(lines[1]).toBe('   1 | format: 1\uFFFD\uFFFDbinary');
    expect(lines[2]).toBe(`     | ${' '.repeat(d!.column - 1)}^`);
    expect(d!.column).toBe(10);
  });
});
