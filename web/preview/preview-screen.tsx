/**
 * The trainer's preview (#/preview, loaded on demand): open, drop or edit a YAML scenario, see the
 * diagnostics as you type, the graph of its nodes, and play it at once with the trainee's screens.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { createSessionStore } from '../../app/session-store.ts';
import { report as engineReport } from '../../engine/session/core.ts';
import type { Diagnostic } from '../../engine/types.ts';
import { DebriefScreen } from '../components/debrief-screen.tsx';
import { PlayScreen } from '../components/play-screen.tsx';
import { Notice } from '../components/notice.tsx';
import { useLang } from '../i18n/lang.tsx';
import { DiagnosticsList } from './diagnostics-list.tsx';
import { ExamplesList } from './examples-list.tsx';
import { SAMPLE } from './sample.ts';
import { ScenarioGraph } from './scenario-graph.tsx';
import { SourceEditor, type EditorHandle } from './source-editor.tsx';
import { useChecker } from './use-checker.ts';

const KEY = 'rehearse.preview.source';

/** The preview screen; what the trainer writes is kept in `storage` so a reload loses nothing. */
export default function PreviewScreen({ storage = null }: { storage?: Storage | null }) {
  const { t } = useLang();
  const [file, setFile] = useState('scenario.yaml');
  const [initial] = useState(() => storage?.getItem(KEY) ?? SAMPLE);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const editor = useRef<EditorHandle>(null);
  const session = useMemo(() => createSessionStore(), []);
  const played = useStore(session, (s) => s.scenario);
  const playState = useStore(session, (s) => s.state);
  const ended = useStore(session, (s) => s.ended);
  const report = useStore(session, (s) => s.report);
  const [debrief, setDebrief] = useState(false);
  const { result, pending, schedule } = useChecker(initial, file);
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
      unsaved.current = v;
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(save, 200);
    },
    [schedule, save],
  );
  useEffect(() => () => (clearTimeout(saveTimer.current), save()), [save]);
  const openFile = async (f: File) => {
    setFile(f.name);
    editor.current?.setText(await f.text());
  };
  const onGo = useCallback((d: Diagnostic) => editor.current?.goTo(d.line, d.column), []);
  const onGoTo = useCallback((line: number, column: number) => editor.current?.goTo(line, column), []);
  const scenario = result?.scenario ?? null;
  const path = useMemo(
    () => (played && playState && scenario && played.id === scenario.id ? engineReport(played, playState).path : []),
    [played, playState, scenario],
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
            <span className="small muted">{t('dropHere')}</span>
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
          {result && result.examples.length > 0 && (
            <section aria-labelledby="examples-title">
              <h2 id="examples-title">{t('examples')}</h2>
              <ExamplesList examples={result.examples} onGo={onGoTo} />
            </section>
          )}
          {scenario && (
            <>
              <h2>{t('graph')}</h2>
              <ScenarioGraph scenario={scenario} path={path} />
            </>
          )}
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
