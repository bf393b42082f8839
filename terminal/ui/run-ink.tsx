/**
 * Runs one Ink screen until it finishes or the trainee presses Ctrl-C; the terminal is restored either
 * way. Pastes arrive bracketed (the terminal is asked to mark them), so a pasted text is one piece of
 * text, never keys; an error inside a screen ends it with one line, never Ink's dump of the source.
 */
import { Component, useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { render, useApp } from 'ink';
import { ColorContext } from './theme.tsx';
import { isCtrl, useKeys } from './use-keys.ts';

/** How a screen ended: with a value, interrupted (Ctrl-C, SIGINT, SIGTERM), or failed (a bug: its message). */
export type InkResult<T> = { done: true; value: T } | { done: false; error?: string };

const BRACKETED_PASTE_ON = '\u001b[?2004h';
const BRACKETED_PASTE_OFF = '\u001b[?2004l';

/** Catches an error thrown while drawing a screen and ends the screen with its message. */
class ScreenBoundary extends Component<
  { onError: (message: string) => void; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    this.props.onError(error instanceof Error ? error.message : String(error));
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** Gives the screen its `done` callback and turns Ctrl-C into a clean exit. */
function Root(props: {
  view: (done: (v: unknown) => void) => ReactElement;
  onDone: (v: unknown) => void;
  clear: boolean;
}) {
  const { exit } = useApp();
  const [over, setOver] = useState(false);
  useEffect(() => {
    if (over) exit();
  }, [over]);
  useKeys((e) => {
    if (isCtrl(e, 'c')) exit();
  });
  if (over) return null; // a menu or picker leaves no trace once used
  return props.view((v) => {
    props.onDone(v);
    if (props.clear) setOver(true);
    else exit();
  });
}

/** Renders `view` (given a `done` callback) and resolves when it is done or interrupted; `clear` erases it when done. */
export async function runInk<T>(
  view: (done: (v: T) => void) => ReactElement,
  opts: { color: boolean; clear?: boolean },
): Promise<InkResult<T>> {
  let result: InkResult<T> = { done: false };
  const tty = process.stdout.isTTY === true;
  if (tty) process.stdout.write(BRACKETED_PASTE_ON);
  const app = render(
    <ColorContext.Provider value={opts.color}>
      <ScreenBoundary
        onError={(message) => {
          result = { done: false, error: message };
          setImmediate(() => app.unmount());
        }}
      >
        <Root
          view={view as (done: (v: unknown) => void) => ReactElement}
          onDone={(v) => {
            result = { done: true, value: v as T };
          }}
          clear={opts.clear === true}
        />
      </ScreenBoundary>
    </ColorContext.Provider>,
    { exitOnCtrlC: false, patchConsole: false },
  );
  const onSignal = () => app.unmount();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await app.waitUntilExit();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (tty) process.stdout.write(BRACKETED_PASTE_OFF);
  }
  return result;
}
