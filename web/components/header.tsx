/** The header: the app's name, navigation, the language switch and the always-visible "pause / leave". */
import type { Lang } from '../i18n/strings.ts';
import { useLang } from '../i18n/lang.tsx';
import type { Route } from '../use-hash-route.ts';
import { WellbeingButton } from './wellbeing-panel.tsx';

/** The header of every screen. */
export function Header({ route, go, onLeave }: { route: Route; go(r: Route): void; onLeave(): void }) {
  const { t, setLang } = useLang();
  const link = (r: Route, label: string, href: string) => (
    <a
      href={href}
      aria-current={route.name === r.name ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        go(r);
      }}
    >
      {label}
    </a>
  );
  return (
    <header className="top">
      <p className="brand">{t('appName')}</p>
      <nav aria-label={t('appName')}>
        {link({ name: 'library' }, t('navLibrary'), '#/')}
        {link({ name: 'progress' }, t('navProgress'), '#/progress')}
        {link({ name: 'preview' }, t('navPreview'), '#/preview')}
        {link({ name: 'review' }, t('navReview'), '#/review')}
        {link({ name: 'settings' }, t('navSettings'), '#/settings')}
      </nav>
      <div className="top-actions">
        <button type="button" lang={t('switchToLang')} onClick={() => setLang(t('switchToLang') as Lang)}>
          {t('switchTo')}
        </button>
        <WellbeingButton onLeave={onLeave} />
      </div>
    </header>
  );
}
