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

/** The latest check (null before the first), whether a newer one is on its way, and `schedule` to check a new text. */
export function useChecker(
  initial: string,
  file: string,
  delay = 30,
): { result: CheckResult | null; pending: boolean; schedule(text: string): void } {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [pending, setPending] = useState(true);
  const sender = useRef<{ send: Send; close(): void } | null>(null);
  const busy = useRef(false);
  const queued = useRef<CheckRequest | null>(null);
  const seq = useRef(0);
  const held = useRef<string | null>(null);
  held.current = result?.key ?? null;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingNow = useRef(true);
  const fileRef = useRef(file);
  const latest = useRef(initial);
  const schedule = useCallback(
    (text: string) => {
      latest.current = text;
      if (!pendingNow.current) {
        pendingNow.current = true;
        setPending(true);
      }
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const req = { id: ++seq.current, text: latest.current, file: fileRef.current, prevKey: held.current };
        if (busy.current) queued.current = req;
        else if (sender.current) {
          busy.current = true;
          sender.current.send(req);
        }
      }, delay);
    },
    [delay],
  );
  useEffect(() => {
    const s = makeSender((r) => {
      busy.current = false;
      const next = queued.current;
      if (next) {
        queued.current = null;
        busy.current = true;
        s.send({ ...next, prevKey: held.current });
        return; // r is stale: a newer text is being checked
      }
      if (r.id === seq.current) {
        setResult((prev) => reuse(prev, r));
        pendingNow.current = false;
        setPending(false);
      }
    });
    sender.current = s;
    schedule(latest.current);
    return () => {
      clearTimeout(timer.current);
      s.close();
      sender.current = null;
      busy.current = false;
      queued.current = null;
    };
  }, [schedule]);
  useEffect(() => {
    if (fileRef.current === file) return;
    fileRef.current = file;
    schedule(latest.current);
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
