/**
 * The trainer's preview (#/preview, loaded on demand): open, drop or edit a YAML scenario, see the
 * diagnostics as you type, the graph of its nodes, and play it at once with the trainee's screens.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { createSessionStore } from '../../app/session-store.ts';
import { report as engineReport } from '../../engine/session/core.ts';
import type { Diagnostic, Scenario } from '../../engine/types.ts';
import { DebriefScreen } from '../components/debrief-screen.tsx';
import { PlayScreen } from '../components/play-screen.tsx';
import { Notice } from '../components/notice.tsx';
import { useLang } from '../i18n/lang.tsx';
import { DiagnosticsList } from './diagnostics-list.tsx';
import { ExamplesList } from './examples-list.tsx';
import { previewText } from '../i18n/preview-strings.ts';
import { downloadText } from '../download.ts';
import { LibraryNote, TestsPanel } from './preview-panels.tsx';
import { SAMPLE, SAMPLE_FR } from './sample.ts';
import './preview.css';
import { ScenarioGraph } from './scenario-graph.tsx';
import { SourceEditor, type EditorHandle } from './source-editor.tsx';
import { useChecker } from './use-checker.ts';

const KEY = 'rehearse.preview.source';
const FILE_KEY = 'rehearse.preview.file';

/** The preview screen; what the trainer writes is kept in `storage` so a reload loses nothing. */
export default function PreviewScreen({ storage = null }: { storage?: Storage | null }) {
  const { t, lang } = useLang();
  const [file, setFile] = useState(
    () => storage?.getItem(FILE_KEY) ?? (lang === 'fr' ? 'exemple.yaml' : 'scenario.yaml'),
  );
  const [initial] = useState(() => storage?.getItem(KEY) ?? (lang === 'fr' ? SAMPLE_FR : SAMPLE));
  const text = useRef(initial);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const editor = useRef<EditorHandle>(null);
  const session = useMemo(() => createSessionStore(), []);
  const played = useStore(session, (s) => s.scenario);
  const playState = useStore(session, (s) => s.state);
  const ended = useStore(session, (s) => s.ended);
  const report = useStore(session, (s) => s.report);
  const [debrief, setDebrief] = useState(false);
  const { result, pending, schedule, tests, testing, runTests } = useChecker(initial, file);
  const unsaved = useRef<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const save = useCallback(() => {
    if (unsaved.current === null) return;
    try {
      storage?.setItem(KEY, unsaved.current);
      setSaveError(null);
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e)); // said on screen: the text stays in the page only
    }
    unsaved.current = null;
  }, [storage]);
  const change = useCallback(
    (v: string) => {
      schedule(v);
      text.current = v;
      unsaved.current = v;
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(save, 200);
    },
    [schedule, save],
  );
  useEffect(() => () => (clearTimeout(saveTimer.current), save()), [save]);
  const openFile = async (f: File) => {
    setFile(f.name);
    try {
      storage?.setItem(FILE_KEY, f.name);
    } catch {
      // the name is only a convenience; the text's own saving reports a full storage
    }
    editor.current?.setText(await f.text());
  };
  const onGo = useCallback((d: Diagnostic) => editor.current?.goTo(d.line, d.column), []);
  const onGoTo = useCallback((line: number, column: number) => editor.current?.goTo(line, column), []);
  const scenario = result?.scenario ?? null;
  const lastGood = useRef<Scenario | null>(null);
  if (scenario) lastGood.current = scenario;
  const shown = scenario ?? (result ? lastGood.current : null);
  const path = useMemo(
    () => (played && playState && shown && played.id === shown.id ? engineReport(played, playState).path : []),
    [played, playState, shown],
  );
  return (
    <section className="preview" aria-labelledby="preview-title">
      <h1 id="preview-title">{t('previewTitle')}</h1>
      <p className="muted">{t('previewIntro')}</p>
      {saveError !== null && <Notice text={t('previewNotSaved', { reason: saveError })} />}
      <div className="preview-grid">
        <div
          className="drop"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            const f = e.dataTransfer.files[0];
            if (f) void openFile(f);
          }}
        >
          <p className="actions">
            <label className="file-button">
              {t('openFile')}
              <input
                type="file"
                accept=".yaml,.yml,text/yaml"
                onChange={(e) => e.target.files?.[0] && void openFile(e.target.files[0])}
              />
            </label>
            <button type="button" onClick={() => downloadText(file, text.current, 'text/yaml')}>
              {previewText(lang, 'download')}
            </button>
            <span className="small muted drop-note">{t('dropHere')}</span>
          </p>
          <SourceEditor
            ref={editor}
            label={`${t('source')} — ${file}`}
            initial={initial}
            onChange={change}
            describedBy="diag-title"
          />
        </div>
        <div className="side">
          <h2 id="diag-title">
            {t('diagnostics')} {pending && <span className="small muted">({t('checking')})</span>}
          </h2>
          <div aria-live="polite" data-chars={result?.chars}>
            {result && <DiagnosticsList diagnostics={result.diagnostics} formatted={result.formatted} onGo={onGo} />}
          </div>
          <TestsPanel
            canRun={scenario !== null}
            tests={tests}
            testing={testing}
            current={text.current}
            onRun={runTests}
          />
          {result && result.examples.length > 0 && (
            <section aria-labelledby="examples-title">
              <h2 id="examples-title">{t('examples')}</h2>
              <p className="small muted">{previewText(lang, 'examplesLive')}</p>
              <ExamplesList examples={result.examples} onGo={onGoTo} />
            </section>
          )}
          {shown && (
            <>
              <h2>{t('graph')}</h2>
              <ScenarioGraph scenario={shown} path={path} stale={shown !== scenario} />
            </>
          )}
          <LibraryNote />
        </div>
      </div>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!scenario}
          onClick={() => {
            if (!scenario) return;
            setDebrief(false);
            session.getState().start(scenario);
          }}
        >
          {played ? t('restartPlay') : t('playIt')}
        </button>
        {!scenario && result && <span className="small">{t('cannotPlay')}</span>}
      </div>
      {played &&
        (ended && report && debrief ? (
          <DebriefScreen
            scenario={played}
            report={report}
            events={session.getState().events}
            onTryAgain={() => (setDebrief(false), session.getState().start(played))}
          />
        ) : (
          <PlayScreen store={session} onDebrief={() => setDebrief(true)} />
        ))}
    </section>
  );
}
