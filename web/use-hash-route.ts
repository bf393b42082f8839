/** The app's route, read from and written to the URL hash (#/, #/play/ID, #/progress, #/preview, …). */
import { useEffect, useState } from 'react';

/** A parsed route. */
export type Route =
  | { name: 'library' }
  | { name: 'play'; id: string }
  | { name: 'progress' }
  | { name: 'preview' }
  | { name: 'review' }
  | { name: 'settings' };

/** Parses a location hash into a route; anything unknown is the library. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'play' && parts[1]) return { name: 'play', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'progress') return { name: 'progress' };
  if (parts[0] === 'preview') return { name: 'preview' };
  if (parts[0] === 'review') return { name: 'review' };
  if (parts[0] === 'settings') return { name: 'settings' };
  return { name: 'library' };
}

/** The hash for a route. */
export function routeHash(route: Route): string {
  return route.name === 'play'
    ? `#/play/${encodeURIComponent(route.id)}`
    : route.name === 'library'
      ? '#/'
      : `#/${route.name}`;
}

/** The current route and a way to go elsewhere. */
export function useHashRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = (r: Route) => {
    const h = routeHash(r);
    if (window.location.hash !== h) window.location.hash = h;
    setRoute(r);
  };
  return [route, go];
}
