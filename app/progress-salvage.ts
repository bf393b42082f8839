/** What can be saved of a cut progress file (a full disk, a kill mid-copy): its complete records before the cut. */

/**
 * The complete `{…}` records at the start of the attempts list of a cut text: after `"attempts": [`
 * (or a leading `[`), each object up to its closing brace, until the cut or anything else.
 */
export function completeRecords(text: string): unknown[] {
  const key = /"attempts"\s*:\s*\[/.exec(text);
  let i = key ? key.index + key[0].length : text.trimStart().startsWith('[') ? text.indexOf('[') + 1 : -1;
  const out: unknown[] = [];
  while (i >= 0 && i < text.length) {
    while (i < text.length && /[\s,]/.test(text[i]!)) i++;
    if (text[i] !== '{') break;
    const end = objectEnd(text, i);
    if (end < 0) break;
    try {
      out.push(JSON.parse(text.slice(i, end + 1)));
    } catch {
      break;
    }
    i = end + 1;
  }
  return out;
}

/** The index of the brace closing the object that opens at `start`, or -1 when the text ends first. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if ((c === 0x7d || c === 0x5d) && --depth === 0) return i;
  }
  return -1;
}
