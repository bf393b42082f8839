import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../app/persistence.ts';
import { createOutbox } from '../../app/xapi/outbox.ts';
import { parseQueue, queueStorageOf, type QueueStorage } from '../../app/xapi/queue.ts';
import type { LrsConfig } from '../../app/xapi/config.ts';
import { libraryScenario, playStates } from './play-states.ts';

const { scenario, hash } = libraryScenario('s01-webcam-sextortion.fr.yaml');
const config: LrsConfig = {
  endpoint: 'http://127.0.0.1:9/xAPI/',
  actor: { objectType: 'Agent', mbox: 'mailto:t@example.org' },
  sendResponses: false,
};
const noNetwork = async (): Promise<Response> => {
  throw new TypeError('fetch failed');
};

describe('the outbox over its storage', () => {
  it('keeps an unreadable queue text whole and queues after it; nothing is lost', async () => {
    const store = memoryStore();
    store.write('lrs-queue', '{ not json');
    const outbox = createOutbox({ config, storage: queueStorageOf(store), fetch: noNetwork });
    const status = await outbox.track(scenario, playStates(scenario, [])[0]!, hash);
    expect(status.waiting).toBe(1);
    const q = parseQueue(store.texts.get('lrs-queue')!);
    expect(q.unreadable).toEqual(['{ not json']);
    expect(q.pending).toHaveLength(1);
  });

  it('a queue that cannot be read is said so, and nothing is written over it', async () => {
    let writes = 0;
    const broken: QueueStorage = {
      read: async () => ({ error: 'EACCES: permission denied' }),
      write: async () => (writes++, null),
      where: () => '/data/lrs-queue.json',
    };
    const outbox = createOutbox({ config, storage: broken, fetch: noNetwork });
    const status = await outbox.track(scenario, playStates(scenario, [])[0]!, hash);
    expect(status.storageError).toBe('the queue in /data/lrs-queue.json could not be read: EACCES: permission denied');
    expect(writes).toBe(0);
  });

  it('a full disk is said when saving; the LRS being unreachable keeps the queue and says why', async () => {
    const store = memoryStore();
    const storage = queueStorageOf(store);
    const outbox = createOutbox({ config, storage, fetch: noNetwork });
    await outbox.track(scenario, playStates(scenario, [])[0]!, hash);
    const offline = await outbox.flush();
    expect(offline).toMatchObject({ waiting: 1, statements: 1 });
    expect(offline.lastError).toBe('the LRS could not be reached (fetch failed)');
    const full = createOutbox({
      config,
      storage: { ...storage, write: async () => ({ error: 'ENOSPC' }) },
      fetch: noNetwork,
    });
    expect((await full.enqueue([])).storageError).toBe('the queue could not be saved in memory:lrs-queue: ENOSPC');
  });
});
