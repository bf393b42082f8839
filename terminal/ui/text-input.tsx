/** A one-line text input for free answers: type, Backspace, Enter sends. */
import { useRef, useState } from 'react';
import { Text, useInput } from 'ink';
import { Tx } from './theme.tsx';

/** The input; `onSubmit` gets the text and returns true when it was accepted (then the field clears). */
export function TextInput(props: { onSubmit: (text: string) => boolean; placeholder?: string; active?: boolean }) {
  // A ref as well as state: keys that arrive in one chunk ("hello\r") are handled before React re-renders.
  const value = useRef('');
  const [shown, setShown] = useState('');
  const set = (v: string) => {
    value.current = v;
    setShown(v);
  };
  useInput(
    (input, key) => {
      if (key.return) {
        if (props.onSubmit(value.current)) set('');
        return;
      }
      if (key.backspace || key.delete) return set(Array.from(value.current).slice(0, -1).join(''));
      if (
        key.ctrl ||
        key.meta ||
        key.escape ||
        key.tab ||
        key.upArrow ||
        key.downArrow ||
        key.leftArrow ||
        key.rightArrow
      )
        return;
      // A chunk typed or pasted at once may hold Enter ("hello\r"): each line break sends what precedes it.
      const parts = input.split(/\r\n|\r|\n/);
      parts.forEach((part, i) => {
        if (i > 0 && props.onSubmit(value.current)) set('');
        if (part) set(value.current + part);
      });
    },
    { isActive: props.active !== false },
  );
  return (
    <Text>
      <Tx color="cyan" bold>
        {'> '}
      </Tx>
      {shown === '' && props.placeholder ? <Tx dim>{props.placeholder}</Tx> : shown}
      <Tx color="cyan">▌</Tx>
    </Text>
  );
}
