import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conceptSetsFromFiles } from '../../engine/load/concept-set-files.ts';
import { chainConceptSets, loadConceptSet, loadFile, loadScenario } from '../../engine/load/index.ts';
import { analyse } from '../../engine/text/index.ts';
import { folderConceptSets } from '../../terminal/folder-sets.ts';

const read = (p: string) => readFileSync(p, 'utf8');
const SET = (id: string, more = '') =>
  `format: 1\nkind: concepts\nid: ${id}\nlocale: en\n${more}concepts:\n  own_${id.replace(/-/g, '_')}: ["say it plainly"]\n`;
const SCENARIO = (head: string, phrase: string) => `format: 1
id: t
title: T
locale: en
setting: call
characters:
  sam: { name: Sam }
competencies:
  care: Care
${head}start: a
nodes:
  a:
    ask:
      free:
        criteria:
          - { id: c1, competency: care, points: 2, match: ["well done"] }
          - { id: m1, competency: care, points: -2, critical: "x", match: ["${phrase}"] }
        next:
          - goto: b
  b:
    end: done
`;
const files = (entries: Record<string, string>) =>
  conceptSetsFromFiles(Object.entries(entries).map(([file, text]) => ({ file, read: () => text })));

describe.each(['fr', 'en'] as const)('the shared set core-intents-%s', (locale) => {
  const file = `scenarios/core-intents.${locale}.yaml`;
  const { conceptSet: set, diagnostics, examples } = loadConceptSet(read(file), file);
  it('loads with no diagnostic, and every example behaves', () => {
    expect(diagnostics).toEqual([]);
    expect(examples.filter((e) => !e.ok)).toEqual([]);
  });
  it('has the fifteen intents every scenario needs, each with at least 3 yes and 3 no examples', () => {
    expect(Object.keys(set!.concepts)).toEqual([
      'advise_pay',
      'blame_victim',
      'promise_secrecy',
      'dismiss_suicide',
      'accept_brush_off',
      'postpone_risk',
      'handle_image',
      'see_image',
      'confront_offender',
      'reply_offender',
      'minimise',
      'lecture',
      'scare',
      'guarantee',
      'turn_away',
    ]);
    for (const name of Object.keys(set!.concepts)) {
      expect(set!.examples[name]!.yes.length, name).toBeGreaterThanOrEqual(3);
      expect(set!.examples[name]!.no.length, name).toBeGreaterThanOrEqual(3);
    }
  });
  it('keeps every phrase specific: two words or more once analysed', () => {
    const short = Object.values(set!.concepts)
      .flat()
      .filter((p) => analyse(p, locale).length < 2);
    expect(short).toEqual([]);
  });
});

describe('concept set files', () => {
  it('a set is not a scenario, and a scenario is not a set (RH002, not a broken file of the other kind)', () => {
    const set = read('scenarios/core-intents.en.yaml');
    expect(loadFile(set).kind).toBe('concepts');
    expect(loadScenario(set).diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'RH002',
        'this file is a concept set ("kind: concepts"), not a scenario: a scenario takes it in with "use: [its id]"',
      ],
    ]);
    expect(loadConceptSet(SCENARIO('', 'you should pay')).diagnostics.map((d) => d.code)).toEqual(['RH002']);
  });
  it("sets may use sets: a scenario gets them all, a set's own concept replaces the one it uses without a warning", () => {
    const lookup = files({
      'a.yaml': SET('set-a', 'use: [set-b]\n').replace('own_set_a', 'own_set_b'),
      'b.yaml': SET('set-b'),
    });
    const { scenario, diagnostics } = loadScenario(SCENARIO('use: [set-a]\n', '@own_set_b'), 't.yaml', {
      conceptSets: lookup,
    });
    expect(diagnostics).toEqual([]);
    expect(scenario!.concepts).toEqual({ own_set_b: ['say it plainly'] });
    expect(scenario!.use).toEqual(['set-a']);
  });
  it("a used set's cycle is reported at the scenario's own use entry", () => {
    const lookup = files({ 'a.yaml': SET('set-a', 'use: [set-b]\n'), 'b.yaml': SET('set-b', 'use: [set-a]\n') });
    const { diagnostics } = loadScenario(SCENARIO('use: [set-a]\n', 'you should pay'), 't.yaml', {
      conceptSets: lookup,
    });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      '10:7 RH062 using concept set "set-a" makes a cycle: set-a → set-b → set-a',
    ]);
  });
  it('a nested set of another language or missing is named with the set that uses it', () => {
    const lookup = files({ 'a.yaml': SET('set-a', 'use: [set-z]\n') });
    const { diagnostics } = loadScenario(SCENARIO('use: [set-a]\n', 'you should pay'), 't.yaml', {
      conceptSets: lookup,
    });
    expect(diagnostics.map((d) => d.message)).toEqual(['concept set "set-a" uses "set-z", which does not exist.']);
  });
  it('a failed use: no cascade of unknown concepts, and the phrase checks wait', () => {
    const { diagnostics } = loadScenario(SCENARIO('use: [nowhere]\n', '@advise_pay'), 't.yaml', {});
    expect(diagnostics.map((d) => d.code)).toEqual(['RH060']);
  });
  it('examples of a name that is no concept of the set are RH024 at their key', () => {
    const text = `${SET('set-a')}examples:\n  own_set_b: { yes: ["say it plainly"] }\n`;
    expect(loadConceptSet(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      '8:3 RH024 examples of unknown concept "own_set_b". Did you mean "own_set_a"?',
    ]);
  });
  it("a set's examples are judged against its merged concepts and explained", () => {
    const text = `${SET('set-a')}examples:\n  own_set_a: { yes: ["I will say it plainly"], no: ["Say it plainly, then."] }\n`;
    const { examples, diagnostics } = loadConceptSet(text, 'set.yaml');
    expect(examples.map((e) => [e.kind, e.ok])).toEqual([
      ['yes', true],
      ['no', false],
    ]);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      '8:53 RH068 this "no" example matches concept "own_set_a": the phrase "say it plainly" matches "Say it plainly"',
    ]);
  });
  it('next to the file first, then the bundled library: a local set of the same id wins', () => {
    const local = files({ 'mine.yaml': SET('core-intents-en').replace('own_core_intents_en', 'advise_pay') });
    const lookup = chainConceptSets(local, folderConceptSets('scenarios'));
    expect(lookup.find('core-intents-en')!.file).toBe('mine.yaml');
    expect(lookup.find('core-intents-fr')!.file).toBe('scenarios/core-intents.fr.yaml');
    expect(lookup.ids()).toEqual(expect.arrayContaining(['core-intents-en', 'core-intents-fr']));
  });
  it('a set file with errors is still found, as broken, so its users are told (RH063)', () => {
    const lookup = files({ 'bad.yaml': SET('set-a').replace('locale: en', 'locale: de') });
    expect(lookup.find('set-a')).toEqual({ set: null, file: 'bad.yaml', errors: 1 });
  });
});
