/**
 * Where the review desk keeps its work, through the TextStore port: the trainer (`review.me`), the
 * scenario they were on (`review.current`), and one review per scenario (`review.<id>`) with the
 * scenario source it was made with. A save that cannot be read is moved aside, never written over.
 */
import { asideName, type TextStore } from '../persistence.ts';
import { parseReview, type ReviewFile } from './format.ts';
import type { Me, Place } from './verdicts.ts';

/** Name of the trainer's identity in the store. */
export const ME_NAME = 'review.me';
/** Name of the id of the scenario under review. */
export const CURRENT_NAME = 'review.current';
/** Name of the saved review of a scenario. */
export const reviewName = (scenario: string) => `review.${scenario}`;

/** A saved review: the scenario file it was made with, the review, and where the trainer was. */
export interface SavedReview {
  v: 1;
  file: string;
  source: string;
  review: ReviewFile;
  place: Place | null;
}

/** The trainer kept in the store, or a new one (with `newId`) that is kept from now on. */
export function readMe(store: TextStore, newId: () => string): Me {
  const read = store.read(ME_NAME);
  if ('text' in read) {
    try {
      const raw = JSON.parse(read.text) as Partial<Me> | null;
      if (raw && typeof raw.id === 'string' && typeof raw.name === 'string') return { id: raw.id, name: raw.name };
    } catch {
      // unreadable: a new trainer id below
    }
  }
  const me = { id: newId(), name: '' };
  store.write(ME_NAME, JSON.stringify(me));
  return me;
}

/** Keeps the trainer's name; a failure is returned. */
export function writeMe(store: TextStore, me: Me): string | null {
  return store.write(ME_NAME, JSON.stringify(me))?.error ?? null;
}

function readSavedText(text: string): SavedReview | null {
  try {
    const data = JSON.parse(text) as Partial<SavedReview> | null;
    if (!data || data.v !== 1 || typeof data.source !== 'string' || typeof data.file !== 'string') return null;
    const parsed = parseReview(JSON.stringify(data.review));
    if ('error' in parsed) return null;
    return { v: 1, file: data.file, source: data.source, review: parsed.review, place: data.place ?? null };
  } catch {
    return null;
  }
}

/**
 * The saved review of a scenario, or null. One that cannot be read is moved aside (and `unsafe` set
 * when even that failed, so that nothing is written over it).
 */
export function readSaved(
  store: TextStore,
  scenario: string,
  now = new Date(),
): { saved: SavedReview | null; unsafe?: true } {
  const name = reviewName(scenario);
  const read = store.read(name);
  if ('missing' in read) return { saved: null };
  if ('error' in read) return { saved: null, unsafe: true };
  const saved = readSavedText(read.text);
  if (saved) return { saved };
  return store.move(name, asideName(name, now)) ? { saved: null, unsafe: true } : { saved: null };
}

/** The id of the scenario the trainer was on, if any. */
export function readCurrent(store: TextStore): string | null {
  const read = store.read(CURRENT_NAME);
  return 'text' in read ? read.text : null;
}

/** Saves a review and marks it current; gives the failure's reason, or null. */
export function writeSaved(store: TextStore, saved: SavedReview): string | null {
  const failed = store.write(reviewName(saved.review.scenario.id), JSON.stringify(saved));
  if (failed) return failed.error;
  return store.write(CURRENT_NAME, saved.review.scenario.id)?.error ?? null;
}
