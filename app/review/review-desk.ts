/**
 * The trainer's review desk: a zustand vanilla store (no React) holding the scenario file being
 * reviewed, its review, the trainer and where they are. Every reading of an answer, figure and
 * edit comes from app/review and the engine; the store only keeps them and saves them through a
 * key-value port (localStorage in the web app), one review per scenario, so a reload loses nothing.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { contentHash } from '../../engine/compile.ts';
import { formatDiagnostic } from '../../engine/diagnostics/index.ts';
import { loadScenario } from '../../engine/load/index.ts';
import type { Scenario } from '../../engine/types.ts';
import { freePrompt, importProgress, refreshEngine, reviewFor } from './answers.ts';
import { addExample, addPhrase, checkExamples, type ExampleCheck, type ExampleKind } from './examples.ts';
import { looksLikeReview, mergeReviews, parseReview, type ReviewFile } from './format.ts';
import {
  answerAt,
  moveBy,
  movePrompt,
  nextUnreviewed,
  promptGroups,
  recordVerdicts,
  type Me,
  type Place,
  type PromptGroup,
  type VerdictChange,
} from './verdicts.ts';

/** Where the desk keeps its work (localStorage in the web app; a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Prefix of the saved reviews' keys (one per scenario id), and the key of the current one. */
export const DESK_KEY = 'rehearse.review';

/** What the last action did, for the screen to say (in the trainer's language). */
export type DeskNotice =
  | { kind: 'progress'; file: string; added: number; duplicates: number; attempts: number; otherScenario: number }
  | { kind: 'review'; file: string; answers: number; reviewers: number; stale: boolean }
  | { kind: 'setAside'; file: string; count: number; first: string }
  | { kind: 'error'; file: string; reason: string }
  | { kind: 'example'; criterion: string; example: ExampleKind }
  | { kind: 'phrase'; criterion: string; phrase: string }
  | { kind: 'resumed'; answers: number; stale: boolean }
  | { kind: 'storage'; reason: string };

/** The desk's state and actions. */
export interface ReviewDesk {
  source: string | null;
  file: string;
  scenario: Scenario | null;
  /** Why the scenario file does not load (formatted diagnostics), when it does not. */
  problems: string[];
  review: ReviewFile | null;
  groups: PromptGroup[];
  me: Me;
  place: Place | null;
  notices: DeskNotice[];
  /** The examples of the criterion last edited, judged again. */
  examples: { criterion: string; results: ExampleCheck[] } | null;
  openScenario(text: string, file: string): boolean;
  importText(text: string, file: string): void;
  /** Imports several files at once; the notices of all of them are kept. */
  importFiles(files: Array<{ text: string; file: string }>): void;
  rename(name: string): void;
  change(change: VerdictChange): void;
  /** Records the verdicts shown and moves to the next answer not judged yet. */
  agree(): void;
  move(delta: number): void;
  movePrompt(delta: number): void;
  goTo(place: Place): void;
  addExample(answerId: string, criterion: string, kind: ExampleKind): boolean;
  acceptPhrase(criterion: string, phrase: string, group: number | null): boolean;
}

interface Saved {
  v: 1;
  file: string;
  source: string;
  review: ReviewFile;
  place: Place | null;
}

