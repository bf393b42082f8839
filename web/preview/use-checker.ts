/**
 * Checks the source as it is typed, off the main thread: a light debounce, at most one check in
 * flight, and only the newest text is checked next (stale versions are dropped, never shown).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { runCheck, type CheckRequest, type CheckResult, type TestOutcome } from './check-protocol.ts';

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
    submit(text: string, file: string, tests = false) {
      // a newer text replaces a queued one; if that one was to play the tests, the newer one plays them
      const req = { id: ++seq, text, file, prevKey: held, tests: tests || (queued?.tests ?? false) };
      if (busy) queued = req;
      else if (sender) {
        busy = true;
        sender.send(req);
      }
      return req;
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

/** The file's tests as last played, and the text they were played on. */
export interface PlayedTests {
  outcomes: TestOutcome[];
  text: string;
}

/**
 * The latest check (null before the first), whether a newer one is on its way, `schedule` to check a
 * new text, and `runTests` to check the current text and play its `tests:` (the result lands in `tests`).
 */
export function useChecker(
  initial: string,
  file: string,
  delay = 30,
): {
  result: CheckResult | null;
  pending: boolean;
  schedule(text: string): void;
  tests: PlayedTests | null;
  testing: boolean;
  runTests(): void;
} {
  const [result, setResult] = useState<CheckResult | null>(null);
  const { tests, testing, track, answered } = useTestRuns();
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
      timer.current = setTimeout(() => {
        track(queue.submit(now.current.text, now.current.file));
      }, delay);
    },
    [delay, queue, track],
  );
  useEffect(() => {
    queue.attach(
      makeSender((r) => {
        answered(r);
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
  }, [schedule, queue, answered]);
  useEffect(() => {
    if (now.current.file === file) return;
    now.current.file = file;
    schedule(now.current.text);
  }, [file, schedule]);
  const runTests = useCallback(() => {
    clearTimeout(timer.current);
    track(queue.submit(now.current.text, now.current.file, true));
  }, [queue, track]);
  return { result, pending, schedule, tests, testing, runTests };
}

/** The requests that play the file's tests: which are on their way, and the last results with their text. */
function useTestRuns() {
  const [tests, setTests] = useState<PlayedTests | null>(null);
  const [testing, setTesting] = useState(false);
  /** The text of each request that plays the tests, by request id. */
  const [asked] = useState(() => new Map<number, string>());
  const track = useCallback(
    (req: CheckRequest) => {
      if (!req.tests) return;
      asked.set(req.id, req.text);
      setTesting(true);
    },
    [asked],
  );
  const answered = useCallback(
    (r: CheckResult) => {
      const forText = asked.get(r.id);
      for (const id of asked.keys()) if (id <= r.id) asked.delete(id); // answered, or dropped for a newer text
      if (forText !== undefined) setTests({ outcomes: r.tests ?? [], text: forText });
      if (asked.size === 0) setTesting(false);
    },
    [asked],
  );
  return { tests, testing, track, answered };
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
