/**
 * What the progress screen says after an import, in the UI language: how many attempts were added and
 * how many were already there, each record set aside by name and why, or why the file was refused —
 * never the parser's own words.
 */
import { jsonErrorPosition } from '../../app/json-position.ts';
import type { ProgressProblem, SetAside } from '../../app/progress.ts';
import type { AfterPlayWords } from '../i18n/after-play-strings.ts';
import type { Formatters } from '../i18n/format.ts';
import type { ImportRefusal, ImportResult } from '../storage/progress-store.ts';
import { reasonText } from './storage-reason.ts';

/** The message: its sentences, the records set aside (one line each), and whether it is an error. */
export interface ImportMessage {
  text: string;
  setAside: string[];
  error: boolean;
}

type Words = AfterPlayWords & Formatters;

function why(w: Words, p: ProgressProblem): string {
  switch (p.code) {
    case 'notObject':
    case 'json':
    case 'notProgress':
      return w.t('why_notObject');
    case 'version':
      return w.t('why_version', { v: p.v });
    case 'missing':
      return w.t('why_missing', { field: p.field });
    case 'invalid':
      return w.t('why_invalid', { field: p.field });
    case 'competency':
      return w.t('why_competency', { id: p.id });
    case 'turn':
      return w.t('why_turn', { n: p.n });
  }
}

/** "record 3 (“Appel : Théo”, 12 Nov 2026): its “score” is not valid". */
export function setAsideLine(w: Words, x: SetAside): string {
  const raw = x.raw as { title?: unknown; at?: unknown } | null;
  const title = typeof raw?.title === 'string' && raw.title ? raw.title.slice(0, 80) : null;
  const at = typeof raw?.at === 'string' && !Number.isNaN(Date.parse(raw.at)) ? w.date(raw.at) : null;
  const i = x.index ?? 1;
  const record = title && at ? w.t('recordNamed', { i, title, date: at }) : w.t('recordName', { i });
  return w.t('recordWhy', { record, why: why(w, x.why) });
}

function refusal(w: Words, r: ImportRefusal, text: string): string {
  switch (r.code) {
    case 'empty':
      return w.t('importEmpty');
    case 'binary':
      return w.t('importBinary');
    case 'json': {
      const at = jsonErrorPosition(text, r.message);
      return at ? w.t('importNotJsonAt', { line: at.line, column: at.column }) : w.t('importNotJson');
    }
    case 'notProgress':
      return w.t('importNotProgress');
    case 'noneReadable':
      return w.t('importedNone');
    case 'notKept':
      return w.t('importNotKept', { reason: reasonText(w.t, r) });
  }
}

/** The message for an import's result; `text` is the file's text (the place of a JSON error is found in it). */
export function importMessage(w: Words, r: ImportResult, text: string): ImportMessage {
  if ('refused' in r) {
    const setAside = r.refused.code === 'noneReadable' ? r.refused.setAside : [];
    const head = setAside.length ? ` ${w.tp('setAsideHead', setAside.length)}` : '';
    return { text: refusal(w, r.refused, text) + head, setAside: setAside.map((x) => setAsideLine(w, x)), error: true };
  }
  const parts = [r.added ? w.tp('imported', r.added) : w.t('importedNone')];
  if (r.already) parts.push(w.tp('alreadyThere', r.already));
  if (r.setAside.length) parts.push(w.tp('setAsideHead', r.setAside.length));
  return { text: parts.join(' '), setAside: r.setAside.map((x) => setAsideLine(w, x)), error: false };
}
