/**
 * The trainer's review desk: a zustand vanilla store (no React) holding the scenario file being
 * reviewed, its review, the trainer and where they are. Every reading of an answer, figure and
 * edit comes from app/review and the engine; the store only keeps them and saves them through the
 * TextStore port (desk-storage.ts), one review per scenario, so that a reload loses nothing.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { contentHash } from '../../engine/compile.ts';
import { formatDiagnostic } from '../../engine/diagnostics/index.ts';
import { loadScenario } from '../../engine/load/index.ts';
import type { ExampleResult } from '../../engine/examples.ts';
import type { LoadOptions } from '../../engine/load/index.ts';
import type { Scenario } from '../../engine/types.ts';
import type { TextStore } from '../persistence.ts';
import type { LrsSettings } from '../xapi/config.ts';
import type { Fetch } from '../xapi/sender.ts';
import { refreshEngine, reviewFor } from './answers.ts';
import { readCurrent, readMe, readSaved, writeMe, writeSaved } from './desk-storage.ts';
import { editActions } from './desk-edits.ts';
import { lrsActions } from './desk-lrs.ts';
import { importAny } from './desk-import.ts';
import type { ExampleKind } from './examples.ts';
import type { ReviewFile } from './format.ts';
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

/** What the last action did, for the screen to say (in the trainer's language). */
export type DeskNotice =
  | { kind: 'progress'; file: string; added: number; duplicates: number; attempts: number; otherScenario: number }
  | { kind: 'review'; file: string; answers: number; reviewers: number; stale: boolean }
  | {
      kind: 'lrs';
      file: string;
      added: number;
      duplicates: number;
      withoutText: number;
      otherScenario: number;
      otherVersion: number;
      unreadable: number;
    }
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
  examples: { criterion: string; results: ExampleResult[] } | null;
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
  /** Reads this scenario's answers from an LRS (the trainer's own action: it queries the LRS, sends nothing). */
  readLrs(settings: LrsSettings): Promise<boolean>;
}

/** What the actions share: the store's get/set, `update` (regroups the answers and saves), the loader's options. */
export interface DeskContext {
  get(): ReviewDesk;
  set(state: Partial<ReviewDesk>): void;
  update(state: Partial<ReviewDesk>): void;
  /** How the loader finds the shared concept sets a scenario `use`s. */
  loadOptions: LoadOptions;
}

/** The desk's ports besides the store: the trainer's first id, the loader's options (concept sets), fetch. */
export interface DeskOptions {
  newId?: () => string;
  loadOptions?: LoadOptions;
  /** How to query an LRS (the browser's fetch); without it, reading from an LRS is refused. */
  fetch?: Fetch;
}

function contextOf(
  store: TextStore,
  get: () => ReviewDesk,
  set: (s: Partial<ReviewDesk>) => void,
  unsafe: Set<string>,
  loadOptions: LoadOptions,
): DeskContext {
  const save = () => {
    const s = get();
    if (!s.review || s.source === null) return;
    if (unsafe.has(s.review.scenario.id)) return; // an unreadable save is never written over
    const failed = writeSaved(store, { v: 1, file: s.file, source: s.source, review: s.review, place: s.place });
    if (failed) set({ notices: [...get().notices, { kind: 'storage', reason: failed }] });
  };
  const update = (state: Partial<ReviewDesk>) => {
    const review = state.review ?? get().review;
    const scenario = state.scenario ?? get().scenario;
    const regroup = (state.review || state.scenario) && review && scenario;
    set(regroup ? { ...state, groups: promptGroups(review, scenario) } : state);
    save();
  };
  return { get, set, update, loadOptions };
}

