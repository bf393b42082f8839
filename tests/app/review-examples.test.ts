import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addExample, addPhrase, suggestPhrases } from '../../app/review/examples.ts';
import { judgeExample } from '../../engine/examples.ts';
import { appendToList, criterionPath } from '../../app/review/yaml-edit.ts';
import type { Criterion, FreeAsk } from '../../engine/types.ts';
import { contractScenario, SOURCE } from './review-fixtures.ts';

/** The text `after` is `before` with exactly one piece inserted; gives that piece (a whole line when it can be one). */
function inserted(before: string, after: string): string {
  const delta = after.length - before.length;
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]) prefix++;
  const valid: number[] = [];
  for (let p = Math.max(0, prefix - delta); p <= prefix; p++)
    if (after.slice(0, p) === before.slice(0, p) && after.slice(p + delta) === before.slice(p)) valid.push(p);
  expect(valid.length).toBeGreaterThan(0);
  const at = valid.find((p) => p === 0 || before[p - 1] === '\n') ?? valid[valid.length - 1]!;
  return after.slice(at, at + delta);
}

const ok = (r: { text: string } | { error: string }) => {
  if ('error' in r) throw new Error(r.error);
  return r.text;
};

describe('editing the scenario file without touching the rest', () => {
  it('creates `examples: yes` under a block criterion, at its indentation, after its last key', () => {
    const text = ok(addExample(SOURCE, 'blame', 'yes', "C'est un peu de ta faute, non ?"));
    expect(inserted(SOURCE, text)).toBe(
      '            examples:\n              yes: ["C\'est un peu de ta faute, non ?"]\n',
    );
    const criteria = parse(text).nodes.opening.ask.free.criteria;
    expect(criteria[1].examples).toEqual({ yes: ["C'est un peu de ta faute, non ?"] });
    expect(criteria[1].match).toEqual(['pourquoi tu as fait ça', "c'est de ta faute"]);
  });

  it('adds to an existing flow list before its "]", and to the other list of the same map', () => {
    const once = ok(addExample(SOURCE, 'welcome', 'yes', 'Tu as eu raison de nous contacter.'));
    const twice = ok(addExample(once, 'welcome', 'yes', 'Merci "beaucoup" d\'appeler\n!'));
    expect(inserted(once, twice)).toBe(', "Merci \\"beaucoup\\" d\'appeler\\n!"');
    const thrice = ok(addExample(twice, 'welcome', 'no', 'Allô ?'));
    expect(inserted(twice, thrice)).toBe('              no: ["Allô ?"]\n');
    expect(parse(thrice).nodes.opening.ask.free.criteria[0].examples).toEqual({
      yes: ['Tu as eu raison de nous contacter.', 'Merci "beaucoup" d\'appeler\n!'],
      no: ['Allô ?'],
    });
  });

  it('keeps comments, a block list, a flow map and CRLF line ends as they were', () => {
    const src = [
      'nodes:',
      '  a:',
      '    ask:',
      '      free:',
      '        criteria:',
      '          - id: c1   # first',
      '            match:',
      '              - "one"   # a comment',
      '              - two',
      '          - { id: c2, competency: x, points: 1, match: [three] }',
      '# end',
      '',
    ].join('\r\n');
    const block = ok(addPhrase(src, 'c1', 'four', null));
    expect(inserted(src, block)).toBe('              - "four"\r\n');
    const flow = ok(addExample(block, 'c2', 'no', 'x'));
    expect(inserted(block, flow)).toBe(', examples: { no: ["x"] }');
    expect(parse(flow).nodes.a.ask.free.criteria[1].examples).toEqual({ no: ['x'] });
    expect(flow).toContain('# a comment\r\n');
  });

  it('adds a phrase to the right list of an `all` criterion', () => {
    const src =
      'nodes:\n  a:\n    ask:\n      free:\n        criteria:\n          - id: c\n            all: [[a, b], [c]]\n';
    expect(ok(addPhrase(src, 'c', 'd', 1))).toBe(src.replace('[c]]', '[c, "d"]]'));
  });

  it('refuses with a reason: an unknown criterion, an answer already there (in either list), a broken file', () => {
    expect(addExample(SOURCE, 'nope', 'yes', 'x')).toEqual({ error: 'there is no criterion "nope" in this file' });
    const once = ok(addExample(SOURCE, 'welcome', 'no', 'Allô ?'));
    expect(addExample(once, 'welcome', 'no', ' Allô  ? ')).toEqual({
      error: 'this answer is already a "no" example of welcome',
    });
    expect(addExample(once, 'welcome', 'yes', 'Allô ?')).toEqual({
      error: 'this answer is already a "no" example of welcome; remove it there first',
    });
    expect(appendToList('a: [1\n', ['a'], 'x')).toEqual({ error: expect.stringMatching(/^the file has a YAML error/) });
    expect(criterionPath(SOURCE, 'welcome')).toEqual(['nodes', 'opening', 'ask', 'free', 'criteria', 0]);
  });

  it('only inserts, in every scenario of the library, for its first criterion', { timeout: 60_000 }, () => {
    const dir = new URL('../../scenarios/', import.meta.url);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
      const src = readFileSync(new URL(f, dir), 'utf8');
      const first = /- id: (\S+)\n\s+competency:[\s\S]*?\n\s+(?:match|all):/.exec(src)?.[1];
      if (!first) continue;
      const text = ok(addExample(src, first, 'yes', 'An answer, with "quotes" and a #hash.'));
      expect(inserted(src, text)).toMatch(/examples/);
      const before = parse(src);
      const after = parse(text);
      const path = criterionPath(text, first)!;
      type Tree = Record<string | number, unknown>;
      const c = path.reduce((n: Tree, k) => n[k] as Tree, after) as {
        examples: { yes: string[] };
      };
      expect(c.examples.yes.at(-1)).toBe('An answer, with "quotes" and a #hash.');
      delete (c as { examples?: unknown }).examples;
      expect(after).toEqual(before);
    }
  });
});

describe('suggesting a phrase, with the engine', () => {
  const scenario = contractScenario();
  const ask = scenario.nodes.opening!.ask as FreeAsk;
  const welcome = ask.criteria[0]!;
  const blame = ask.criteria[1]!;

  it('finds the smallest phrase that catches a missed "yes" and no "no", the most telling first', () => {
    const missed = 'Tu as eu raison de nous contacter, vraiment.';
    const no = ["Tu n'aurais pas dû nous contacter.", 'Pourquoi tu appelles ?', 'Tu as eu tort.'];
    const found = suggestPhrases(scenario, welcome, missed, no, ['Tu as eu raison de parler.']);
    expect(found[0]).toEqual({ phrase: 'raison', group: null, words: 1, weak: 0, alsoCatches: 1 });
    for (const s of found) {
      const c: Criterion = { ...welcome, match: [...welcome.match!, s.phrase] };
      expect(judgeExample(scenario, c, [], 'yes', missed).ok).toBe(true);
      for (const text of no) expect(judgeExample(scenario, c, [], 'no', text).ok).toBe(true);
    }
  });

  it('gives a negative criterion two words at least, and nothing for an answer it already matches', () => {
    const found = suggestPhrases(scenario, blame, "Franchement, tu l'as bien cherché.", ["Tu n'as rien cherché."]);
    expect(found[0]).toMatchObject({ phrase: 'bien cherché', words: 2, weak: 0 });
    expect(found.every((s) => s.words >= 2)).toBe(true);
    expect(suggestPhrases(scenario, welcome, "Je t'écoute.", [])).toEqual([]);
  });
});
