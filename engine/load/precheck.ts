/** Checks made before parsing: size, text encoding, binary content, nesting depth. */
import { msg, type MessageRef } from '../diagnostics/message.ts';

/** The largest file the checker reads. */
export const MAX_BYTES = 10 * 1024 * 1024;
/** The deepest nesting of brackets or indentation accepted. */
export const MAX_DEPTH = 100;

/** A problem found before parsing, with its offset in the text. */
export interface PreProblem {
  code: 'RH003' | 'RH004' | 'RH005';
  message: MessageRef;
  offset: number;
}

/** Decodes bytes as strict UTF-8; the offset of the first bad byte otherwise. */
export function decode(bytes: Uint8Array): { text: string } | PreProblem {
  if (bytes.length > MAX_BYTES)
    return {
      code: 'RH003',
      message: msg`the file is ${(bytes.length / 1048576).toFixed(1)} MB; scenarios are limited to 10 MB`,
      offset: 0,
    };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    return {
      code: 'RH004',
      message: msg`the file is not valid UTF-8 text (save it as UTF-8)`,
      offset: Math.max(0, loose.indexOf('\ufffd')),
    };
  }
}

/** Size, NUL bytes and nesting depth of a text; null when it is fine to parse. */
export function precheck(text: string): PreProblem | null {
  if (text.length > MAX_BYTES)
    return { code: 'RH003', message: msg`the file is over 10 MB; scenarios are limited to 10 MB`, offset: 0 };
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    return { code: 'RH004', message: msg`the file holds binary data (a NUL byte): it is not a text file`, offset: nul };
  let depth = 0;
  let quote = '';
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      if (quote === "'" || quote === '"') continue;
      quote = '';
      continue;
    }
    if (lineStart) {
      if (c === 32 || c === 45) {
        indent++;
        if (indent > MAX_DEPTH * 8)
          return { code: 'RH005', message: msg`the file is indented too deeply to be a scenario`, offset: i };
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (text[i] === quote) quote = '';
      continue;
    }
    if (c === 35 && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n')) {
      quote = '#';
      continue;
    }
    if ((c === 34 || c === 39) && depth > 0) {
      quote = text[i]!;
      continue;
    }
    if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH)
        return { code: 'RH005', message: msg`brackets are nested more than ${MAX_DEPTH} deep`, offset: i };
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return null;
}
