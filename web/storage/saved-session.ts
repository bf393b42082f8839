/** The session in progress kept in localStorage, so that a reload resumes exactly where it was. */
import type { SavedSession } from '../../app/session-store.ts';

/** Key of the saved session in localStorage. */
export const SESSION_KEY = 'rehearse.session';

/** The saved session, or null when there is none or it cannot be read. */
export function loadSavedSession(storage: Storage | null): SavedSession | null {
  const text = storage?.getItem(SESSION_KEY);
  if (!text) return null;
  try {
    const data = JSON.parse(text) as SavedSession;
    return data && data.v === 1 && data.scenario && data.state ? data : null;
  } catch {
    return null;
  }
}

/** Saves (or, with null, forgets) the session in progress. */
export function storeSavedSession(storage: Storage | null, saved: SavedSession | null): void {
  if (!storage) return;
  try {
    if (saved) storage.setItem(SESSION_KEY, JSON.stringify(saved));
    else storage.removeItem(SESSION_KEY);
  } catch {
    // Storage full or disabled: the session simply will not survive a reload.
  }
}
