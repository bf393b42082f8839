/** The one wording of the outbox's status, in English and French (the terminal's; the web has its i18n). */
import { byCount, counted } from '../plural.ts';
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
        ? `${counted('fr', n, 'résultat', 'résultats')} en attente d'envoi à ${host}.`
        : `${counted('en', n, 'result', 'results')} waiting to be sent to ${host}.`,
    );
    if (s.lastError) parts.push(fr ? `Dernier essai : ${s.lastError}.` : `Last try: ${s.lastError}.`);
  }
  if (s.rejected)
    parts.push(
      fr
        ? `${counted('fr', s.rejected, 'déclaration refusée', 'déclarations refusées')} par le LRS,` +
            ` ${byCount('fr', s.rejected, 'mise', 'mises')} de côté.`
        : `${counted('en', s.rejected, 'statement', 'statements')} refused by the LRS, kept aside.`,
    );
  return parts.join(' ');
}
