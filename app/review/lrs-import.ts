/**
 * Answers from an LRS (docs/xapi.md, "Reading statements back"): Rehearse's `answered` statements,
 * read with the organisations' reader (app/xapi/reader.ts) from the LRS itself or from a file of
 * statements exported from it. Only typed answers can be reviewed, so statements sent without their
 * text (the default) are counted, not imported. The learner's mbox or account is kept as the
 * trainee when the statement names one: the export carried it.
 */
import type { Scenario } from '../../engine/types.ts';
import type { LrsConfig } from '../xapi/config.ts';
import { answeredRecord, readAnsweredStatements, type AnsweredRecord } from '../xapi/reader.ts';
import type { Fetch } from '../xapi/sender.ts';
import type { Statement } from '../xapi/types.ts';
import { addAnswers, freePrompt, type ImportCounts, type IncomingAnswer } from './answers.ts';
import { jsonError, type ReviewFile, type ReviewSource } from './format.ts';

/** What importing LRS records gave. */
export interface LrsImport extends ImportCounts {
  review: ReviewFile;
  /** Answers of this scenario sent without their text (the LRS holds only what the engine matched). */
  withoutText: number;
  /** Statements about other scenarios. */
  otherScenario: number;
  /** Answers given with another version of the scenario (read again with this one). */
  otherVersion: number;
  /** Rehearse statements that could not be read (missing fields). */
  unreadable: number;
}

/** True when a text looks like xAPI statements (a list, or an LRS's `{ statements: [...] }` page). */
export function looksLikeStatements(text: string): boolean {
  return /^\s*(\[\s*\{[\s\S]{0,2000}?"verb"|\{[\s\S]{0,200}?"statements"\s*:)/.test(text);
}

/** The records of a file of statements, or why it is not one. */
export function recordsOfStatements(
  text: string,
): { records: AnsweredRecord[]; unreadable: number } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: jsonError(text, e) };
  }
  const list = Array.isArray(data) ? data : (data as { statements?: unknown } | null)?.statements;
  if (!Array.isArray(list))
    return { error: 'not a list of xAPI statements (expected [ … ] or { "statements": [ … ] })' };
  const records: AnsweredRecord[] = [];
  let unreadable = 0;
  for (const s of list) {
    if (typeof s !== 'object' || s === null) {
      unreadable++;
      continue;
    }
    const r = answeredRecord(s as Statement);
    if (typeof r === 'string') unreadable++;
    else if (r) records.push(r);
  }
  return { records, unreadable };
}

/** Adds the typed answers of LRS records about `scenario` to a review, each (node, text) once. */
export function importRecords(
  review: ReviewFile,
  scenario: Scenario,
  records: AnsweredRecord[],
  label: string,
  unreadable = 0,
): LrsImport {
  const incoming: IncomingAnswer[] = [];
  let withoutText = 0;
  let otherScenario = 0;
  let otherVersion = 0;
  for (const r of records) {
    if (r.scenario !== scenario.id) {
      otherScenario++;
      continue;
    }
    if (!freePrompt(scenario, r.node)) continue; // a choice: nothing typed
    if (r.response === undefined) {
      withoutText++;
      continue;
    }
    if (r.contentHash !== review.scenario.hash) otherVersion++;
    const source: ReviewSource = { kind: 'lrs', ref: r.statementId, at: r.timestamp, file: label };
    if (r.learner) source.trainee = r.learner;
    incoming.push({ node: r.node, text: r.response, source });
  }
  const added = addAnswers(review, scenario, incoming);
  return { ...added, withoutText, otherScenario, otherVersion, unreadable };
}

/** Reads the answers of `scenario` straight from an LRS (the query API, page by page). Rejects on an LRS error. */
export async function importFromLrs(
  review: ReviewFile,
  scenario: Scenario,
  config: Pick<LrsConfig, 'endpoint' | 'authorization'>,
  fetchImpl: Fetch,
): Promise<LrsImport> {
  const { records, skipped } = await readAnsweredStatements(config, fetchImpl);
  return importRecords(review, scenario, records, config.endpoint, skipped.length);
}
