/**
 * The answer field: type or paste, edit as in a shell line (line-edit.ts), Enter sends. A long
 * answer (a 100 000-character paste) is shown as a window around the cursor, so that drawing it costs
 * the same as drawing a short one.
 */
import { useRef, useState } from 'react';
import { Box, Text, useStdout } from 'ink';
import { edit, EMPTY_LINE, type Line } from './line-edit.ts';
import { isKey, useKeys } from './use-keys.ts';
import { Tx } from './theme.tsx';
import { useWords } from './words.ts';

/** Lines of the terminal a long answer may fill while it is typed. */
const SHOWN_LINES = 6;

/** The part of a long line drawn around the cursor: the text before and after it, and whether each is cut. */
export function visiblePart(
  line: Line,
  budget: number,
): { before: string; after: string; cutStart: boolean; cutEnd: boolean } {
  const { text, cursor } = line;
  if (text.length <= budget)
    return { before: text.slice(0, cursor), after: text.slice(cursor), cutStart: false, cutEnd: false };
  const start = Math.max(0, Math.min(cursor - Math.floor(budget / 2), text.length - budget));
  const end = Math.min(text.length, start + budget);
  return {
    before: text.slice(start, cursor),
    after: text.slice(cursor, end),
    cutStart: start > 0,
    cutEnd: end < text.length,
  };
}

/** The input; `onSubmit` gets the text and returns true when it was accepted (then the field clears). */
export function TextInput(props: { onSubmit: (text: string) => boolean; placeholder?: string; active?: boolean }) {
  // A ref as well as state: keys that arrive in one chunk ("hello\r") are handled before React re-renders.
  const line = useRef<Line>(EMPTY_LINE);
  const [shown, setShown] = useState<Line>(EMPTY_LINE);
  const { stdout } = useStdout();
  const w = useWords();
  const set = (l: Line) => {
    line.current = l;
    setShown(l);
  };
  useKeys((e) => {
    if (isKey(e, 'return')) {
      e.used = true;
      if (props.onSubmit(line.current.text)) set(EMPTY_LINE);
      return;
    }
    const next = edit(line.current, e);
    if (next) set(next);
  }, props.active !== false);
  const columns = Math.max(20, (stdout?.columns || 80) - 2);
  const part = visiblePart(shown, columns * SHOWN_LINES);
  return (
    <Box flexDirection="column">
      <Text>
        <Tx color="cyan" bold>
          {'> '}
        </Tx>
        {shown.text === '' && props.placeholder ? <Tx dim>{props.placeholder}</Tx> : null}
        {part.cutStart ? '…' : ''}
        {part.before}
        <Tx color="cyan">▌</Tx>
        {part.after}
        {part.cutEnd ? '…' : ''}
      </Text>
      {part.cutStart || part.cutEnd ? <Tx dim>{w.longAnswer(shown.text.length)}</Tx> : null}
    </Box>
  );
}
