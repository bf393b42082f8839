/** Renders the whole web app in jsdom with a fresh storage, as a trainee would open it. */
import { render } from '@testing-library/react';
import { App } from '../../web/app.tsx';
import type { Scenario } from '../../engine/types.ts';
import { entryOf } from '../../web/library/meta.ts';

/** Opens the app at `hash` with these scenarios; returns the storage it writes to. */
export function renderApp(library: Scenario[], opts: { hash?: string; storage?: Storage; lang?: string } = {}) {
  const storage = opts.storage ?? window.localStorage;
  window.location.hash = opts.hash ?? '#/';
  const view = render(<App library={library.map(entryOf)} storage={storage} navigatorLang={opts.lang ?? 'en-GB'} />);
  return { ...view, storage };
}
