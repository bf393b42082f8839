/**
 * The answer being typed, kept in the browser (`draft.<scenario id>`) as it is typed, so that a reload
 * gives it back at the same prompt of the same session; another prompt or another session starts empty.
 */
import type { TextStore } from '../../app/persistence.ts';

/** Name of a scenario's kept draft. */
export const draftName = (id: string) => `draft.${id}`;

interface KeptDraft {
  v: 1;
  seed: number;
  at: number;
  text: string;
}

/** The draft kept for this session (seed) and prompt (event index), or ''. */
export function readDraft(keep: TextStore | null, id: string, seed: number, at: number): string {
  const read = keep?.read(draftName(id));
  if (!read || !('text' in read)) return '';
  try {
    const d = JSON.parse(read.text) as Partial<KeptDraft>;
    return d.v === 1 && d.seed === seed && d.at === at && typeof d.text === 'string' ? d.text : '';
  } catch {
    return '';
  }
}

/** Keeps the draft (an empty one is forgotten). */
export function writeDraft(keep: TextStore | null, id: string, seed: number, at: number, text: string): void {
  if (!keep) return;
  if (text === '') keep.remove(draftName(id));
  else keep.write(draftName(id), JSON.stringify({ v: 1, seed, at, text } satisfies KeptDraft));
}
