/**
 * The one port through which Rehearse keeps anything: named texts. The browser implements it with
 * localStorage (web/storage/browser-store.ts), the terminal with files of its data folder
 * (terminal/storage/file-store.ts); progress, the saved session and any later queue are written
 * on top of it, in app/, once. No method throws: a failure is returned, so that the caller can
 * tell the trainee instead of losing their work.
 */

/** What reading a name gives: its text, nothing saved yet, or why it could not be read. */
export type TextRead = { text: string } | { missing: true } | { error: string };

/** Null when done, else why it could not be done; `full` when the disk or the browser storage is full. */
export type StoreFailure = { error: string; full?: true } | null;

/** Where a screen keeps named texts. Names are plain words such as `progress` or `session`. */
export interface TextStore {
  read(name: string): TextRead;
  /** Replaces the text under `name` whole (atomically where the medium allows). */
  write(name: string, text: string): StoreFailure;
  /** Forgets `name`; forgetting a name never saved is not a failure. */
  remove(name: string): StoreFailure;
  /** Moves the text under `name` to `to`, untouched (byte for byte where the medium has bytes). */
  move(name: string, to: string): StoreFailure;
  /** Where a name is kept, for messages: a file path, a storage key. */
  where(name: string): string;
  /**
   * Reads `name` and replaces it with what `change` returns (null: leave it), with no other writer of
   * `name` in between: a lock file where several processes share the medium (the terminal). Without
   * it, `updateText` reads then writes (one writer: a browser tab, a test).
   */
  update?(name: string, change: (read: TextRead) => string | null): StoreFailure;
  /** The names kept that start with `prefix` (saved sessions to resume); without it, none are listed. */
  list?(prefix: string): string[];
}

/** Reads and replaces `name` through `store.update` when it has one (no writer in between), else read then write. */
export function updateText(store: TextStore, name: string, change: (read: TextRead) => string | null): StoreFailure {
  if (store.update) return store.update(name, change);
  const text = change(store.read(name));
  return text === null ? null : store.write(name, text);
}

/** A name-safe timestamp, e.g. 2026-11-28T13-05-09-123Z. */
export function stampOf(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** The name under which an unreadable `name` is kept aside: `progress.corrupt-<stamp>`. */
export function asideName(name: string, now: Date): string {
  return `${name}.corrupt-${stampOf(now)}`;
}

/** A store in memory (tests, and a browser whose storage is disabled): nothing survives a reload. */
export function memoryStore(prefix = 'memory:'): TextStore & { texts: Map<string, string> } {
  const texts = new Map<string, string>();
  return {
    texts,
    read: (name) => {
      const text = texts.get(name);
      return text === undefined ? { missing: true } : { text };
    },
    write: (name, text) => (texts.set(name, text), null),
    remove: (name) => (texts.delete(name), null),
    move(name, to) {
      const text = texts.get(name);
      if (text === undefined) return { error: `nothing is saved under ${prefix}${name}` };
      texts.set(to, text);
      texts.delete(name);
      return null;
    },
    where: (name) => `${prefix}${name}`,
    list: (start) => [...texts.keys()].filter((n) => n.startsWith(start)).sort(),
  };
}
