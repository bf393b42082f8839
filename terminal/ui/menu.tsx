/** The menu of `rehearse` without arguments: drill, play, progress, validate, quit. */
import { Box } from 'ink';
import { ChoiceList } from './choice-list.tsx';
import { Tx } from './theme.tsx';

/** What the menu can start. */
export type MenuChoice = 'drill' | 'play' | 'progress' | 'validate' | 'quit';

const ITEMS: Array<{ id: MenuChoice; label: string }> = [
  { id: 'drill', label: 'Quick drill — 5 prompts, about five minutes' },
  { id: 'play', label: 'Play a whole scenario' },
  { id: 'progress', label: 'My progress' },
  { id: 'validate', label: 'Validate scenario files (rehearse validate)' },
  { id: 'quit', label: 'Quit' },
];

/** The menu screen; `onPick` gets the choice. */
export function Menu({ onPick }: { onPick: (c: MenuChoice) => void }) {
  return (
    <Box flexDirection="column">
      <Tx bold>━━ Rehearse ━━</Tx>
      <Tx dim>Role-play training for people who protect children online.</Tx>
      <Box marginTop={1}>
        <ChoiceList items={ITEMS} onPick={(id) => onPick(id as MenuChoice)} />
      </Box>
      <Tx dim>↑↓ + Enter or a digit · Ctrl-C: quit</Tx>
    </Box>
  );
}
