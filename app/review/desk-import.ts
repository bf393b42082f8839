/**
 * Reading any file a trainer gives the review desk: a review (merged), xAPI statements exported from
 * an LRS, or a progress export (their answers added).
 */
import type { Scenario } from '../../engine/types.ts';
import { freePrompt, importProgress } from './answers.ts';
import { looksLikeReview, mergeReviews, parseReview, type ReviewFile } from './format.ts';
import { importRecords, looksLikeStatements, recordsOfStatements, type LrsImport } from './lrs-import.ts';
import type { DeskNotice } from './review-desk.ts';

function importReviewFile(review: ReviewFile, scenario: Scenario, text: string, file: string) {
  const parsed = parseReview(text);
  if ('error' in parsed) return parsed;
  const stale = parsed.review.scenario.hash !== review.scenario.hash;
  const merged = mergeReviews(review, parsed.review);
  if ('error' in merged) return merged;
  const { answers, reviewers } = parsed.review;
  const notices: DeskNotice[] = [{ kind: 'review', file, answers: answers.length, reviewers: reviewers.length, stale }];
  if (parsed.notices.length)
    notices.push({ kind: 'setAside', file, count: parsed.notices.length, first: parsed.notices[0]! });
  const keep = merged.review.answers.filter((a) => freePrompt(scenario, a.node));
  return { review: { ...merged.review, answers: keep }, notices };
}

/** The review with a file's answers or verdicts added, and what to tell; or why the file was refused. */
export function importAny(
  review: ReviewFile,
  scenario: Scenario,
  text: string,
  file: string,
): { review: ReviewFile; notices: DeskNotice[] } | { error: string } {
  if (looksLikeReview(text)) return importReviewFile(review, scenario, text, file);
  if (looksLikeStatements(text)) {
    const read = recordsOfStatements(text);
    if ('error' in read) return read;
    const r = importRecords(review, scenario, read.records, file, read.unreadable);
    return { review: r.review, notices: [lrsNotice(file, r)] };
  }
  const r = importProgress(review, scenario, text, file);
  if ('error' in r) return r;
  const { added, duplicates, attempts, otherScenario } = r;
  const notices: DeskNotice[] = [{ kind: 'progress', file, added, duplicates, attempts, otherScenario }];
  if (r.notices.length) notices.push({ kind: 'setAside', file, count: r.notices.length, first: r.notices[0]! });
  return { review: r.review, notices };
}

/** The notice of an import of LRS records. */
export function lrsNotice(file: string, r: LrsImport): DeskNotice {
  const { added, duplicates, withoutText, otherScenario, otherVersion, unreadable } = r;
  return { kind: 'lrs', file, added, duplicates, withoutText, otherScenario, otherVersion, unreadable };
}
