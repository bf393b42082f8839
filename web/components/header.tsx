/**
 * The header: the app's name, navigation, the language switch and the always-visible "pause / leave". On a
 * phone it is one row, the navigation behind a Menu button.
 */
import { useState } from 'react';
import type { Lang } from '../i18n/strings.ts';
import { useLang } from '../i18n/lang.tsx';
import type { Route } from '../use-hash-route.ts';
import { WellbeingButton } from './wellbeing-panel.tsx';

/** The header of every screen; `onPause` is told when the pause panel opens and closes. */
export function Header({
  route,
  go,
  onLeave,
  onPause,
}: {
  route: Route;
  go(r: Route): void;
  onLeave(): void;
  onPause?: (open: boolean) => void;
}) {
  const { t, setLang } = useLang();
  const [menu, setMenu] = useState(false);
  const link = (r: Route, label: string, href: string) => (
    <a
      href={href}
      aria-current={route.name === r.name ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        setMenu(false);
        go(r);
      }}
    >
      {label}
    </a>
  );
  return (
    <header className="top">
      <p className="brand">{t('appName')}</p>
      <button
        type="button"
        className="menu-button"
        aria-expanded={menu}
        aria-controls="main-nav"
        onClick={() => setMenu((open) => !open)}
      >
        {t('navMenu')}
      </button>
      <nav id="main-nav" aria-label={t('appName')} className={menu ? 'open' : undefined}>
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
        <WellbeingButton onLeave={route.name === 'library' ? undefined : onLeave} onOpenChange={onPause} />
      </div>
    </header>
  );
}
