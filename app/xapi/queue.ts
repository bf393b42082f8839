/**
 * The ordered queue of statements waiting for the LRS, kept as one JSON text behind a storage port
 * (IndexedDB in the web app, a file in the terminal's data folder, memory in tests). Reading never
 * throws and never drops anything: what cannot be read is kept aside in the document itself.
 */
import { memoryStore, type StoreFailure, type TextRead, type TextStore } from '../persistence.ts';
import type { TrackCursor } from './tracker.ts';
import type { Statement } from './types.ts';

/** Version of the queue document. */
export const QUEUE_VERSION = 1;

/** A statement the LRS refused as bad (HTTP 400): kept, never resent automatically. */
export interface RejectedStatement {
  statement: Statement;
  message: string;
  at: string;
}

/** The queue document. */
export interface QueueData {
  v: 1;
  /** Waiting statements, oldest first: they are sent in this order. */
  pending: Statement[];
  rejected: RejectedStatement[];
  /** Why the last send stopped (LRS unreachable, credentials refused…), cleared by a good send. */
  lastError?: string;
  /** What was already queued of the session in progress. */
  cursor?: TrackCursor;
  /** Text that could not be read as a queue, kept as it was. */
  unreadable?: string[];
}

/** Where the queue document lives (asynchronous, so that IndexedDB can hold it); failures are returned. */
export interface QueueStorage {
  read(): Promise<TextRead>;
  write(text: string): Promise<StoreFailure>;
  /** Where it is kept, for messages. */
  where(): string;
}

/** The name of the queue in a TextStore (the terminal's data folder: lrs-queue.json). */
export const QUEUE_NAME = 'lrs-queue';

/** The queue kept under a name of a TextStore (app/persistence.ts). */
export function queueStorageOf(store: TextStore, name = QUEUE_NAME): QueueStorage {
  return {
    read: async () => store.read(name),
    write: async (text) => store.write(name, text),
    where: () => store.where(name),
  };
}

/** An empty queue. */
export function emptyQueue(): QueueData {
  return { v: QUEUE_VERSION, pending: [], rejected: [] };
}

const isStatement = (x: unknown): x is Statement =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as Statement).id === 'string' &&
  typeof (x as Statement).verb === 'object' &&
  typeof (x as Statement).object === 'object';

/** Reads a queue text; anything unreadable is kept in `unreadable`, never thrown or lost. */
export function parseQueue(text: string | null): QueueData {
  // Anything else than a queue document of this version is kept whole in `unreadable`.
  if (text === null || text.trim() === '') return emptyQueue();
  let data: Partial<QueueData> | null;
  try {
    data = JSON.parse(text) as Partial<QueueData>;
  } catch {
    return { ...emptyQueue(), unreadable: [text] };
  }
  if (!data || typeof data !== 'object' || data.v !== QUEUE_VERSION || !Array.isArray(data.pending))
    return { ...emptyQueue(), unreadable: [text] };
  const q: QueueData = { v: QUEUE_VERSION, pending: [], rejected: Array.isArray(data.rejected) ? data.rejected : [] };
  const bad: unknown[] = [];
  for (const s of data.pending) (isStatement(s) ? q.pending : bad).push(s as Statement);
  const unreadable = [...(Array.isArray(data.unreadable) ? data.unreadable : []), ...bad.map((b) => JSON.stringify(b))];
  if (unreadable.length) q.unreadable = unreadable;
  if (typeof data.lastError === 'string') q.lastError = data.lastError;
  if (data.cursor && typeof data.cursor === 'object') q.cursor = data.cursor;
  return q;
}

/** The text of a queue document. */
export function serializeQueue(q: QueueData): string {
  return JSON.stringify(q);
}

/** What a screen shows: how many results wait, how many were refused, and why sending stopped. */
export interface QueueStatus {
  /** Attempts (registrations) with statements still to send: "3 results waiting to be sent". */
  waiting: number;
  statements: number;
  rejected: number;
  lastError?: string;
  /** The queue itself could not be read or written (its storage failed): nothing was changed. */
  storageError?: string;
}

/** The status of a queue document. */
export function queueStatus(q: QueueData): QueueStatus {
  const attempts = new Set(q.pending.map((p) => p.context?.registration ?? p.id));
  const s: QueueStatus = { waiting: attempts.size, statements: q.pending.length, rejected: q.rejected.length };
  if (q.lastError) s.lastError = q.lastError;
  return s;
}

/** A queue kept in memory (tests; the cmi5 player; a browser without IndexedDB); `text` is its document. */
export function memoryQueueStorage(initial: string | null = null): QueueStorage & { text: string | null } {
  const store = memoryStore();
  if (initial !== null) store.write(QUEUE_NAME, initial);
  const storage = queueStorageOf(store);
  return Object.defineProperty(storage, 'text', {
    get: () => store.texts.get(QUEUE_NAME) ?? null,
    set: (t: string) => void store.write(QUEUE_NAME, t),
  }) as QueueStorage & { text: string | null };
}
