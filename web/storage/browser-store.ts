/** The browser's TextStore: localStorage keys `rehearse.<name>` (null storage: kept in memory only). */
import { memoryStore, type TextStore } from '../../app/persistence.ts';

/** Prefix of every key Rehearse keeps in localStorage. */
export const KEY_PREFIX = 'rehearse.';

const failure = (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) });

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