/** Creates the desk; `newId` makes the trainer's id the first time (kept in `storage`). */
export function createReviewDesk(
  storage: KeyValueStore | null,
  newId: () => string = () => `r-${Math.random().toString(36).slice(2, 10)}`,
): StoreApi<ReviewDesk> {
  const me = readMe(storage, newId);
  return createStore<ReviewDesk>()((set, get) => {
    const save = (state: Partial<ReviewDesk> = {}) => {
      const s = { ...get(), ...state };
      if (!storage || !s.review || s.source === null) return;
      const saved: Saved = { v: 1, file: s.file, source: s.source, review: s.review, place: s.place };
      try {
        storage.setItem(`${DESK_KEY}.${s.review.scenario.id}`, JSON.stringify(saved));
        storage.setItem(`${DESK_KEY}.current`, s.review.scenario.id);
      } catch (e) {
        set({ notices: [...get().notices, { kind: 'storage', reason: e instanceof Error ? e.message : String(e) }] });
      }
    };
    const update = (state: Partial<ReviewDesk>) => {
      const review = state.review ?? get().review;
      const scenario = state.scenario ?? get().scenario;
      const regroup = (state.review || state.scenario) && review && scenario;
      const next = regroup ? { ...state, groups: promptGroups(review, scenario) } : state;
      set(next);
      save(next);
    };
    const current = () => {
      const { review, scenario, place, groups } = get();
      const answer = answerAt(groups, place);
      return review && scenario && answer ? { review, scenario, answer } : null;
    };
    const reread = (text: string, edit: DeskNotice, criterion: string): boolean => {
      const { file, review } = get();
      const { scenario, diagnostics } = loadScenario(text, file);
      if (!scenario || !review) {
        const first = diagnostics.find((d) => d.severity === 'error');
        set({
          notices: [{ kind: 'error', file, reason: first ? formatDiagnostic(first) : 'the edited file does not load' }],
        });
        return false;
      }
      const c = Object.values(scenario.nodes)
        .flatMap((n) => (n.ask?.kind === 'free' ? n.ask.criteria : []))
        .find((x) => x.id === criterion);
      update({
        source: text,
        scenario,
        review: refreshEngine(review, scenario, text),
        notices: [edit],
        examples: c ? { criterion, results: checkExamples(scenario, c) } : null,
      });
      return true;
    };
    return {
      source: null,
      file: 'scenario.yaml',
      scenario: null,
      problems: [],
      review: null,
      groups: [],
      me,
      place: null,
      notices: [],
      examples: null,
      ...resume(storage),
      openScenario(text, file) {
        const { scenario, diagnostics } = loadScenario(text, file);
        if (!scenario) {
          const problems = diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, text));
          set({ problems, notices: [] });
          return false;
        }
        const saved = readSaved(storage, scenario.id);
        const stale = saved !== null && saved.review.scenario.hash !== contentHash(text);
        const review = saved ? refreshEngine(saved.review, scenario, text) : reviewFor(scenario, text);
        const notices: DeskNotice[] = saved ? [{ kind: 'resumed', answers: review.answers.length, stale }] : [];
        update({
          source: text,
          file,
          scenario,
          problems: [],
          review,
          place: saved?.place ?? null,
          notices,
          examples: null,
        });
        if (!get().place) set({ place: moveBy(get().groups, null, 0) });
        return true;
      },
      importText(text, file) {
        get().importFiles([{ text, file }]);
      },
      importFiles(files) {
        const { scenario } = get();
        let review = get().review;
        if (!scenario || !review) return;
        const notices: DeskNotice[] = [];
        for (const { text, file } of files) {
          const result = importAny(review, scenario, text, file);
          if ('error' in result) notices.push({ kind: 'error', file, reason: result.error });
          else {
            review = result.review;
            notices.push(...result.notices);
          }
        }
        if (review === get().review) return set({ notices });
        update({ review, notices });
        if (!answerAt(get().groups, get().place)) set({ place: moveBy(get().groups, null, 0) });
      },
      rename(name) {
        const trimmed = name.trim().slice(0, 200);
        const next = { ...get().me, name: trimmed };
        writeMe(storage, next);
        const review = get().review;
        const reviewers = review?.reviewers.map((r) => (r.id === next.id ? { ...r, name: trimmed || r.name } : r));
        set({ me: next });
        if (review && reviewers) update({ review: { ...review, reviewers } });
      },
      change(change) {
        const at = current();
        if (!at) return;
        update({ review: recordVerdicts(at.review, at.scenario, named(get().me), at.answer, change) });
      },
      agree() {
        const at = current();
        if (!at) return;
        const review = recordVerdicts(at.review, at.scenario, named(get().me), at.answer, { agree: true });
        const groups = promptGroups(review, at.scenario);
        const place = nextUnreviewed(groups, get().place, review, get().me.id) ?? moveBy(groups, get().place, 1);
        update({ review, place });
      },
      move(delta) {
        update({ place: moveBy(get().groups, get().place, delta) });
      },
      movePrompt(delta) {
        update({ place: movePrompt(get().groups, get().place, delta) });
      },
      goTo(place) {
        if (answerAt(get().groups, place)) update({ place });
      },
      addExample(answerId, criterion, kind) {
        const { source, review, file } = get();
        const answer = review?.answers.find((a) => a.id === answerId);
        if (source === null || !answer) return false;
        const edited = addExample(source, criterion, kind, answer.text);
        if ('error' in edited) {
          set({ notices: [{ kind: 'error', file, reason: edited.error }] });
          return false;
        }
        return reread(edited.text, { kind: 'example', criterion, example: kind }, criterion);
      },
      acceptPhrase(criterion, phrase, group) {
        const { source, file } = get();
        if (source === null) return false;
        const edited = addPhrase(source, criterion, phrase, group);
        if ('error' in edited) {
          set({ notices: [{ kind: 'error', file, reason: edited.error }] });
          return false;
        }
        return reread(edited.text, { kind: 'phrase', criterion, phrase }, criterion);
      },
    };
  });
}

