import { describe, expect, it } from 'vitest';
import { conceptSetsOf, chainConceptSets, loadScenario, type ConceptSetLookup } from '../../engine/load/index.ts';
import { DIAGNOSTIC_CODES } from '../../engine/diagnostics/index.ts';
import type { ConceptSet } from '../../engine/types.ts';
import { record } from '../../engine/util.ts';

/** A shared set for the r2 cases (English unless said). */
function set(id: string, concepts: Record<string, string[]>, more: Partial<ConceptSet> = {}): ConceptSet {
  return {
    format: 1,
    kind: 'concepts',
    id,
    locale: 'en',
    use: [],
    concepts: Object.assign(record(), concepts),
    examples: record(),
    ...more,
  };
}
/** The sets every case can use: two good ones, a cycle, and (last) one whose file has errors. */
const SHARED: ConceptSetLookup = chainConceptSets(
  conceptSetsOf(
    [
      set('shared-en', { pay_up: ['you should pay', 'send him the money'] }),
      set('shared-fr', { pay_up: ['tu devrais payer'] }, { locale: 'fr' }),
      set('loop-a', {}, { use: ['loop-b'] }),
      set('loop-b', {}, { use: ['loop-a'] }),
    ],
    'sets/',
  ),
  {
    find: (id) => (id === 'broken-en' ? { set: null, file: 'sets/broken-en.yaml', errors: 2 } : undefined),
    ids: () => ['broken-en'],
  },
);

/** A small valid scenario; each case below changes one thing in it (line numbers are those of BASE). */
const BASE = `format: 1
id: t
title: T
locale: en
setting: call
characters:
  sam: { name: Sam }
competencies:
  care: Care
state:
  trust: 1
start: a
nodes:
  a:
    ask:
      free:
        criteria:
          - { id: c1, competency: care, points: 1, match: [hello] }
        next:
          - goto: b
  b:
    end: done
outcomes:
  done: Done
`;

/** BASE with each `from` (present exactly once) replaced by `to`. */
function edit(...pairs: Array<[string, string]>): string {
  return pairs.reduce((text, [from, to]) => {
    if (text.split(from).length !== 2) throw new Error(`"${from}" is not in the text exactly once`);
    return text.replace(from, to);
  }, BASE);
}
const ROUTE = '          - goto: b';
const route = (when: string) => edit([ROUTE, `          - when: ${when}\n            goto: b\n${ROUTE}`]);

