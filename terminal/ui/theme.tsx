/** Colour on or off for the whole Ink tree: plain text where the terminal has no colour. */
import { createContext, useContext, type ReactNode } from 'react';
import { Text } from 'ink';
import type { Piece } from './highlight.ts';

/** True when colours and styles may be drawn. */
export const ColorContext = createContext<boolean>(false);

export { colorEnabled } from '../color.ts';

/** Text whose colour and weight are dropped when colours are off. */
export function Tx(props: { color?: string; bold?: boolean; dim?: boolean; inverse?: boolean; children?: ReactNode }) {
  const color = useContext(ColorContext);
  if (!color) return <Text>{props.children}</Text>;
  return (
    <Text color={props.color} bold={props.bold} dimColor={props.dim} inverse={props.inverse}>
      {props.children}
    </Text>
  );
}

/** An answer with its matched words highlighted: reversed in colour, [in brackets] in plain text. */
export function Highlighted({ pieces }: { pieces: Piece[] }) {
  const color = useContext(ColorContext);
  return (
    <Text>
      {pieces.map((p, i) =>
        !p.hit ? (
          p.text
        ) : color ? (
          <Text key={i} color="yellow" bold underline>
            {p.text}
          </Text>
        ) : (
          `[${p.text}]`
        ),
      )}
    </Text>
  );
}
