/** Opening the scenario file and adding progress exports or co-trainers' reviews; the trainer's name. */
import { useRef } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { MAX_FILE_BYTES } from '../../app/review/format.ts';
import type { DeskNotice, ReviewDesk } from '../../app/review/review-desk.ts';
import { LrsForm } from './lrs-form.tsx';
import type { ReviewT } from './use-review-text.ts';

async function readFile(f: File): Promise<string | { error: string }> {
  if (f.size > MAX_FILE_BYTES) return { error: `larger than ${MAX_FILE_BYTES / 1048576} MB` };
  try {
    return await f.text();
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Reading the files a trainer picks into the desk: the scenario, or progress exports and reviews. */
function useFilePickers(desk: StoreApi<ReviewDesk>) {
  const scenarioInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const unreadable = (file: string, reason: string): DeskNotice => ({ kind: 'error', file, reason });
  const openScenario = async (f: File) => {
    const text = await readFile(f);
    if (typeof text === 'string') desk.getState().openScenario(text, f.name);
    else desk.setState({ notices: [unreadable(f.name, text.error)] });
    if (scenarioInput.current) scenarioInput.current.value = '';
  };
  const addFiles = async (list: FileList) => {
    const files: Array<{ text: string; file: string }> = [];
    const bad: DeskNotice[] = [];
    for (const f of Array.from(list)) {
      const text = await readFile(f);
      if (typeof text === 'string') files.push({ text, file: f.name });
      else bad.push(unreadable(f.name, text.error));
    }
    desk.getState().importFiles(files);
    if (bad.length) desk.setState({ notices: [...desk.getState().notices, ...bad] });
    if (filesInput.current) filesInput.current.value = '';
  };
  return { scenarioInput, filesInput, openScenario, addFiles };
}

/** The load panel. */
export function LoadPanel({ desk, r }: { desk: StoreApi<ReviewDesk>; r: ReviewT }) {
  const scenario = useStore(desk, (s) => s.scenario);
  const file = useStore(desk, (s) => s.file);
  const name = useStore(desk, (s) => s.me.name);
  const problems = useStore(desk, (s) => s.problems);
  const { scenarioInput, filesInput, openScenario, addFiles } = useFilePickers(desk);
  return (
    <div className="review-load">
      <p className="actions">
        <label className="file-button">
          {r('openScenario')}
          <input
            ref={scenarioInput}
            type="file"
            accept=".yaml,.yml,text/yaml"
            onChange={(e) => e.target.files?.[0] && void openScenario(e.target.files[0])}
          />
        </label>
        <label className={`file-button${scenario ? '' : ' disabled'}`}>
          {r('addFiles')}
          <input
            ref={filesInput}
            type="file"
            multiple
            disabled={!scenario}
            accept=".json,application/json"
            onChange={(e) => e.target.files?.length && void addFiles(e.target.files)}
          />
        </label>
        <label className="name-field">
          {r('yourName')}{' '}
          <input
            type="text"
            defaultValue={name}
            maxLength={200}
            onBlur={(e) => desk.getState().rename(e.target.value)}
          />
        </label>
      </p>
      {scenario && (
        <>
          <p className="small muted">
            <span lang={scenario.locale}>{scenario.title}</span> — {file}
          </p>
          <LrsForm desk={desk} r={r} />
        </>
      )}
      {problems.length > 0 && (
        <div role="alert">
          <p className="error">{r('scenarioProblems')}</p>
          <pre className="problems">{problems.join('\n')}</pre>
        </div>
      )}
    </div>
  );
}
