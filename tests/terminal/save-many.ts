/**
 * A writer for the lock test: waits for the common start time, then adds `count` attempts to the
 * progress in `dir` one by one, as a drill does after each answer. Run: tsx save-many.ts DIR COUNT TAG START_MS
 */
import { saveAttempts } from '../../app/progress-storage.ts';
import { fileStore } from '../../terminal/storage/file-store.ts';
import { attemptOf } from './drill-fixtures.ts';

const [dir, count, tag, start] = process.argv.slice(2);
const store = fileStore(dir!);
while (Date.now() < Number(start)) {
  /* every writer starts in the same millisecond */
}
let failed = 0;
for (let i = 0; i < Number(count); i++) {
  const a = attemptOf({ scenario: `${tag}-${i}`, at: new Date().toISOString() });
  if (saveAttempts(store, [a]).notSaved) failed++;
}
process.stdout.write(String(failed));
