/**
 * A trainee's copy of their trainers' corrections (from review files they import on "My progress"),
 * kept through the TextStore as `trainerReviews`: only verdicts and comments keyed by answer id, no
 * answer text. An unreadable copy is moved aside before a new one is written.
 */
import { asideName, type TextStore } from '../../app/persistence.ts';
import {
  correctionsLookup,
  importCorrections,
  readCorrections,
  type CorrectionsLookup,
  type ImportedCorrections,
} from '../../app/review/corrections.ts';

/** Name of the corrections in the store (localStorage key `rehearse.trainerReviews`). */
export const TRAINER_REVIEWS = 'trainerReviews';

function readKept(store: TextStore): { text: string | null; error?: string } {
  const read = store.read(TRAINER_REVIEWS);
  return 'text' in read ? { text: read.text } : 'error' in read ? { text: null, error: read.error } : { text: null };
}

/** The lookup of the kept corrections (none when nothing is kept or it cannot be read). */
export function loadCorrections(store: TextStore): CorrectionsLookup {
  return correctionsLookup(readCorrections(readKept(store).text));
}

/** Keeps the corrections of a trainer's review file; gives what was imported, or why not. */
export function importTrainerReview(store: TextStore, text: string): ImportedCorrections | { error: string } {
  const kept = readKept(store);
  if (kept.error) return { error: `the corrections already kept could not be read (${kept.error})` };
  const known = readCorrections(kept.text);
  if (kept.text !== null && known.length === 0 && kept.text.trim() !== '[]') {
    const moved = store.move(TRAINER_REVIEWS, asideName(TRAINER_REVIEWS, new Date()));
    if (moved)
      return { error: `the corrections already kept are unreadable and could not be set aside (${moved.error})` };
  }
  const r = importCorrections(known, text);
  if ('error' in r) return r;
  const failed = store.write(TRAINER_REVIEWS, JSON.stringify(r.kept));
  if (failed) return { error: `it could not be kept in this browser (${failed.error})` };
  return r.imported;
}
