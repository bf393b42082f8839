/** The reason a browser write failed, in the UI language. */
import type { T } from '../i18n/lang.tsx';

/** The reason a write failed: "the browser's storage is full", or the browser's own words. */
export function reasonText(t: T, r: { reason: string; full: boolean }): string {
  return r.full ? t('storageFull') : r.reason;
}
