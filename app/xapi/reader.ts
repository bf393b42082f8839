/**
 * Reads Rehearse's `answered` statements back from an LRS (xAPI statements query, following
 * `more` page by page) as plain records, for the trainer review (issue 16): which scenario and
 * source version, which prompt, which criteria the engine matched, and the text when it was sent.
 */
import type { LrsConfig } from './config.ts';
import { EXT, VERBS } from './profile.ts';
import { lrsHeaders, type Fetch } from './sender.ts';
import type { Statement } from './types.ts';

/** One answered prompt, as read from the LRS. */
export interface AnsweredRecord {
  scenario: string;
  contentHash: string;
  node: string;
  /** Criterion ids the engine matched (empty for a choice). */
  matched: string[];
  /** The typed text (only when the organisation sent it) or, for a choice, the option id. */
  response?: string;
  /** The chosen option id, for a choice. */
  option?: string;
  statementId: string;
  registration?: string;
  timestamp: string;
  /** The learner's mbox or account name, as the statement has it. */
  learner?: string;
}

/** Filters of the query (xAPI query parameters); `limit` is the page size. */
export interface ReadOptions {
  /** Only statements about this activity or below it (a scenario's activity id). */
  activity?: string;
  since?: string;
  registration?: string;
  limit?: number;
  /** Stop after this many pages (a safety net against an LRS that loops). */
  maxPages?: number;
}

/** What reading gives: the records, and the statements that were Rehearse's but unreadable. */
export interface ReadResult {
  records: AnsweredRecord[];
  skipped: Array<{ id: string; reason: string }>;
}

function learnerOf(s: Statement): string | undefined {
  const a = s.actor as { mbox?: string; account?: { name?: string } };
  return a.mbox ?? a.account?.name;
}

/** The record of one statement, null when it is not a Rehearse `answered`, or the reason it is unreadable. */
export function answeredRecord(s: Statement): AnsweredRecord | null | string {
  if (s.verb?.id !== VERBS.answered.id) return null;
  const ctx = s.context?.extensions ?? {};
  const res = s.result?.extensions ?? {};
  const scenario = ctx[EXT.scenario];
  if (typeof scenario !== 'string') return null; // someone else's `answered`
  const contentHash = ctx[EXT.contentHash];
  const node = ctx[EXT.node];
  const matched = res[EXT.matched];
  if (typeof contentHash !== 'string') return 'no content hash';
  if (typeof node !== 'string') return 'no node';
  if (!Array.isArray(matched) || !matched.every((m) => typeof m === 'string')) return 'no matched criteria list';
  const r: AnsweredRecord = { scenario, contentHash, node, matched, statementId: s.id, timestamp: s.timestamp };
  if (typeof s.result?.response === 'string') r.response = s.result.response;
  if (typeof res[EXT.option] === 'string') r.option = res[EXT.option] as string;
  if (s.context?.registration) r.registration = s.context.registration;
  const learner = learnerOf(s);
  if (learner) r.learner = learner;
  return r;
}

/** Reads every Rehearse `answered` statement matching the filters, oldest first. Throws on an LRS error. */
export async function readAnsweredStatements(
  config: Pick<LrsConfig, 'endpoint' | 'authorization'>,
  fetchImpl: Fetch,
  opts: ReadOptions = {},
): Promise<ReadResult> {
  const q = new URLSearchParams({ verb: VERBS.answered.id, ascending: 'true', limit: String(opts.limit ?? 100) });
  if (opts.activity) {
    q.set('activity', opts.activity);
    q.set('related_activities', 'true');
  }
  if (opts.since) q.set('since', opts.since);
  if (opts.registration) q.set('registration', opts.registration);
  let url: string | null = `${config.endpoint}statements?${q}`;
  const out: ReadResult = { records: [], skipped: [] };
  const seen = new Set<string>();
  for (let page = 0; url && page < (opts.maxPages ?? 10000); page++) {
    const res = await fetchImpl(url, { method: 'GET', headers: lrsHeaders(config, false) });
    if (!res.ok) throw new Error(`the LRS answered ${res.status} ${res.statusText} to ${url}`);
    const body = (await res.json()) as { statements?: Statement[]; more?: string };
    for (const s of body.statements ?? []) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      const r = answeredRecord(s);
      if (typeof r === 'string') out.skipped.push({ id: s.id, reason: r });
      else if (r) out.records.push(r);
    }
    url = body.more ? new URL(body.more, config.endpoint).href : null;
  }
  return out;
}
