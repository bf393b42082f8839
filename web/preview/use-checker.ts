/**
 * Checks the source as it is typed, off the main thread: a light debounce, at most one check in
 * flight, and only the newest text is checked next (stale versions are dropped, never shown).
 */
import { useEffect, useRef, useState } from 'react';
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
          if (!closed) onResult({ id: req.id, scenario: null, diagnostics: [{ file: req.file, line: 1, column: 1, severity: 'error', code: 'RH000', message }], formatted: [''], ms: 0 });
        },
      ),
    close: () => {
      closed = true;
    },
  };
}

/** The latest check of `text` (null before the first), and whether a newer one is on its way. */
export function useChecker(text: string, file: string, delay = 30): { result: CheckResult | null; pending: boolean } {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [pending, setPending] = useState(true);
  const sender = useRef<{ send: Send; close(): void } | null>(null);
  const busy = useRef(false);
  const queued = useRef<CheckRequest | null>(null);
  const seq = useRef(0);
  useEffect(() => {
    const s = makeSender((r) => {
      busy.current = false;
      const next = queued.current;
      if (next) {
        queued.current = null;
        busy.current = true;
        s.send(next);
        return; // r is stale: a newer text is being checked
      }
      if (r.id === seq.current) {
        setResult(r);
        setPending(false);
      }
    });
    sender.current = s;
    return () => {
      s.close();
      sender.current = null;
      busy.current = false;
      queued.current = null;
    };
  }, []);
  useEffect(() => {
    setPending(true);
    const timer = setTimeout(() => {
      const req = { id: ++seq.current, text, file };
      if (busy.current) queued.current = req;
      else if (sender.current) {
        busy.current = true;
        sender.current.send(req);
      }
    }, delay);
    return () => clearTimeout(timer);
  }, [text, file, delay]);
  return { result, pending };
}
