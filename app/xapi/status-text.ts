/** The one wording of the outbox's status, in English and French (the terminal's; the web has its i18n). */
import type { QueueStatus } from './queue.ts';

/** "3 results waiting to be sent" (and why), "All results sent.", or what went wrong with the queue. */
export function statusText(s: QueueStatus, lang: 'en' | 'fr', host: string): string {
  const fr = lang === 'fr';
  if (s.storageError) return fr ? `⚠ File d'envoi : ${s.storageError}` : `⚠ Send queue: ${s.storageError}`;
  const parts: string[] = [];
  if (s.waiting === 0) parts.push(fr ? `Tous les résultats sont envoyés à ${host}.` : `All results sent to ${host}.`);
  else {
    const n = s.waiting;
    parts.push(
      fr
        ? `${n} résultat${n > 1 ? 's' : ''} en attente d'envoi à ${host}.`
        : `${n} result${n > 1 ? 's' : ''} waiting to be sent to ${host}.`,
    );
    if (s.lastError) parts.push(fr ? `Dernier essai : ${s.lastError}.` : `Last try: ${s.lastError}.`);
  }
  if (s.rejected)
    parts.push(
      fr
        ? `${s.rejected} déclaration(s) refusée(s) par le LRS, mise(s) de côté.`
        : `${s.rejected} statement(s) refused by the LRS, kept aside.`,
    );
  return parts.join(' ');
}
