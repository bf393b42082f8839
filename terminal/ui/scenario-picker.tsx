/** A list of the bundled scenarios to pick one to play. */
import { Box } from 'ink';
import type { Scenario } from '../../engine/types.ts';
import { ChoiceList } from './choice-list.tsx';
import { Tx } from './theme.tsx';

/** The picker; `onPick` gets the chosen scenario's id. */
export function ScenarioPicker({ scenarios, onPick }: { scenarios: Scenario[]; onPick: (id: string) => void }) {
  const items = scenarios.map((s) => ({
    id: s.id,
    label: `${s.title}  (${s.locale}, ${s.setting}${s.minutes ? `, ~${s.minutes} min` : ''})`,
  }));
  return (
    <Box flexDirection="column">
      <Tx bold>━━ Choose a scenario ━━</Tx>
      {items.length ? <ChoiceList items={items} onPick={onPick} /> : <Tx color="yellow">No scenario is bundled.</Tx>}
      <Tx dim>↑↓ + Enter or a digit (1–9) · Ctrl-C: quit</Tx>
    </Box>
  );
}
