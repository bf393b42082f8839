/**
 * The keyboard for the Ink screens: `useKeys(handler)` gets Rehearse's own key events (key-reader.ts)
 * instead of Ink's `useInput`. One reader per input stream, shared by every screen listening to it;
 * Ink still switches the terminal to raw mode (through `setRawMode`), but never parses a key.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useStdin } from 'ink';
import { KeyReader, type KeyEvent } from './key-reader.ts';

/** How long a lone ESC waits for the rest of a sequence before it counts as the Escape key. */
const ESCAPE_WAIT_MS = 30;

type Listener = (e: KeyEvent) => void;

interface Hub {
  listeners: Set<Listener>;
  attach(): void;
  detach(): void;
}

const hubs = new WeakMap<NodeJS.ReadableStream, Hub>();

/** The shared reader of one input stream: reads its 'data' chunks while anyone listens. */
function hubFor(stdin: NodeJS.ReadableStream): Hub {
  const known = hubs.get(stdin);
  if (known) return known;
  const reader = new KeyReader();
  const listeners = new Set<Listener>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const emit = (events: KeyEvent[]) => {
    for (const e of events) for (const l of [...listeners]) l(e);
  };
  const onData = (chunk: string | Buffer) => {
    if (timer) clearTimeout(timer);
    emit(reader.push(String(chunk)));
    if (reader.hasPending()) timer = setTimeout(() => emit(reader.flush()), ESCAPE_WAIT_MS);
  };
  const hub: Hub = {
    listeners,
    attach: () => void stdin.on('data', onData),
    detach() {
      stdin.off('data', onData);
      if (timer) clearTimeout(timer);
    },
  };
  hubs.set(stdin, hub);
  return hub;
}

/** Calls `handler` with each key event while `active` (default true). */
export function useKeys(handler: (e: KeyEvent) => void, active = true): void {
  const { stdin, setRawMode, isRawModeSupported } = useStdin();
  const current = useRef(handler);
  current.current = handler;
  // An error in a key handler is thrown again while drawing, so that the screen's error boundary ends it cleanly.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  if (failure) throw failure.error;
  // A layout effect: listening starts in the same commit that draws the screen, so that a key typed the
  // instant a new prompt appears (a fast typist, two answers in one burst) is never dropped.
  useLayoutEffect(() => {
    if (!active) return;
    if (isRawModeSupported) setRawMode(true);
    const hub = hubFor(stdin);
    const listener: Listener = (e) => {
      try {
        current.current(e);
      } catch (error) {
        setFailure({ error });
      }
    };
    if (hub.listeners.size === 0) hub.attach();
    hub.listeners.add(listener);
    return () => {
      hub.listeners.delete(listener);
      if (hub.listeners.size === 0) hub.detach();
      if (isRawModeSupported) setRawMode(false);
    };
  }, [active, stdin, setRawMode, isRawModeSupported]);
}

/** True for the key `name` with no modifier (Enter, an arrow…). */
export function isKey(e: KeyEvent, name: string): boolean {
  return e.kind === 'key' && e.name === name && !e.ctrl && !e.meta;
}

/** True for Ctrl + `letter`. */
export function isCtrl(e: KeyEvent, letter: string): boolean {
  return e.kind === 'key' && e.name === letter && e.ctrl;
}
