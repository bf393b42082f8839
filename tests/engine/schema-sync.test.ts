import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../engine/schema.ts';

const file = readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8');

describe('scenarios/scenario.schema.json', () => {
  it('is exactly what engine/schema.ts gives (regenerate with: npx rehearse schema > scenarios/scenario.schema.json)', () => {
    expect(file).toBe(`${JSON.stringify(scenarioSchema, null, 2)}\n`);
  });
  it('is a draft-07 schema of the whole top level of format 1', () => {
    const s = JSON.parse(file);
    expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
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
      'outcomes',
      'start',
      'nodes',
      'debrief',
      'tests',
    ]);
  });
});
