/** Entry of the packaged player: reads the package, opens the LMS session, resumes a saved attempt, mounts. */
import { createRoot } from 'react-dom/client';
import { decodeResume, replay } from '../../app/lms/resume-data.ts';
import type { SessionState } from '../../engine/session/core.ts';
import { LangProvider } from '../i18n/lang.tsx';
import { translate } from '../i18n/strings.ts';
import type { LmsAdapter } from './lms-adapter.ts';
import { readPackage, type PackageData } from './package-data.ts';
import { PlayerApp } from './player-app.tsx';
import '../styles.css';
// after styles.css, so that its mobile and print rules win over the base rules they refine
import '../trainee.css';

async function adapterFor(data: PackageData): Promise<LmsAdapter> {
  if (data.standard === 'cmi5') {
    const { cmi5Adapter } = await import('./cmi5-adapter.ts');
    return cmi5Adapter(location.search, (u, i) => fetch(u, i), { sendResponses: data.sendResponses === true });
  }
  const { scormAdapter } = await import('./scorm-adapter.ts');
  return scormAdapter(data.standard === 'scorm12' ? '1.2' : '2004', window);
}

async function main(root: HTMLElement): Promise<void> {
  const found = readPackage(window, document);
  if ('error' in found) {
    root.textContent = `Rehearse: ${found.error}.`;
    return;
  }
  const { scenario } = found.entry;
  const lang = scenario.locale;
  const adapter = await adapterFor(found.data);
  const begun = await adapter.begin().catch((e: unknown) => ({ resume: null, problem: String(e) }));
  let resumed: SessionState | null = null;
  let notice: string | null = begun.problem ? translate(lang, 'playerNoLms', { reason: begun.problem }) : null;
  if (begun.resume) {
    // Replaying typed answers needs the answer checker, which the web app otherwise loads after the first prompt.
    await import('../../engine/session/answer.ts');
    const data = await decodeResume(begun.resume);
    const r = data && !('error' in data) ? replay(scenario, data) : data;
    if (r && 'state' in r) {
      resumed = r.state;
      notice = translate(lang, 'playerResumed');
      await adapter.resumed(scenario, r.state, found.entry.hash);
    } else if (r) notice = translate(lang, 'playerResumeFailed', { reason: r.error });
  }
  createRoot(root).render(
    <LangProvider initial={lang} storage={null}>
      <main id="main" className="player" lang={lang}>
        <PlayerApp entry={found.entry} adapter={adapter} resumed={resumed} notice={notice} />
      </main>
    </LangProvider>,
  );
}

void main(document.getElementById('root')!);
