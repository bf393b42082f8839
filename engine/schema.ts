/**
 * JSON Schema (draft-07) of the scenario format v1 and (r2) of concept set files, for editors: with the modeline
 * `# yaml-language-server: $schema=./scenario.schema.json` a trainer gets completion and hover docs.
 * The checker (engine/load) stays the authority: it also checks references, conditions and the graph.
 */

const text = (description: string) => ({ type: ['string', 'number'], description });
const id = { type: 'string', pattern: '^[\\p{L}\\p{N}_-]+$', description: 'Letters, digits, "_" and "-".' };
const setBlock = {
  type: 'object',
  description:
    'Variables to change: "+N" / "-N" adds to a number, any other value replaces. Only variables declared in `state`.',
  additionalProperties: { type: ['number', 'boolean', 'string'] },
};
const when = {
  type: ['string', 'boolean'],
  description:
    'A condition: state variables, numbers, "strings", true/false, == != < <= > >=, and, or, not, parentheses, matched(criterion), chose(option), visited(node), late.',
};
const route = {
  type: 'object',
  description: 'A route: tried in order, the first whose `when` holds (or that has none) is taken.',
  properties: { when, set: setBlock, goto: { ...id, description: 'The next node.' } },
  required: ['goto'],
  additionalProperties: false,
};
const phrases = {
  type: 'array',
  minItems: 1,
  items: text(
    'A phrase: its words must appear in order (≤ 2 other words between), with the same negation. @concept stands for each phrase of a concept.',
  ),
};
const examples = {
  type: 'object',
  description:
    'r2: whole answers that must (`yes`) and must not (`no`) match; `rehearse validate` warns on one that does not behave.',
  properties: {
    yes: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Answers that must match.' },
    no: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Answers that must not match.' },
  },
  minProperties: 1,
  additionalProperties: false,
};
const concepts = {
  type: 'object',
  description: 'Named synonym groups, used as @name inside phrases.',
  additionalProperties: phrases,
};
const use = {
  type: 'array',
  items: { type: 'string', pattern: '^[\\p{L}\\p{N}_-]+$' },
  description:
    'r2: ids of shared concept sets (files with `kind: concepts`), found next to this file, then in the bundled library.',
};
const criterion = {
  type: 'object',
  properties: {
    id: { ...id, description: 'Unique across the whole scenario; used by matched(id) and tests.' },
    competency: { type: 'string', description: 'A competency id declared under `competencies`.' },
    points: { type: 'integer', not: { const: 0 }, description: 'Non-zero; negative for a mistake.' },
    match: { ...phrases, description: 'Phrases: any one suffices.' },
    all: {
      type: 'array',
      minItems: 1,
      items: phrases,
      description: 'Lists of phrases: one phrase from each list must match, in any order.',
    },
    critical: {
      type: ['boolean', 'string'],
      description: 'A critical mistake (true or the reason): the session cannot pass.',
    },
    required: {
      type: ['boolean', 'string'],
      description:
        'r2, positive points only: the reason the session fails when the prompt is answered and this criterion is not matched.',
    },
    feedback: text('Shown after the answer and in the debrief.'),
    set: setBlock,
    examples,
  },
  required: ['id', 'competency', 'points'],
  oneOf: [{ required: ['match'] }, { required: ['all'] }],
  additionalProperties: false,
};
const option = {
  type: 'object',
  properties: {
    id: { ...id, description: 'Unique across the whole scenario; used by chose(id) and tests.' },
    text: text('What the trainee picks.'),
    competency: { type: 'string', description: 'Goes with `points`.' },
    points: { type: 'integer' },
    critical: { type: ['boolean', 'string'], description: 'A critical mistake (true or the reason).' },
    feedback: text('Shown after the choice and in the debrief.'),
    set: setBlock,
    goto: { ...id, description: 'The next node.' },
  },
  required: ['id', 'text', 'goto'],
  dependencies: { competency: ['points'], points: ['competency'] },
  additionalProperties: false,
};
const variants = {
  oneOf: [
    text('The line.'),
    {
      type: 'array',
      minItems: 1,
      items: { type: 'string' },
      description: 'Variants: one is picked with the session seed.',
    },
  ],
};
const line = {
  type: 'object',
  description: '{ who, text, when? } or the shorthand { character_id: text }.',
  properties: { who: { type: 'string', description: 'A character id (or narrator).' }, text: variants, when },
  additionalProperties: variants,
};
const node = {
  type: 'object',
  description: 'A node has `say` lines and exactly one of `ask`, `goto`, `next` — or `end` (an outcome id).',
  properties: {
    say: { type: 'array', items: line, description: 'Lines said when the session arrives here.' },
    ask: {
      type: 'object',
      description: 'Exactly one of `free` or `choice`.',
      properties: {
        free: {
          type: 'object',
          description: 'The trainee types an answer.',
          properties: {
            prompt: text('The instruction shown to the trainee.'),
            hint: text('A hint shown on demand.'),
            seconds: { type: 'number', exclusiveMinimum: 0, description: 'Soft time limit; a later answer is `late`.' },
            model: text('A model answer, shown in the debrief.'),
            criteria: { type: 'array', minItems: 1, items: criterion },
            next: { type: 'array', minItems: 1, items: route, description: 'Routes; the last has no `when`.' },
          },
          required: ['criteria', 'next'],
          additionalProperties: false,
        },
        choice: {
          type: 'object',
          description: 'The trainee picks one option.',
          properties: {
            prompt: text('The instruction shown to the trainee.'),
            seconds: { type: 'number', exclusiveMinimum: 0 },
            shuffle: { type: 'boolean', description: 'Shuffle the options with the session seed.' },
            options: { type: 'array', minItems: 2, items: option },
          },
          required: ['options'],
          additionalProperties: false,
        },
      },
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
    },
    goto: { ...id, description: 'The next node (a node without `ask`).' },
    next: {
      type: 'array',
      minItems: 1,
      items: route,
      description: 'Routes that branch on state (a node without `ask`).',
    },
    end: { type: 'string', description: 'An outcome id: the session ends here.' },
    drill: { type: 'boolean', description: "Puts this node's question in the pool for quick drills." },
    context: text('A sentence shown before the question when it is drilled out of its scenario.'),
  },
  additionalProperties: false,
};
const answer = {
  oneOf: [
    text('The text of a free answer, or the id of a chosen option.'),
    {
      type: 'object',
      properties: { text: { type: 'string' }, seconds: { type: 'number' } },
      required: ['text'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: { choice: { type: 'string' }, seconds: { type: 'number' } },
      required: ['choice'],
      additionalProperties: false,
    },
  ],
};

/** r2: a shared concept set file. */
const conceptSet = {
  type: 'object',
  description: 'A shared concept set: concepts that scenarios of its locale take in with `use: [id]`.',
  properties: {
    format: { const: 1, description: 'The format version: 1.' },
    kind: { const: 'concepts', description: 'This file is a concept set, not a scenario.' },
    id: { type: 'string', pattern: '^[a-z0-9-]+$', description: 'What scenarios name in `use`.' },
    locale: { enum: ['fr', 'en'], description: 'Language of the phrases; only scenarios of this locale may use it.' },
    title: text('What the set is for.'),
    description: text('Longer notes for trainers.'),
    use: { ...use, description: 'Other sets whose concepts this one takes in (never in a cycle).' },
    concepts,
    examples: {
      type: 'object',
      description: 'Concept name → { yes, no }: answers the concept must and must not match (judged as a mistake).',
      additionalProperties: examples,
    },
  },
  required: ['format', 'kind', 'id', 'locale', 'concepts'],
  additionalProperties: false,
};

/** A scenario file. */
const scenario = {
  type: 'object',
  properties: {
    format: { const: 1, description: 'The format version: 1.' },
    id: { type: 'string', pattern: '^[a-z0-9-]+$', description: 'Lower-case letters, digits and "-".' },
    title: text('The title shown in the library.'),
    locale: { enum: ['fr', 'en'], description: 'Language of the text; drives text analysis.' },
    setting: { enum: ['classroom', 'call', 'chat', 'report', 'parents'], description: 'Frames the play screen.' },
    summary: text('A short description shown in the library.'),
    content_notes: {
      type: 'array',
      items: { type: 'string' },
      description: 'What the scenario deals with, shown before it starts.',
    },
    minutes: { type: 'number', minimum: 0, description: 'Estimated duration.' },
    pass: { type: 'number', minimum: 0, maximum: 100, default: 70, description: 'Pass mark in percent.' },
    tags: { type: 'array', items: { type: 'string' } },
    characters: {
      type: 'object',
      minProperties: 1,
      description: 'Characters by id (not who, text, when or narrator; narrator is always defined).',
      additionalProperties: {
        type: 'object',
        properties: {
          name: text('Display name.'),
          age: { type: 'number' },
          role: text('Role.'),
          description: text('Who they are.'),
        },
        required: ['name'],
        additionalProperties: false,
      },
    },
    competencies: {
      type: 'object',
      minProperties: 1,
      description: 'Competencies by id: a label, or { label, weight }.',
      additionalProperties: {
        oneOf: [
          text('The label.'),
          {
            type: 'object',
            properties: { label: { type: 'string' }, weight: { type: 'number', exclusiveMinimum: 0, default: 1 } },
            required: ['label'],
            additionalProperties: false,
          },
        ],
      },
    },
    state: {
      type: 'object',
      description: 'Variables and their initial values.',
      additionalProperties: { type: ['number', 'boolean', 'string'] },
    },
    concepts,
    use,
    outcomes: {
      type: 'object',
      description: 'Labels for endings: a label, or (r2) { text, critical } for an ending that fails the session.',
      additionalProperties: {
        oneOf: [
          text('The label.'),
          {
            type: 'object',
            properties: {
              text: text('The label.'),
              critical: {
                type: ['boolean', 'string'],
                description: 'The reason reaching this ending fails the session.',
              },
            },
            required: ['text'],
            additionalProperties: false,
          },
        ],
      },
    },
    start: { type: 'string', description: 'The first node.' },
    nodes: { type: 'object', minProperties: 1, additionalProperties: node },
    debrief: {
      type: 'object',
      properties: {
        takeaways: { type: 'array', items: { type: 'string' } },
        resources: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              label: { type: 'string' },
              phone: { type: ['string', 'number'] },
              url: { type: 'string' },
              description: { type: 'string' },
            },
            required: ['label'],
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    tests: {
      type: 'array',
      description: 'Playthroughs run by `rehearse test`.',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          answers: { type: 'array', items: answer },
          expect: {
            type: 'object',
            properties: {
              outcome: { type: 'string' },
              passed: { type: 'boolean' },
              critical: { type: 'boolean' },
              score_min: { type: 'number' },
              score_max: { type: 'number' },
              path: { type: 'array', items: { type: 'string' } },
              matched: { type: 'array', items: { type: 'string' } },
              not_matched: { type: 'array', items: { type: 'string' } },
            },
            additionalProperties: false,
          },
        },
        required: ['name', 'answers', 'expect'],
        additionalProperties: false,
      },
    },
  },
  required: ['format', 'id', 'title', 'locale', 'setting', 'characters', 'competencies', 'start', 'nodes'],
  additionalProperties: false,
};

/** The schema object; `rehearse schema` prints it. A file with `kind: concepts` is a concept set, any other a scenario. */
export const scenarioSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://rehearse.invalid/scenario-v1.schema.json',
  title: 'Rehearse scenario or concept set, format 1',
  definitions: { scenario, conceptSet },
  if: { type: 'object', properties: { kind: { const: 'concepts' } }, required: ['kind'] },
  then: { $ref: '#/definitions/conceptSet' },
  else: { $ref: '#/definitions/scenario' },
} as const;
