/** A list of options picked with the arrows + Enter, or with their digit; a long list scrolls around the cursor. */
import { useRef, useState } from 'react';
import { Box } from 'ink';
import { Para, Tx } from './theme.tsx';
import { isKey, useKeys } from './use-keys.ts';
import { useWords } from './words.ts';

/** One option to pick. */
export interface ChoiceItem {
  id: string;
  label: string;
}

/** The first and last index (exclusive) of the `rows` items shown around `cursor`. */
export function listWindow(n: number, cursor: number, rows: number): [number, number] {
  if (n <= rows) return [0, n];
  const start = Math.max(0, Math.min(cursor - Math.floor(rows / 2), n - rows));
  return [start, start + rows];
}

/** The list; `onPick` receives the chosen id; `digits: false` leaves digits to a filter; `rows` caps the height. */
export function ChoiceList(props: {
  items: ChoiceItem[];
  onPick: (id: string) => void;
  active?: boolean;
  digits?: boolean;
  rows?: number;
}) {
  const at = useRef(0); // keys arriving in one chunk (arrows then Enter) see the latest position
  const [cursor, setShown] = useState(0);
  const n = props.items.length;
  const w = useWords();
  if (at.current >= n && n > 0) at.current = n - 1; // the list got shorter (a filter)
  const setCursor = (f: (c: number) => number) => {
    at.current = n ? f(at.current) : 0;
    setShown(at.current);
  };
  useKeys((e) => {
    if (isKey(e, 'up')) setCursor((c) => (c + n - 1) % n);
    else if (isKey(e, 'down')) setCursor((c) => (c + 1) % n);
    else if (isKey(e, 'pageup')) setCursor((c) => Math.max(0, c - (props.rows ?? 10)));
    else if (isKey(e, 'pagedown')) setCursor((c) => Math.min(n - 1, c + (props.rows ?? 10)));
    else if (isKey(e, 'return')) {
      const item = props.items[at.current];
      e.used = true;
      if (item) props.onPick(item.id);
    } else if (props.digits !== false && e.kind === 'text' && /^[1-9]$/.test(e.text)) {
      const item = props.items[Number(e.text) - 1];
      if (item) {
        e.used = true;
        setCursor(() => Number(e.text) - 1);
        props.onPick(item.id);
      }
    }
  }, props.active !== false);
  const shownCursor = Math.min(cursor, Math.max(0, n - 1));
  const [from, to] = listWindow(n, shownCursor, props.rows ?? n);
  return (
    <Box flexDirection="column">
      {from > 0 ? <Tx dim>{`  ↑ ${w.more(from)}`}</Tx> : null}
      {props.items.slice(from, to).map((item, k) => {
        const i = from + k;
        const number = props.digits !== false && i < 9 ? `${i + 1}. ` : '';
        return (
          <Para key={item.id}>
            {i === shownCursor ? (
              <Tx color="cyan" bold>
                {'❯ '}
              </Tx>
            ) : (
              '  '
            )}
            {i === shownCursor ? <Tx bold>{`${number}${item.label}`}</Tx> : `${number}${item.label}`}
          </Para>
        );
      })}
      {to < n ? <Tx dim>{`  ↓ ${w.more(n - to)}`}</Tx> : null}
    </Box>
  );
}
