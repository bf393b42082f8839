/**
 * A trainee's copy of their trainers' corrections (from review files they import on "My progress"),
 * kept in localStorage: only verdicts and comments keyed by answer id, no answer text.
 */
import {
  correctionsLookup,
  importCorrections,
  readCorrections,
  type CorrectionsLookup,
  type ImportedCorrections,
} from '../../app/review/corrections.ts';

/** Key of the corrections in localStorage. */
export const TRAINER_REVIEWS_KEY = 'rehearse.trainerReviews';

/** The lookup of the kept corrections (none when storage is off or the entry unreadable). */
export function loadCorrections(storage: Storage | null): CorrectionsLookup {
  return correctionsLookup(readCorrections(storage?.getItem(TRAINER_REVIEWS_KEY) ?? null));
}

/** Keeps the corrections of a trainer's review file; gives what was imported, or why not. */
export function importTrainerReview(storage: Storage | null, text: string): ImportedCorrections | { error: string } {
  const raw = storage?.getItem(TRAINER_REVIEWS_KEY) ?? null;
  const kept = readCorrections(raw);
  if (raw !== null && kept.length === 0 && raw.trim() !== '[]')
    storage?.setItem(`${TRAINER_REVIEWS_KEY}.setAside`, raw);
  const r = importCorrections(kept, text);
  if ('error' in r) return r;
  try {
    storage?.setItem(TRAINER_REVIEWS_KEY, JSON.stringify(r.kept));
  } catch (e) {
    return { error: `it could not be kept in this browser (${e instanceof Error ? e.message : String(e)})` };
  }
  return r.imported;
}
