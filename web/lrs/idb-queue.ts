/** The web's queue storage: one text in IndexedDB (database `rehearse`, store `texts`, key `lrs-queue`). */
import { memoryQueueStorage, QUEUE_NAME, type QueueStorage } from '../../app/xapi/queue.ts';

const DB = 'rehearse';
const STORE = 'texts';
const failure = (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) });

function open(idb: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = idb.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function run<T>(db: IDBDatabase, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = op(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error ?? req.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** The queue in IndexedDB; a browser without it (or with it disabled) keeps the queue for this page only. */
export function idbQueueStorage(idb: IDBFactory | undefined = globalThis.indexedDB): QueueStorage {
  if (!idb) return memoryQueueStorage();
  let db: Promise<IDBDatabase> | null = null;
  const connect = () => (db ??= open(idb).catch((e: unknown) => ((db = null), Promise.reject(e))));
  return {
    where: () => `IndexedDB ${DB}/${STORE}/${QUEUE_NAME}`,
    async read() {
      try {
        const text = await run(await connect(), 'readonly', (s) => s.get(QUEUE_NAME) as IDBRequest<unknown>);
        return typeof text === 'string' ? { text } : { missing: true };
      } catch (e) {
        return failure(e);
      }
    },
    async write(text) {
      try {
        await run(await connect(), 'readwrite', (s) => s.put(text, QUEUE_NAME));
        return null;
      } catch (e) {
        return failure(e);
      }
    },
  };
}