type Want = { line: number; column: number; code: string; severity?: 'error' | 'warning'; message: RegExp | string };
/** Each case: the text, and the one diagnostic of that code it must give (position, severity, gist of the message). */
const CASES: Array<[string, string | Uint8Array, Want]> = [
  [
    'RH001 YAML syntax: an unclosed quote points where it opens',
    edit(['title: T', 'title: "T']),
    { line: 3, column: 8, code: 'RH001', message: 'this quoted text is never closed: add the closing quote' },
  ],
  [
    'RH001 YAML syntax: an unclosed flow mapping',
    edit(['  sam: { name: Sam }', '  sam: { name: Sam']),
    { line: 7, column: 8, code: 'RH001', message: 'this "{" is never closed: add "}" at the end of what it holds' },
  ],
  [
    'RH002 a list at the top level',
    '- a\n- b\n',
    { line: 1, column: 1, code: 'RH002', message: /top level must be a mapping .* not a list/ },
  ],
  [
    'RH003 a file over 10 MB',
    `title: "${'x'.repeat(10 * 1024 * 1024)}"\n`,
    { line: 1, column: 1, code: 'RH003', message: /limited to 10 MB/ },
  ],
  [
    'RH004 a NUL byte',
    'format: 1\nid: t\u0000\n',
    { line: 2, column: 6, code: 'RH004', message: /binary data \(a NUL byte\)/ },
  ],
  [
    'RH005 brackets nested too deep',
    `a: ${'['.repeat(150)}`,
    { line: 1, column: 104, code: 'RH005', message: 'brackets are nested more than 100 deep' },
  ],
  [
    'RH006 format 2',
    edit(['format: 1', 'format: 2']),
    { line: 1, column: 9, code: 'RH006', message: 'format must be 1 (this is format version 1 of Rehearse), not 2' },
  ],
  [
    'RH010 a missing required key',
    edit(['title: T\n', '']),
    { line: 1, column: 1, code: 'RH010', message: 'the scenario is missing the required key "title"' },
  ],
  [
    'RH011 a misspelt top-level key, with a suggestion',
    edit(['title: T', 'titel: T']),
    { line: 3, column: 1, code: 'RH011', message: 'unknown key "titel" in the scenario. Did you mean "title"?' },
  ],
  [
    'RH011 a misspelt criterion key, with a suggestion',
    edit(['competency: care, points', 'competence: care, points']),
    {
      line: 18,
      column: 23,
      code: 'RH011',
      message: 'unknown key "competence" in node "a".ask.free.criteria[1]. Did you mean "competency"?',
    },
  ],
  [
    'RH012 text where a number is needed',
    edit(['points: 1', 'points: many']),
    { line: 18, column: 49, code: 'RH012', message: 'node "a".ask.free.criteria[1].points must be a number, not text' },
  ],
  [
    'RH013 a locale the format does not know',
    edit(['locale: en', 'locale: de']),
    { line: 4, column: 9, code: 'RH013', message: 'locale must be one of fr, en, not "de"' },
  ],
  [
    'RH014 the same YAML key twice',
    edit(['title: T', 'title: T\ntitle: U']),
    { line: 4, column: 1, code: 'RH014', message: /appears twice in the same mapping/ },
  ],
  [
    'RH015 a criterion id used twice',
    edit([
      '          - { id: c1, competency: care, points: 1, match: [hello] }',
      '          - { id: c1, competency: care, points: 1, match: [hello] }\n          - { id: c1, competency: care, points: 2, match: [hi] }',
    ]),
    {
      line: 19,
      column: 19,
      code: 'RH015',
      message: 'criterion id "c1" is already used by a criterion at line 18; ids are unique across the scenario',
    },
  ],
  [
    'RH015 an option id used twice',
    edit([
      '      free:\n        criteria:\n          - { id: c1, competency: care, points: 1, match: [hello] }\n        next:\n          - goto: b',
      '      choice:\n        options:\n          - { id: o1, text: A, competency: care, points: 1, goto: b }\n          - { id: o1, text: B, goto: b }',
    ]),
    {
      line: 19,
      column: 19,
      code: 'RH015',
      message: 'option id "o1" is already used by an option at line 18; ids are unique across the scenario',
    },
  ],
  [
    'RH016 a node id with a space',
    edit(['  b:\n', '  "b b":\n'], ['goto: b', 'goto: "b b"']),
    { line: 21, column: 3, code: 'RH016', message: 'node id "b b" may only hold letters, digits, "_" and "-"' },
  ],
  [
    'RH016 a scenario id in capitals',
    edit(['id: t', 'id: My Scenario']),
    { line: 2, column: 5, code: 'RH016', message: 'id "My Scenario" may only hold lower-case letters, digits and "-"' },
  ],
  [
    'RH020 goto an unknown node',
    edit(['goto: b', 'goto: bee']),
    { line: 20, column: 19, code: 'RH020', message: 'goto: there is no node "bee".' },
  ],
  [
    'RH020 goto toString, which no node is called',
    edit(['goto: b', 'goto: toString']),
    { line: 20, column: 19, code: 'RH020', message: 'goto: there is no node "toString".' },
  ],
  [
    'RH020 visited() an unknown node',
    route('visited(bb)'),
    { line: 20, column: 27, code: 'RH020', message: 'visited(bb): there is no node "bb". Did you mean "b"?' },
  ],
  [
    'RH021 an unknown competency',
    edit(['competency: care', 'competency: cure']),
    { line: 18, column: 35, code: 'RH021', message: 'competency: there is no competency "cure". Did you mean "care"?' },
  ],
  [
    'RH022 a line said by an unknown character',
    edit(['  a:\n    ask', '  a:\n    say:\n      - { who: samm, text: "Hi" }\n    ask']),
    { line: 16, column: 16, code: 'RH022', message: 'who: there is no character "samm". Did you mean "sam"?' },
  ],
  [
    'RH023 an unknown variable in a condition',
    route('trusts >= 2'),
    {
      line: 20,
      column: 19,
      code: 'RH023',
      message: 'unknown variable "trusts" (declare it under `state`). Did you mean "trust"?',
    },
  ],
  [
    'RH023 an unknown variable in a set',
    edit([ROUTE, '          - set: { trus: "+1" }\n            goto: b']),
    { line: 20, column: 20, code: 'RH023', message: 'set: unknown variable "trus". Did you mean "trust"?' },
  ],
  [
    'RH024 an unknown concept in a phrase',
    edit(['match: [hello]', 'match: ["say @hi there"]']),
    { line: 18, column: 65, code: 'RH024', message: 'unknown concept "@hi".' },
  ],
  [
    'RH025 matched() an unknown criterion',
    route('matched(c2)'),
    { line: 20, column: 27, code: 'RH025', message: 'matched(c2): there is no criterion "c2". Did you mean "c1"?' },
  ],
  [
    'RH025 chose() an unknown option',
    route('chose(o9)'),
    { line: 20, column: 25, code: 'RH025', message: 'chose(o9): there is no option "o9".' },
  ],
  [
    'RH026 an end with an unknown outcome',
    edit(['end: done', 'end: dne']),
    { line: 22, column: 10, code: 'RH026', message: 'end: there is no outcome "dne". Did you mean "done"?' },
  ],
  [
    'RH027 a character called narrator',
    edit(['  sam: { name: Sam }', '  sam: { name: Sam }\n  narrator: { name: N }']),
    {
      line: 8,
      column: 3,
      code: 'RH027',
      message: '"narrator" cannot be a character id (reserved: who, text, when, narrator)',
    },
  ],
  [
    'RH030 a condition syntax error, at the bad token inside a quoted when',
    route('"trust >= 2 and and late"'),
    { line: 20, column: 35, code: 'RH030', message: 'node "a".ask.free.next[1].when: "and" cannot stand here' },
  ],
  [
    'RH030 "=" instead of "==", at its column in a plain when',
    route('trust = 2'),
    { line: 20, column: 25, code: 'RH030', message: 'node "a".ask.free.next[1].when: use "==" to compare, not "="' },
  ],
  [
    "RH030 after a '' escape in a single-quoted when, still under the bad token",
    edit(
      ['  trust: 1', '  trust: 1\n  mood: ok'],
      [ROUTE, `          - when: 'mood == ''ok'' and and late'\n            goto: b\n${ROUTE}`],
    ),
    { line: 21, column: 39, code: 'RH030', message: 'node "a".ask.free.next[1].when: "and" cannot stand here' },
  ],
  [
    'RH030 after \\u escapes in a double-quoted when, still under the bad token',
    edit(
      ['  trust: 1', '  trust: 1\n  mood: ok'],
      [ROUTE, `          - when: "mood == \\u0022ok\\u0022 and and late"\n            goto: b\n${ROUTE}`],
    ),
    { line: 21, column: 47, code: 'RH030', message: 'node "a".ask.free.next[1].when: "and" cannot stand here' },
  ],
  [
    'RH030 in a when folded over two lines, on the second line',
    route(`"trust >= 2 and\n              and late"`),
    { line: 21, column: 15, code: 'RH030', message: 'node "a".ask.free.next[1].when: "and" cannot stand here' },
  ],
  [
    'RH023 an unknown variable after an escape, at its own column',
    edit(
      ['  trust: 1', '  trust: 1\n  mood: ok'],
      [ROUTE, `          - when: 'mood == ''ok'' and zz'\n            goto: b\n${ROUTE}`],
    ),
    { line: 21, column: 39, code: 'RH023', message: 'unknown variable "zz" (declare it under `state`).' },
  ],
  [
    'RH031 a number compared with text',
    route('trust == "high"'),
    { line: 20, column: 19, code: 'RH031', message: '"==" compares a number with a string.' },
  ],
  [
    'RH032 text set into a number variable',
    edit([ROUTE, '          - set: { trust: "yes" }\n            goto: b']),
    { line: 20, column: 27, code: 'RH032', message: 'set: "trust" holds a number, not text' },
  ],
  [
    'RH032 "+1" on a true/false variable',
    edit(['  trust: 1', '  trust: 1\n  told: false'], [ROUTE, '          - set: { told: "+1" }\n            goto: b']),
    {
      line: 21,
      column: 26,
      code: 'RH032',
      message: 'set: "told" is true/false, so it cannot be increased or decreased',
    },
  ],
  [
    'RH040 a node with no way out',
    edit(['    end: done', '    say: [ { sam: "bye" } ]']),
    {
      line: 21,
      column: 3,
      code: 'RH040',
      message: 'node "b" has no way out: give it "ask", "goto" or "next", or make it an end with "end: outcome"',
    },
  ],
  [
    'RH040 a node with both ask and goto',
    edit(['  a:\n    ask', '  a:\n    goto: b\n    ask']),
    {
      line: 15,
      column: 5,
      code: 'RH040',
      message: 'node "a" has both "ask" and "goto"; a node has exactly one of ask, goto, next',
    },
  ],
  [
    'RH040 an end that also has goto',
    edit(['    end: done', '    end: done\n    goto: a']),
    { line: 23, column: 5, code: 'RH040', message: 'node "b" is an end ("end: …") and cannot also have "goto"' },
  ],
  [
    'RH041 the last route has a when',
    edit([ROUTE, '          - when: trust > 0\n            goto: b']),
    { line: 20, column: 13, code: 'RH041', message: /the last route of node "a".ask.free.next has a "when"/ },
  ],
  [
    'RH042 an unreachable node (warning)',
    edit(['    end: done', '    end: done\n  lost:\n    end: done']),
    {
      line: 23,
      column: 3,
      code: 'RH042',
      severity: 'warning',
      message: 'node "lost" cannot be reached from start "a"',
    },
  ],
  [
    'RH043 a loop with no way to an end',
    edit([
      ROUTE,
      '          - goto: loop\n  loop:\n    ask:\n      choice:\n        options:\n          - { id: o1, text: A, goto: loop }\n          - { id: o2, text: B, goto: a }',
    ]),
    {
      line: 21,
      column: 3,
      code: 'RH043',
      message: 'from node "loop" no path leads to an end: a session that gets here can never finish',
    },
  ],
  [
    'RH044 a competency nothing can earn (warning)',
    edit(['  care: Care', '  care: Care\n  calm: Calm']),
    {
      line: 10,
      column: 3,
      code: 'RH044',
      severity: 'warning',
      message: 'no criterion or option can earn points in competency "calm"',
    },
  ],
  [
    'RH045 a phrase of function words only (warning)',
    edit(['match: [hello]', 'match: [hello, "the"]']),
    {
      line: 18,
      column: 67,
      code: 'RH045',
      severity: 'warning',
      message: 'the phrase "the" has no word left to match once function words are dropped',
    },
  ],
  [
    'RH050 a test naming an unknown option',
    `${BASE}tests:\n  - name: t1\n    answers: [hello, { choice: o7 }]\n    expect: { outcome: done }\n`,
    { line: 27, column: 32, code: 'RH050', message: 'test choice: there is no option "o7".' },
  ],
  [
    'RH050 a test naming an unknown outcome',
    `${BASE}tests:\n  - name: t1\n    answers: [hello]\n    expect: { outcome: dome }\n`,
    { line: 28, column: 24, code: 'RH050', message: 'test outcome: there is no outcome "dome". Did you mean "done"?' },
  ],
  [
    'RH050 a test path naming an unknown node',
    `${BASE}tests:\n  - name: t1\n    answers: [hello]\n    expect: { path: [a, zz] }\n`,
    { line: 28, column: 25, code: 'RH050', message: 'test path: there is no node "zz".' },
  ],
  [
    'RH050 a test naming an unknown criterion',
    `${BASE}tests:\n  - name: t1\n    answers: [hello]\n    expect: { matched: [c9] }\n`,
    { line: 28, column: 25, code: 'RH050', message: 'test matched: there is no criterion "c9". Did you mean "c1"?' },
  ],
  [
    'RH013 required on a mistake',
    edit([
      'match: [hello] }',
      'match: [hello] }\n          - { id: m1, competency: care, points: -2, match: ["shut up"], required: "x" }',
    ]),
    {
      line: 19,
      column: 73,
      code: 'RH013',
      message: /criteria\[2\] has "required" but -2 points: only a criterion that earns points can be required/,
    },
  ],
  [
    'RH013 required and critical on one criterion',
    edit(['match: [hello] }', 'match: [hello], critical: "a", required: "b" }']),
    { line: 18, column: 83, code: 'RH013', message: /is both "critical" and "required"/ },
  ],
  [
    'RH011 a typo in examples',
    edit(['match: [hello] }', 'match: [hello], examples: { yess: ["hello you"] } }']),
    { line: 18, column: 80, code: 'RH011', message: /unknown key "yess" in .*examples\. Did you mean "yes"\?/ },
  ],
  [
    'RH012 an outcome that is neither a label nor { text, critical }',
    edit(['  done: Done', '  done: [Done]']),
    { line: 24, column: 9, code: 'RH012', message: 'outcome "done" must be text, not a list' },
  ],
  [
    'RH010 a critical outcome without its text',
    edit(['  done: Done', '  done: { critical: "left alone" }']),
    { line: 24, column: 3, code: 'RH010', message: 'outcome "done" is missing the required key "text"' },
  ],
  [
    'RH060 use: an unknown concept set, with a suggestion',
    edit(['start: a', 'use: [shared-em]\nstart: a']),
    { line: 12, column: 7, code: 'RH060', message: 'there is no concept set "shared-em". Did you mean "shared-en"?' },
  ],
  [
    'RH061 use: a set of another language',
    edit(['start: a', 'use: [shared-fr]\nstart: a']),
    {
      line: 12,
      column: 7,
      code: 'RH061',
      message: 'concept set "shared-fr" is in French (fr), and this file is in English (en)',
    },
  ],
  [
    'RH062 use: sets that use each other',
    edit(['start: a', 'use: [shared-en, loop-a]\nstart: a']),
    {
      line: 12,
      column: 18,
      code: 'RH062',
      message: 'using concept set "loop-a" makes a cycle: loop-a → loop-b → loop-a',
    },
  ],
  [
    'RH063 use: a set whose file has errors',
    edit(['start: a', 'use:\n  - broken-en\nstart: a']),
    {
      line: 13,
      column: 5,
      code: 'RH063',
      message:
        'concept set "broken-en" (sets/broken-en.yaml) has 2 errors: its concepts cannot be used until they are fixed',
    },
  ],
  [
    'RH064 a concept of the scenario replaces a shared one',
    edit(['start: a', 'use: [shared-en]\nconcepts:\n  pay_up: ["pay him now"]\nstart: a']),
    {
      line: 14,
      column: 3,
      code: 'RH064',
      severity: 'warning',
      message: 'concept "pay_up" replaces the one of the shared set "shared-en"',
    },
  ],
  [
    'RH065 a mistake whose phrase is one word',
    edit([
      'match: [hello] }',
      'match: [hello] }\n          - { id: m1, competency: care, points: -2, match: ["the promise"] }',
    ]),
    {
      line: 19,
      column: 61,
      code: 'RH065',
      severity: 'warning',
      message:
        'the phrase "the promise" of mistake "m1" (-2) is the single word "promise" once analysed: one word fires on far too many kind answers',
    },
  ],
  [
    'RH065 a mistake that is one word through a shared concept',
    edit(
      ['start: a', 'use: [shared-en]\nconcepts:\n  cash: ["money"]\nstart: a'],
      [
        'match: [hello] }',
        'match: [hello] }\n          - { id: m1, competency: care, points: -2, critical: "Pay", match: ["@cash"] }',
      ],
    ),
    {
      line: 22,
      column: 78,
      code: 'RH065',
      severity: 'warning',
      message: /the phrase "@cash" of mistake "m1" \(-2\) is the single word "money" through "money" once analysed/,
    },
  ],
  [
    'RH066 a French "là" the analysis drops',
    edit(['locale: en', 'locale: fr'], ['match: [hello]', 'match: ["je suis là pour toi", "je suis là"]']),
    {
      line: 18,
      column: 92,
      code: 'RH066',
      severity: 'warning',
      message:
        '"là" is dropped by the analysis (it reads as the function word "la"): the phrase "je suis là" only matches "je suis"',
    },
  ],
  [
    'RH066 the French pronoun "en" before an infinitive, when the verb is all that is left',
    edit(['locale: en', 'locale: fr'], ['match: [hello]', 'match: ["en sécurité", "envie d\'en finir", "en finir"]']),
    {
      line: 18,
      column: 96,
      code: 'RH066',
      severity: 'warning',
      message:
        '"en" is dropped by the analysis (it reads as the function word "en"): the phrase "en finir" only matches "finir"',
    },
  ],
  [
    'RH067 a phrase that earns and a mistake that loses on the same words',
    edit([
      'match: [hello] }',
      'match: [hello] }\n          - { id: m1, competency: care, points: -1, match: ["hello there"] }',
    ]),
    {
      line: 18,
      column: 60,
      code: 'RH067',
      severity: 'warning',
      message:
        'the phrase "hello" of "c1" (+1) and the mistake "m1" (-1) of the same prompt both match "hello there": those words earn and lose points at once',
    },
  ],
  [
    'RH068 a "yes" example that nothing matches',
    edit(['match: [hello] }', 'match: [hello], examples: { yes: ["good evening"], no: ["bye"] } }']),
    {
      line: 18,
      column: 86,
      code: 'RH068',
      severity: 'warning',
      message: 'this "yes" example does not match criterion "c1" (+1): none of its phrases is in it',
    },
  ],
  [
    'RH068 a "yes" example that another criterion matches instead',
    edit([
      'match: [hello] }',
      'match: [hello], examples: { yes: ["well hi there"] } }\n          - { id: c2, competency: care, points: 1, match: [hi] }',
    ]),
    {
      line: 18,
      column: 86,
      code: 'RH068',
      severity: 'warning',
      message:
        'this "yes" example does not match criterion "c1" (+1): criterion "c2" (+1) matches it instead (the phrase "hi" matches "hi")',
    },
  ],
  [
    'RH068 a "no" example that matches, with the phrase and the words',
    edit(['match: [hello] }', 'match: [hello], examples: { no: ["well, hello you"] } }']),
    {
      line: 18,
      column: 85,
      code: 'RH068',
      severity: 'warning',
      message: 'this "no" example matches criterion "c1" (+1): the phrase "hello" matches "hello"',
    },
  ],
  [
    'RH069 an escape sequence written as \\e in a quoted line (a clipboard write)',
    edit(['    ask:\n      free:', '    say: [ { sam: "Hi\\e]52;c;cm0=\\a" } ]\n    ask:\n      free:']),
    {
      line: 15,
      column: 22,
      code: 'RH069',
      severity: 'warning',
      message: /control character ESC \(U\+001B\): a terminal would obey it/,
    },
  ],
  [
    'RH069 a raw BEL and a C1 CSI in plain texts',
    edit([
      'match: [hello] }',
      'match: [hello], feedback: "ring\u0007" }\n          - { id: c2, competency: care, points: 1, match: ["x\u009b5m"] }',
    ]),
    {
      line: 18,
      column: 83,
      code: 'RH069',
      severity: 'warning',
      message: /control character BEL \(U\+0007\)/,
    },
  ],
  [
    'RH070 a phrase whose concepts make it stand for more than 512 texts',
    edit([
      'match: [hello] }',
      `match: ["@a @b"] }\nconcepts:\n  a: [${Array.from({ length: 23 }, (_, i) => `"a${i}"`).join(', ')}]\n  b: [${Array.from({ length: 23 }, (_, i) => `"b${i}"`).join(', ')}]`,
    ]),
    {
      line: 18,
      column: 60,
      code: 'RH070',
      severity: 'warning',
      message:
        'the phrase "@a @b" stands for more than 512 texts through its concepts: the matcher reads the first 512, so the rest never match',
    },
  ],
];

