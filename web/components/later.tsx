/**
 * A part of a screen whose code is not in the first load (feedback after an answer, read-aloud, a question, a
 * notice). `preload()` fetches its code ahead of need; once there, the part shows a moment after it is asked for.
 */
import { lazy, Suspense, type ComponentType, type JSX } from 'react';

/** The component loaded by `load`, with `preload()` to fetch its code ahead of need. */
export function later<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () => (loading ??= load().then((C) => ({ default: C })));
  const Lazy = lazy(preload);
  function Later(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...(props as P & JSX.IntrinsicAttributes)} />
      </Suspense>
    );
  }
  return Object.assign(Later, { preload });
}
