/** The browser's TextStore: localStorage keys `rehearse.<name>` (null storage: kept in memory only). */
import { memoryStore, type TextStore } from '../../app/persistence.ts';

/** Prefix of every key Rehearse keeps in localStorage. */
export const KEY_PREFIX = 'rehearse.';

/** A storage that refused to write because its quota is used up (the names differ between browsers). */
export function isQuotaError(e: unknown): boolean {
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(String(e));
}

const failure = (e: unknown): { error: string; full?: true } => ({
  error: e instanceof Error ? e.message : String(e),
  ...(isQuotaError(e) ? { full: true as const } : {}),
});

/** A TextStore over a Storage (localStorage); a null storage keeps texts for this page only. */
export function browserStore(storage: Storage | null): TextStore {
  if (!storage) return memoryStore(KEY_PREFIX);
  const key = (name: string) => `${KEY_PREFIX}${name}`;
  return {
    where: key,
    read(name) {
      try {
        const text = storage.getItem(key(name));
        return text === null ? { missing: true } : { text };
      } catch (e) {
        return failure(e);
      }
    },
    write(name, text) {
      try {
        storage.setItem(key(name), text);
        return null;
      } catch (e) {
        return failure(e);
      }
    },
    remove(name) {
      try {
        storage.removeItem(key(name));
        return null;
      } catch (e) {
        return failure(e);
      }
    },
    move(name, to) {
      try {
        const text = storage.getItem(key(name));
        if (text === null) return { error: `nothing is saved under ${key(name)}` };
        storage.setItem(key(to), text);
        storage.removeItem(key(name));
        return null;
      } catch (e) {
        return failure(e);
      }
    },
  };
}