/** The trainer with a name to write into the review (their id's tail when they gave none). */
function named(me: Me): Me {
  return me.name ? me : { ...me, name: `Trainer ${me.id.slice(-4)}` };
}

/** Reads any file a trainer may give: a review (merged) or a progress export (its answers added). */
function importAny(
  review: ReviewFile,
  scenario: Scenario,
  text: string,
  file: string,
): { review: ReviewFile; notices: DeskNotice[] } | { error: string } {
  if (looksLikeReview(text)) {
    const parsed = parseReview(text);
    if ('error' in parsed) return parsed;
    const stale = parsed.review.scenario.hash !== review.scenario.hash;
    const merged = mergeReviews(review, parsed.review);
    if ('error' in merged) return merged;
    const notices: DeskNotice[] = [
      { kind: 'review', file, answers: parsed.review.answers.length, reviewers: parsed.review.reviewers.length, stale },
    ];
    if (parsed.notices.length)
      notices.push({ kind: 'setAside', file, count: parsed.notices.length, first: parsed.notices[0]! });
    const keep = merged.review.answers.filter((a) => freePrompt(scenario, a.node));
    return { review: { ...merged.review, answers: keep }, notices };
  }
  const r = importProgress(review, scenario, text, file);
  if ('error' in r) return r;
  const notices: DeskNotice[] = [
    {
      kind: 'progress',
      file,
      added: r.added,
      duplicates: r.duplicates,
      attempts: r.attempts,
      otherScenario: r.otherScenario,
    },
  ];
  if (r.notices.length) notices.push({ kind: 'setAside', file, count: r.notices.length, first: r.notices[0]! });
  return { review: r.review, notices };
}

function readMe(storage: KeyValueStore | null, newId: () => string): Me {
  try {
    const raw = JSON.parse(storage?.getItem(`${DESK_KEY}.me`) ?? 'null') as Partial<Me> | null;
    if (raw && typeof raw.id === 'string' && typeof raw.name === 'string') return { id: raw.id, name: raw.name };
  } catch {
    // an unreadable entry: a new trainer id below
  }
  const me = { id: newId(), name: '' };
  writeMe(storage, me);
  return me;
}

function writeMe(storage: KeyValueStore | null, me: Me): void {
  try {
    storage?.setItem(`${DESK_KEY}.me`, JSON.stringify(me));
  } catch {
    // storage full or off: the name still holds for this visit
  }
}

function readSaved(storage: KeyValueStore | null, id: string): Saved | null {
  const raw = storage?.getItem(`${DESK_KEY}.${id}`) ?? null;
  if (raw === null) return null;
  try {
    const data = JSON.parse(raw) as Partial<Saved> | null;
    if (data && data.v === 1 && typeof data.source === 'string' && typeof data.file === 'string') {
      const parsed = parseReview(JSON.stringify(data.review));
      if (!('error' in parsed))
        return { v: 1, file: data.file, source: data.source, review: parsed.review, place: data.place ?? null };
    }
  } catch {
    // not JSON: set aside below
  }
  try {
    storage?.setItem(`${DESK_KEY}.${id}.setAside`, raw); // an unreadable save is kept, never silently dropped
  } catch {
    // storage full: it stays under its own key
  }
  return null;
}

/** The review the trainer was on when they left, loaded again (its scenario re-read from the saved source). */
function resume(storage: KeyValueStore | null): Partial<ReviewDesk> {
  const id = storage?.getItem(`${DESK_KEY}.current`);
  const saved = id ? readSaved(storage, id) : null;
  if (!saved) return {};
  const { scenario } = loadScenario(saved.source, saved.file);
  if (!scenario) return {};
  const review = refreshEngine(saved.review, scenario, saved.source);
  const groups = promptGroups(review, scenario);
  const place = answerAt(groups, saved.place) ? saved.place : moveBy(groups, null, 0);
  return { source: saved.source, file: saved.file, scenario, review, groups, place };
}