/** Opening a scenario file (its saved review resumed) and importing trainees' or trainers' files. */
function loadActions(ctx: DeskContext, store: TextStore, unsafe: Set<string>) {
  const { get, set, update } = ctx;
  return {
    openScenario(text: string, file: string) {
      const { scenario, diagnostics } = loadScenario(text, file, ctx.loadOptions);
      if (!scenario) {
        const problems = diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, text));
        set({ problems, notices: [] });
        return false;
      }
      const { saved, unsafe: cannotSave } = readSaved(store, scenario.id);
      if (cannotSave) unsafe.add(scenario.id);
      const stale = saved !== null && saved.review.scenario.hash !== contentHash(text);
      const review = saved ? refreshEngine(saved.review, scenario, text) : reviewFor(scenario, text);
      const notices: DeskNotice[] = saved ? [{ kind: 'resumed', answers: review.answers.length, stale }] : [];
      update({ source: text, file, scenario, problems: [], review, place: saved?.place ?? null, notices });
      if (!answerAt(get().groups, get().place)) set({ place: moveBy(get().groups, null, 0), examples: null });
      return true;
    },
    importText(text: string, file: string) {
      get().importFiles([{ text, file }]);
    },
    importFiles(files: Array<{ text: string; file: string }>) {
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
  };
}

/** Judging answers and moving between them. */
function verdictActions(ctx: DeskContext, store: TextStore) {
  const { get, set, update } = ctx;
  const current = () => {
    const { review, scenario, place, groups } = get();
    const answer = answerAt(groups, place);
    return review && scenario && answer ? { review, scenario, answer } : null;
  };
  return {
    rename(name: string) {
      const trimmed = name.trim().slice(0, 200);
      const me = { ...get().me, name: trimmed };
      const failed = writeMe(store, me);
      set({ me, ...(failed ? { notices: [{ kind: 'storage', reason: failed } as DeskNotice] } : {}) });
      const review = get().review;
      if (review && trimmed)
        update({
          review: { ...review, reviewers: review.reviewers.map((r) => (r.id === me.id ? { ...r, name: trimmed } : r)) },
        });
    },
    change(change: VerdictChange) {
      const at = current();
      if (at) update({ review: recordVerdicts(at.review, at.scenario, named(get().me), at.answer, change) });
    },
    agree() {
      const at = current();
      if (!at) return;
      const review = recordVerdicts(at.review, at.scenario, named(get().me), at.answer, { agree: true });
      const groups = promptGroups(review, at.scenario);
      const place = nextUnreviewed(groups, get().place, review, get().me.id) ?? moveBy(groups, get().place, 1);
      update({ review, place });
    },
    move: (delta: number) => update({ place: moveBy(get().groups, get().place, delta) }),
    movePrompt: (delta: number) => update({ place: movePrompt(get().groups, get().place, delta) }),
    goTo(place: Place) {
      if (answerAt(get().groups, place)) update({ place });
    },
  };
}

/** The trainer with a name to write into the review (their id when they gave none). */
function named(me: Me): Me {
  return me.name ? me : { ...me, name: me.id };
}

/** The review the trainer was on when they left, loaded again (its scenario re-read from the saved source). */
function resume(store: TextStore, unsafe: Set<string>, loadOptions: LoadOptions): Partial<ReviewDesk> {
  const id = readCurrent(store);
  if (!id) return {};
  const { saved, unsafe: cannotSave } = readSaved(store, id);
  if (cannotSave) unsafe.add(id);
  if (!saved) return {};
  const { scenario } = loadScenario(saved.source, saved.file, loadOptions);
  if (!scenario) return {};
  const review = refreshEngine(saved.review, scenario, saved.source);
  const groups = promptGroups(review, scenario);
  const place = answerAt(groups, saved.place) ? saved.place : moveBy(groups, null, 0);
  return { source: saved.source, file: saved.file, scenario, review, groups, place };
}

/** Creates the desk over a TextStore. */
export function createReviewDesk(store: TextStore, options: DeskOptions = {}): StoreApi<ReviewDesk> {
  const me = readMe(store, options.newId ?? (() => `r-${Math.random().toString(36).slice(2, 10)}`));
  const loadOptions = options.loadOptions ?? {};
  const unsafe = new Set<string>();
  return createStore<ReviewDesk>()((set, get) => {
    const ctx = contextOf(store, get, set, unsafe, loadOptions);
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
      ...resume(store, unsafe, loadOptions),
      ...loadActions(ctx, store, unsafe),
      ...verdictActions(ctx, store),
      ...editActions(ctx),
      ...lrsActions(ctx, options.fetch),
    };
  });
}
