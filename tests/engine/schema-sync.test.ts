import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../engine/schema.ts';

const file = readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8');

describe('scenarios/scenario.schema.json', () => {
  it('is exactly what engine/schema.ts gives (regenerate with: npx rehearse schema > scenarios/scenario.schema.json)', () => {
    expect(file).toBe(`${JSON.stringify(scenarioSchema, null, 2)}\n`);
  });
  it('is a draft-07 schema of the whole top level of format 1: a concept set when kind is concepts, else a scenario', () => {
    const root = JSON.parse(file);
    expect(root.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(root.if).toEqual({ type: 'object', properties: { kind: { const: 'concepts' } }, required: ['kind'] });
    expect(root.then).toEqual({ $ref: '#/definitions/conceptSet' });
    expect(root.else).toEqual({ $ref: '#/definitions/scenario' });
    const s = root.definitions.scenario;
    expect(s.type).toBe('object');
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual([
      'format',
      'id',
      'title',
      'locale',
      'setting',
      'characters',
      'competencies',
      'start',
      'nodes',
    ]);
    expect(Object.keys(s.properties)).toEqual([
      'format',
      'id',
      'title',
      'locale',
      'setting',
      'summary',
      'content_notes',
      'minutes',
      'pass',
      'tags',
      'characters',
      'competencies',
      'state',
      'concepts',
      'use',
      'outcomes',
      'start',
      'nodes',
      'debrief',
      'tests',
    ]);
  });
  it('knows the keys of revision 2: required, examples, { text, critical } outcomes, and the concept set file', () => {
    const root = JSON.parse(file);
    const criterion =
      root.definitions.scenario.properties.nodes.additionalProperties.properties.ask.properties.free.properties.criteria
        .items;
    expect(Object.keys(criterion.properties)).toEqual(expect.arrayContaining(['required', 'examples']));
    expect(Object.keys(criterion.properties.examples.properties)).toEqual(['yes', 'no']);
    const outcome = root.definitions.scenario.properties.outcomes.additionalProperties.oneOf[1];
    expect(outcome.required).toEqual(['text']);
    expect(Object.keys(outcome.properties)).toEqual(['text', 'critical']);
    const set = root.definitions.conceptSet;
    expect(set.required).toEqual(['format', 'kind', 'id', 'locale', 'concepts']);
    expect(Object.keys(set.properties)).toEqual([
      'format',
      'kind',
      'id',
      'locale',
      'title',
      'description',
      'use',
      'concepts',
      'examples',
    ]);
  });
});
