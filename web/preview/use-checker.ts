/**
 * Checks the source as it is typed, off the main thread: a light debounce, at most one check in
 * flight, and only the newest text is checked next (stale versions are dropped, never shown).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { runCheck, type CheckRequest, type CheckResult } from './check-protocol.ts';

type Send = (req: CheckRequest) => void;

function makeSender(onResult: (r: CheckResult) => void): { send: Send; close(): void } {
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<CheckResult>) => onResult(e.data);
    return { send: (req) => worker.postMessage(req), close: () => worker.terminate() };
  }
  let closed = false;
  return {
    send: (req) =>
      void runCheck(req).then(
        (r) => !closed && onResult(r),
        (err: unknown) => {
          const message = `the checker could not run: ${err instanceof Error ? err.message : String(err)}`;
          if (!closed)
            onResult({
              id: req.id,
              scenario: null,
              key: null,
              diagnostics: [{ file: req.file, line: 1, column: 1, severity: 'error', code: 'RH000', message }],
              formatted: [''],
              examples: [],
              ms: 0,
              chars: req.text.length,
            });
        },
      ),
    close: () => {
      closed = true;
    },
  };
}

/** The checks in flight: at most one at a time; only the newest text waits for it (older ones are dropped). */
function checkQueue() {
  let sender: { send: Send; close(): void } | null = null;
  let busy = false;
  let queued: CheckRequest | null = null;
  let seq = 0;
  /** The key of the scenario shown, sent along so that the worker can reuse it. */
  let held: string | null = null;
  return {
    attach(s: { send: Send; close(): void }) {
      sender = s;
    },
    hold(key: string | null) {
      held = key;
    },
    submit(text: string, file: string) {
      const req = { id: ++seq, text, file, prevKey: held };
      if (busy) queued = req;
      else if (sender) {
        busy = true;
        sender.send(req);
      }
    },
    /** A result came back: true when it is the newest text's (else the queued text is sent now). */
    received(r: CheckResult): boolean {
      busy = false;
      const next = queued;
      if (next && sender) {
        queued = null;
        busy = true;
        sender.send({ ...next, prevKey: held });
        return false; // r is stale: a newer text is being checked
      }
      return r.id === seq;
    },
    detach() {
      sender?.close();
      sender = null;
      busy = false;
      queued = null;
    },
  };
}

/** The latest check (null before the first), whether a newer one is on its way, and `schedule` to check a new text. */
export function useChecker(
  initial: string,
  file: string,
  delay = 30,
): { result: CheckResult | null; pending: boolean; schedule(text: string): void } {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [pending, setPending] = useState(true);
  const [queue] = useState(checkQueue);
  queue.hold(result?.key ?? null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const now = useRef({ pending: true, file, text: initial });
  const schedule = useCallback(
    (text: string) => {
      now.current.text = text;
      if (!now.current.pending) {
        now.current.pending = true;
        setPending(true);
      }
      clearTimeout(timer.current);
      timer.current = setTimeout(() => queue.submit(now.current.text, now.current.file), delay);
    },
    [delay, queue],
  );
  useEffect(() => {
    queue.attach(
      makeSender((r) => {
        if (!queue.received(r)) return;
        setResult((prev) => reuse(prev, r));
        now.current.pending = false;
        setPending(false);
      }),
    );
    schedule(now.current.text);
    return () => {
      clearTimeout(timer.current);
      queue.detach();
    };
  }, [schedule, queue]);
  useEffect(() => {
    if (now.current.file === file) return;
    now.current.file = file;
    schedule(now.current.text);
  }, [file, schedule]);
  return { result, pending, schedule };
}

/** The new result, keeping the previous objects where nothing changed (so memoised views do not redraw). */
function reuse(prev: CheckResult | null, r: CheckResult): CheckResult {
  const scenario = r.key === null ? null : (r.scenario ?? (prev && prev.key === r.key ? prev.scenario : null));
  const same =
    prev !== null &&
    prev.formatted.length === r.formatted.length &&
    prev.formatted.every((f, i) => f === r.formatted[i]);
  return {
    ...r,
    scenario,
    diagnostics: same ? prev.diagnostics : r.diagnostics,
    formatted: same ? prev.formatted : r.formatted,
  };
}
