/**
 * Colour on or off for the whole Ink tree, and the text components every screen draws with: each
 * string they are given goes through `screenText` (no control character reaches the terminal;
 * French punctuation kept on its line), and a paragraph's wrapped lines never start with a space.
 */
import { Children, createContext, useContext, type ReactNode } from 'react';
import { Box, Text, Transform } from 'ink';
import type { Piece } from './highlight.ts';
import { screenText, trimWrapped } from './screen-text.ts';
import { useWords } from './words.ts';

/** True when colours and styles may be drawn. */
export const ColorContext = createContext<boolean>(false);

/** True inside a paragraph: a text there is part of its line, not a block of its own. */
const InlineContext = createContext<boolean>(false);

export { colorEnabled } from '../color.ts';

type Style = { color?: string; bold?: boolean; dim?: boolean; inverse?: boolean; underline?: boolean };

/** The children with every string made safe for the screen, in the language of the screen. */
function useSafeChildren(children: ReactNode): ReactNode {
  const { locale } = useWords();
  return Children.map(children, (c) => (typeof c === 'string' ? screenText(c, locale) : c));
}

/** A paragraph (or a line) of text: its strings made safe, its wrapped lines trimmed; style dropped without colour. */
export function Para(props: Style & { children?: ReactNode }) {
  const color = useContext(ColorContext);
  const children = useSafeChildren(props.children);
  const style = color
    ? { color: props.color, bold: props.bold, dimColor: props.dim, inverse: props.inverse, underline: props.underline }
    : {};
  return (
    <InlineContext.Provider value={true}>
      <Transform transform={trimWrapped}>
        <Text {...style}>{children}</Text>
      </Transform>
    </InlineContext.Provider>
  );
}

/** The spaces a block text starts with: drawn as a margin, so that its wrapped lines are indented too. */
function indentOf(children: ReactNode): number {
  return typeof children === 'string' ? /^ */.exec(children)![0].length : 0;
}

/**
 * Text whose colour and weight are dropped when colours are off; a paragraph of its own outside one,
 * its leading spaces drawn as a margin (its wrapped lines keep the indent).
 */
export function Tx(props: Style & { children?: ReactNode }) {
  const color = useContext(ColorContext);
  const inline = useContext(InlineContext);
  const children = useSafeChildren(props.children);
  if (!inline) {
    const indent = indentOf(props.children);
    if (!indent) return <Para {...props} />;
    return (
      <Box marginLeft={indent}>
        <Para {...props}>{(props.children as string).slice(indent)}</Para>
      </Box>
    );
  }
  if (!color) return <Text>{children}</Text>;
  return (
    <Text
      color={props.color}
      bold={props.bold}
      dimColor={props.dim}
      inverse={props.inverse}
      underline={props.underline}
    >
      {children}
    </Text>
  );
}

/** An answer with its matched words highlighted: underlined in yellow in colour, [in brackets] in plain text. */
export function Highlighted({ pieces }: { pieces: Piece[] }) {
  const color = useContext(ColorContext);
  const { locale } = useWords();
  return (
    <Text>
      {pieces.map((p, i) => {
        const text = screenText(p.text, locale);
        if (!p.hit) return text;
        return color ? (
          <Text key={i} color="yellow" bold underline>
            {text}
          </Text>
        ) : (
          `[${text}]`
        );
      })}
    </Text>
  );
}
