/** A list of options picked with the arrows + Enter, or with their digit. */
import { useRef, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { Tx } from './theme.tsx';

/** One option to pick. */
export interface ChoiceItem {
  id: string;
  label: string;
}

/** The list; `onPick` receives the chosen id. */
export function ChoiceList(props: { items: ChoiceItem[]; onPick: (id: string) => void; active?: boolean }) {
  const at = useRef(0); // keys arriving in one chunk (arrows then Enter) see the latest position
  const [cursor, setShown] = useState(0);
  const setCursor = (f: (c: number) => number) => {
    at.current = f(at.current);
    setShown(at.current);
  };
  const n = props.items.length;
  useInput(
    (input, key) => {
      if (key.upArrow) setCursor((c) => (c + n - 1) % n);
      else if (key.downArrow) setCursor((c) => (c + 1) % n);
      else if (key.return) {
        const item = props.items[at.current];
        if (item) props.onPick(item.id);
      } else if (/^[1-9]$/.test(input)) {
        const item = props.items[Number(input) - 1];
        if (item) {
          setCursor(() => Number(input) - 1);
          props.onPick(item.id);
        }
      }
    },
    { isActive: props.active !== false },
  );
  return (
    <Box flexDirection="column">
      {props.items.map((item, i) => (
        <Text key={item.id}>
          {i === cursor ? (
            <Tx color="cyan" bold>
              {'❯ '}
            </Tx>
          ) : (
            '  '
          )}
          {i === cursor ? <Tx bold>{`${i + 1}. ${item.label}`}</Tx> : `${i + 1}. ${item.label}`}
        </Text>
      ))}
    </Box>
  );
}
