/** The menu of `rehearse` without arguments: drill, play, progress, validate, quit. */
import { Box } from 'ink';
import { ChoiceList } from './choice-list.tsx';
import { Tx } from './theme.tsx';
import { useWords } from './words.ts';

/** What the menu can start. */
export type MenuChoice = 'drill' | 'play' | 'progress' | 'validate' | 'quit';

const CHOICES: MenuChoice[] = ['drill', 'play', 'progress', 'validate', 'quit'];

/** The menu screen, in the language of the screens (`WordsContext`); `onPick` gets the choice. */
export function Menu({ onPick }: { onPick: (c: MenuChoice) => void }) {
  const w = useWords();
  const items = CHOICES.map((id) => ({ id, label: w.menuItems[id] }));
  return (
    <Box flexDirection="column">
      <Tx bold>━━ Rehearse ━━</Tx>
      <Tx dim>{w.menuTagline}</Tx>
      <Box marginTop={1}>
        <ChoiceList items={items} onPick={(id) => onPick(id as MenuChoice)} />
      </Box>
      <Tx dim>{w.menuKeys}</Tx>
    </Box>
  );
}
