/** `rehearse lrs [status|send]` — the results waiting for the organisation's LRS, and sending them now. */
import { statusText } from '../../app/xapi/status-text.ts';
import { configPath, LRS_ENV } from '../lrs/lrs-config.ts';
import { terminalOutbox } from '../lrs/terminal-outbox.ts';

const USAGE = 'Usage: rehearse lrs [status|send]\n';

/** Runs the command: 0 when all is sent (or nothing waits), 1 when results still wait, 2 on bad use. */
export async function main(args: string[]): Promise<number> {
  const what = args[0] ?? 'status';
  if (args.length > 1 || (what !== 'status' && what !== 'send')) return (process.stderr.write(USAGE), 2);
  const o = terminalOutbox();
  if (o === null) {
    const where = `"lrs" in ${configPath()} or ${LRS_ENV.endpoint}`;
    process.stdout.write(`No LRS is configured: nothing is queued or sent. Set ${where} (see docs/xapi.md).\n`);
    return 0;
  }
  if ('error' in o) return (process.stderr.write(`rehearse lrs: ${o.error}\n`), 2);
  const status = what === 'send' ? await o.outbox.flush() : await o.outbox.status();
  process.stdout.write(`${statusText(status, 'en', o.host)}\n`);
  return status.waiting > 0 || status.storageError ? 1 : 0;
}
