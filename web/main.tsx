/** Browser entry: mounts the app with the bundled library and the browser's storage. */
import { createRoot } from 'react-dom/client';
import catalog from 'virtual:rehearse-catalog';
import { App } from './app.tsx';
import './styles.css';
// after styles.css, so that its mobile and print rules win over the base rules they refine
import './trainee.css';

function safeStorage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem('rehearse.lang');
    return s;
  } catch {
    return null;
  }
}

createRoot(document.getElementById('root')!).render(
  <App library={catalog} storage={safeStorage()} navigatorLang={navigator.language} />,
);
