/**
 * The desk's edits of the scenario file: an answer added as a criterion's example, a suggested
 * phrase accepted. The edited file is loaded again by the engine, the answers re-read, and the
 * criterion's examples judged (by the loader, with the line and column of each); a file that would
 * no longer load is not kept.
 */
import { formatDiagnostic } from '../../engine/diagnostics/index.ts';
import { loadScenario } from '../../engine/load/index.ts';
import { refreshEngine } from './answers.ts';
import { addExample, addPhrase, type ExampleKind } from './examples.ts';
import type { DeskContext, DeskNotice } from './review-desk.ts';
import type { Edited } from './yaml-edit.ts';

/** The example and phrase actions of the desk. */
export function editActions(ctx: DeskContext) {
  const { get, set, update } = ctx;
  const apply = (edited: Edited, notice: DeskNotice, criterion: string): boolean => {
    const { file, review } = get();
    if ('error' in edited) {
      set({ notices: [{ kind: 'error', file, reason: edited.error }] });
      return false;
    }
    const { scenario, diagnostics, examples } = loadScenario(edited.text, file, ctx.loadOptions);
    if (!scenario || !review) {
      const first = diagnostics.find((d) => d.severity === 'error');
      set({
        notices: [{ kind: 'error', file, reason: first ? formatDiagnostic(first) : 'the edited file does not load' }],
      });
      return false;
    }
    update({
      source: edited.text,
      scenario,
      review: refreshEngine(review, scenario, edited.text),
      notices: [notice],
      examples: { criterion, results: examples.filter((e) => e.criterion === criterion) },
    });
    return true;
  };
  return {
    addExample(answerId: string, criterion: string, kind: ExampleKind): boolean {
      const { source, review } = get();
      const answer = review?.answers.find((a) => a.id === answerId);
      if (source === null || !answer) return false;
      const edited = addExample(source, criterion, kind, answer.text);
      return apply(edited, { kind: 'example', criterion, example: kind }, criterion);
    },
    acceptPhrase(criterion: string, phrase: string, group: number | null): boolean {
      const { source } = get();
      if (source === null) return false;
      return apply(addPhrase(source, criterion, phrase, group), { kind: 'phrase', criterion, phrase }, criterion);
    },
  };
}
