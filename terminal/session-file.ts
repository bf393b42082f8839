/** The interrupted session kept in the data folder for `rehearse play --resume` (session.json). */
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../app/progress-file.ts';
import type { SavedSession } from '../app/session-store.ts';

/** Path of the saved session inside a data folder. */
export function sessionPath(dir: string): string {
  return join(dir, 'session.json');
}

/** Saves the running session (atomically). */
export function saveSessionFile(dir: string, saved: SavedSession): void {
  writeFileAtomic(sessionPath(dir), JSON.stringify(saved));
}

/** The saved session, or a message saying why there is none to resume. */
export function loadSessionFile(dir: string): { saved: SavedSession } | { message: string } {
  let text: string;
  try {
    text = readFileSync(sessionPath(dir), 'utf8');
  } catch {
    return { message: `There is no interrupted session to resume (nothing saved in ${sessionPath(dir)}).` };
  }
  try {
    const saved = JSON.parse(text) as SavedSession;
    if (saved && typeof saved === 'object' && saved.scenario && saved.state) return { saved };
  } catch {
    /* reported below */
  }
  return { message: `The saved session in ${sessionPath(dir)} cannot be read; start again with \`rehearse play\`.` };
}

/** Forgets the saved session (after it ended). */
export function clearSessionFile(dir: string): void {
  rmSync(sessionPath(dir), { force: true });
}

/** Moves a waiting session out of the way (to session.previous.json) before a new one starts; returns its title, if any. */
export function setAsideSessionFile(dir: string): string | null {
  const loaded = loadSessionFile(dir);
  if ('message' in loaded) return null;
  renameSync(sessionPath(dir), join(dir, 'session.previous.json'));
  return loaded.saved.scenario.title ?? loaded.saved.scenario.id;
}