describe('one test per diagnostic code, at the exact line and column', () => {
  it('the base scenario is clean', () => {
    const { scenario, diagnostics } = loadScenario(BASE);
    expect(diagnostics).toEqual([]);
    expect(scenario?.id).toBe('t');
  });
  it.each(CASES)('%s', (_name, text, want) => {
    const { scenario, diagnostics } = loadScenario(text, 'case.yaml', { conceptSets: SHARED });
    const found = diagnostics.filter((d) => d.code === want.code);
    expect(found.map((d) => ({ line: d.line, column: d.column, code: d.code, severity: d.severity }))).toContainEqual({
      line: want.line,
      column: want.column,
      code: want.code,
      severity: want.severity ?? 'error',
    });
    const d = found.find((x) => x.line === want.line && x.column === want.column)!;
    if (typeof want.message === 'string') expect(d.message).toBe(want.message);
    else expect(d.message).toMatch(want.message);
    expect(d.file).toBe('case.yaml');
    // an error means no scenario; warnings alone leave it playable
    expect(scenario === null).toBe(diagnostics.some((x) => x.severity === 'error'));
  });
  it('Windows line endings (CRLF) give the same positions for every case', () => {
    for (const [name, text, want] of CASES) {
      if (typeof text !== 'string' || text.length > 100_000) continue;
      const found = loadScenario(text.replace(/\n/g, '\r\n'), 'case.yaml', { conceptSets: SHARED })
        .diagnostics.filter((d) => d.code === want.code)
        .map((d) => `${d.line}:${d.column}`);
      expect(found, name).toContain(`${want.line}:${want.column}`);
    }
  });
  it('covers every code of engine/diagnostics/codes.ts (RH000 in load-internal.test.ts)', () => {
    const tested = new Set(CASES.map(([, , w]) => w.code));
    expect(Object.keys(DIAGNOSTIC_CODES).filter((c) => c !== 'RH000' && !tested.has(c))).toEqual([]);
  });
  it('warnings alone leave a playable scenario', () => {
    const { scenario, diagnostics } = loadScenario(
      edit(['  care: Care', '  care: Care\n  calm: Calm'], ['    end: done', '    end: done\n  lost:\n    end: done']),
    );
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual([
      '10:3 warning RH044',
      '24:3 warning RH042',
    ]);
    expect(scenario?.nodes.lost?.end).toBe('done');
  });
  it('a condition error points at its column: the caret lands under the bad token', () => {
    const text = route('"visited(a) or (trust > 1"');
    const d = loadScenario(text).diagnostics.find((x) => x.code === 'RH030')!;
    const line = text.split('\n')[d.line - 1]!;
    expect(line.slice(d.column - 1)).toBe('"');
    expect(d.message).toMatch(/missing "\)"/);
  });
});

describe('one pass reports all diagnostics', () => {
  it('a file with five different mistakes gives exactly five diagnostics, in file order', () => {
    const text = edit(
      ['id: t', 'id: My Scenario'],
      ['locale: en', 'locale: de'],
      ['{ name: Sam }', '{ name: Sam, ag: 15 }'],
      ['match: [hello]', 'match: hello'],
      ['end: done', 'end: dne'],
    );
    const { scenario, diagnostics } = loadScenario(text);
    expect(scenario).toBeNull();
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`)).toEqual([
      '2:5 error RH016: id "My Scenario" may only hold lower-case letters, digits and "-"',
      '4:9 error RH013: locale must be one of fr, en, not "de"',
      '7:21 error RH011: unknown key "ag" in character "sam". Did you mean "age"?',
      '18:59 error RH012: node "a".ask.free.criteria[1].match must be a list, not text',
      '22:10 error RH026: end: there is no outcome "dne". Did you mean "done"?',
    ]);
  });
});
