/** Runs one Ink screen until it finishes or the trainee presses Ctrl-C; the terminal is restored either way. */
import { useEffect, useState, type ReactElement } from 'react';
import { render, useApp, useInput } from 'ink';
import { ColorContext } from './theme.tsx';

/** How a screen ended: with a value, or interrupted (Ctrl-C, SIGINT, SIGTERM). */
export type InkResult<T> = { done: true; value: T } | { done: false };

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
  useInput((input, key) => {
    if (key.ctrl && input === 'c') exit();
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
  const app = render(
    <ColorContext.Provider value={opts.color}>
      <Root
        view={view as (done: (v: unknown) => void) => ReactElement}
        onDone={(v) => {
          result = { done: true, value: v as T };
        }}
        clear={opts.clear === true}
      />
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
  }
  return result;
}
