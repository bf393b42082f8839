/** The stable diagnostic codes of the checker; docs/diagnostics.md documents each with an example. */
import type { Severity } from '../types.ts';

/** One code: a short name, its usual severity and what it means. */
export interface CodeInfo {
  name: string;
  severity: Severity;
  summary: string;
}

/** Every code the checker can give. Codes never change meaning; new ones are added at the end. */
export const DIAGNOSTIC_CODES = {
  RH000: {
    name: 'internal-error',
    severity: 'error',
    summary: 'the checker itself failed on this file (please report it)',
  },
  RH001: { name: 'yaml-syntax', severity: 'error', summary: 'the file is not valid YAML' },
  RH002: {
    name: 'not-a-scenario',
    severity: 'error',
    summary: 'the file is empty or its top level is not a mapping of keys',
  },
  RH003: { name: 'file-too-large', severity: 'error', summary: 'the file is over 10 MB' },
  RH004: { name: 'not-text', severity: 'error', summary: 'the file is binary or not valid UTF-8' },
  RH005: {
    name: 'too-complex',
    severity: 'error',
    summary: 'nesting too deep or too many alias expansions (e.g. an alias bomb)',
  },
  RH006: { name: 'unsupported-format', severity: 'error', summary: '`format` is not 1' },
  RH010: { name: 'missing-key', severity: 'error', summary: 'a required key is missing' },
  RH011: { name: 'unknown-key', severity: 'error', summary: 'a key the format does not know (often a typo)' },
  RH012: { name: 'wrong-type', severity: 'error', summary: 'a value of the wrong type (text, number, list, mapping…)' },
  RH013: { name: 'bad-value', severity: 'error', summary: 'a value outside what the format allows' },
  RH014: { name: 'duplicate-key', severity: 'error', summary: 'the same key twice in one mapping' },
  RH015: { name: 'duplicate-id', severity: 'error', summary: 'a criterion or option id used twice in the scenario' },
  RH016: { name: 'bad-id', severity: 'error', summary: 'an id with characters the format does not allow' },
  RH020: { name: 'unknown-node', severity: 'error', summary: 'a reference to a node that does not exist' },
  RH021: { name: 'unknown-competency', severity: 'error', summary: 'a reference to a competency that is not declared' },
  RH022: { name: 'unknown-character', severity: 'error', summary: 'a line said by a character that is not declared' },
  RH023: { name: 'unknown-variable', severity: 'error', summary: 'a variable that is not declared in `state`' },
  RH024: {
    name: 'unknown-concept',
    severity: 'error',
    summary: 'an @name in a phrase that is not declared in `concepts`',
  },
  RH025: {
    name: 'unknown-criterion-or-option',
    severity: 'error',
    summary: 'matched()/chose() names a criterion or option that does not exist',
  },
  RH026: {
    name: 'unknown-outcome',
    severity: 'error',
    summary: 'an end names an outcome that is not declared in `outcomes`',
  },
  RH027: {
    name: 'reserved-character',
    severity: 'error',
    summary: 'a character id that is reserved (who, text, when, narrator)',
  },
  RH030: { name: 'condition-syntax', severity: 'error', summary: 'a `when` condition that does not parse' },
  RH031: {
    name: 'condition-type',
    severity: 'error',
    summary: 'a `when` condition that compares values of different types',
  },
  RH032: { name: 'bad-set', severity: 'error', summary: 'a `set` whose value does not fit the variable' },
  RH040: {
    name: 'node-shape',
    severity: 'error',
    summary: 'a node that is not exactly one of: ask, goto, next, or an end',
  },
  RH041: {
    name: 'last-route-conditional',
    severity: 'error',
    summary: 'the last route of a list has a `when`, so a session could get stuck',
  },
  RH042: { name: 'unreachable-node', severity: 'warning', summary: 'no path from `start` leads to this node' },
  RH043: { name: 'no-way-to-end', severity: 'error', summary: 'from this node no path leads to an end' },
  RH044: {
    name: 'unearnable-competency',
    severity: 'warning',
    summary: 'no criterion or option can earn points in this competency',
  },
  RH045: { name: 'empty-phrase', severity: 'warning', summary: 'a phrase with no word left to match' },
  RH050: {
    name: 'test-unknown-reference',
    severity: 'error',
    summary: 'a test names a node, criterion, option or outcome that does not exist',
  },
  RH060: {
    name: 'unknown-concept-set',
    severity: 'error',
    summary: '`use` names a concept set that is neither next to the file nor in the bundled library',
  },
  RH061: {
    name: 'concept-set-locale',
    severity: 'error',
    summary: '`use` names a concept set of another language than the file',
  },
  RH062: { name: 'concept-set-cycle', severity: 'error', summary: 'concept sets that use each other in a circle' },
  RH063: {
    name: 'broken-concept-set',
    severity: 'error',
    summary: '`use` names a concept set whose own file has errors',
  },
  RH064: {
    name: 'concept-replaced',
    severity: 'warning',
    summary: "a scenario's own concept replaces a concept of a shared set with the same name",
  },
  RH065: {
    name: 'one-word-mistake',
    severity: 'warning',
    summary: 'a phrase of a negative or critical criterion that is a single word once analysed',
  },
  RH066: {
    name: 'dropped-word',
    severity: 'warning',
    summary: 'a word of a phrase that the analysis drops although it was meant (fr "là", "dû", "dès", "en finir")',
  },
  RH067: {
    name: 'earns-and-loses',
    severity: 'warning',
    summary: 'the same words match a positive criterion and a mistake of one prompt',
  },
  RH068: {
    name: 'example-misbehaves',
    severity: 'warning',
    summary: 'an example of a criterion or concept that does not match (yes) or matches (no)',
  },
  RH069: {
    name: 'control-character',
    severity: 'warning',
    summary: 'a text holds a control character (ESC, BEL, a C1 control…) that a terminal would obey',
  },
  RH070: {
    name: 'too-many-expansions',
    severity: 'warning',
    summary: 'a phrase stands, through its concepts, for more texts than the matcher reads (512)',
  },
} as const satisfies Record<string, CodeInfo>;

/** A code of the catalogue: a misspelt code does not compile. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
