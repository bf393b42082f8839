/** The preview's checker as a Web Worker: the YAML parser and the loader run off the page's thread. */
import { checkNow } from './check-core.ts';
import type { CheckRequest } from './check-protocol.ts';

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  try {
    self.postMessage(checkNow(e.data));
  } catch (err) {
    self.postMessage({
      id: e.data.id,
      scenario: null,
      key: null,
      diagnostics: [
        {
          file: e.data.file,
          line: 1,
          column: 1,
          severity: 'error',
          code: 'RH000',
          message: `internal checker error: ${String(err)}`,
        },
      ],
      formatted: [`${e.data.file}:1:1: error RH000: internal checker error: ${String(err)}`],
      examples: [],
      ms: 0,
      chars: e.data.text.length,
    });
  }
};
