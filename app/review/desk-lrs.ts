/** The desk's reading of answers from an LRS: settings checked, the LRS queried, the answers added. */
import { authorizationOf, type LrsSettings } from '../xapi/config.ts';
import type { Fetch } from '../xapi/sender.ts';
import { lrsNotice } from './desk-import.ts';
import type { ReviewAnswer, ReviewFile } from './format.ts';
import { importFromLrs } from './lrs-import.ts';
import type { DeskContext } from './review-desk.ts';

/** The statements API base of an endpoint as typed (http(s), ending with `/`), or why it is not one. */
export function endpointOf(raw: string): string | { error: string } {
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return { error: 'the LRS endpoint must be an http(s) URL' };
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return { error: `"${raw.trim()}" is not a URL (e.g. https://lrs.example.org/xAPI/)` };
  }
}

/** The LRS action of the desk. */
export function lrsActions(ctx: DeskContext, fetchImpl: Fetch | undefined) {
  const { get, set, update } = ctx;
  return {
    async readLrs(settings: LrsSettings): Promise<boolean> {
      const { review, scenario } = get();
      const endpoint = endpointOf(settings.endpoint ?? '');
      const fail = (reason: string) => (set({ notices: [{ kind: 'error', file: 'LRS', reason }] }), false);
      if (!review || !scenario) return false;
      if (typeof endpoint !== 'string') return fail(endpoint.error);
      if (!fetchImpl) return fail('this screen cannot reach an LRS');
      try {
        const r = await importFromLrs(
          review,
          scenario,
          { endpoint, authorization: authorizationOf(settings) },
          fetchImpl,
        );
        const current = get().review;
        // The trainer may have gone on reviewing meanwhile: merge the new answers into the review as it is now.
        const merged = current === review ? r.review : { ...current!, answers: mergeNew(current!, r.review) };
        update({ review: merged, notices: [lrsNotice(endpoint, r)] });
        return true;
      } catch (e) {
        return fail(e instanceof Error ? e.message : String(e));
      }
    },
  };
}

function mergeNew(current: ReviewFile, read: ReviewFile): ReviewAnswer[] {
  const seen = new Set(current.answers.map((a) => a.id));
  return [...current.answers, ...read.answers.filter((a) => !seen.has(a.id))];
}
