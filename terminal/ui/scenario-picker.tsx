/** The bundled scenarios to pick one to play: type to filter (title, id, language, setting), ↑↓ + Enter. */
import { useRef, useState } from 'react';
import { Box, useStdout } from 'ink';
import type { Scenario } from '../../engine/types.ts';
import { ChoiceList } from './choice-list.tsx';
import { edit, EMPTY_LINE, type Line } from './line-edit.ts';
import { Para, Tx } from './theme.tsx';
import { isKey, useKeys } from './use-keys.ts';

/** Rows the picker leaves for its title, filter and help lines. */
const CHROME_ROWS = 7;

/** The label of a scenario in the list; `waiting`: an interrupted session of it can be continued. */
export function pickerLabel(s: Scenario, waiting: boolean): string {
  const facts = `${s.locale}, ${s.setting}${s.minutes ? `, ~${s.minutes} min` : ''}`;
  return `${s.title}  (${facts})${waiting ? '  ↺ interrupted: continues where you left it' : ''}`;
}

/** The scenarios whose title, id, language or setting hold every word of `filter` (case and accents ignored). */
export function filterScenarios(scenarios: readonly Scenario[], filter: string): Scenario[] {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
  const words = fold(filter).split(/\s+/).filter(Boolean);
  return scenarios.filter((s) => {
    const hay = fold(`${s.title} ${s.id} ${s.locale} ${s.setting}`);
    return words.every((w) => hay.includes(w));
  });
}

/** The picker; `onPick` gets the chosen scenario's id; `waiting` are the ids with an interrupted session. */
export function ScenarioPicker(props: {
  scenarios: Scenario[];
  onPick: (id: string) => void;
  waiting?: ReadonlySet<string>;
}) {
  const line = useRef<Line>(EMPTY_LINE);
  const [filter, setFilter] = useState<Line>(EMPTY_LINE);
  const { stdout } = useStdout();
  useKeys((e) => {
    if (isKey(e, 'up') || isKey(e, 'down') || isKey(e, 'return') || isKey(e, 'pageup') || isKey(e, 'pagedown')) return;
    const next = edit(line.current, e);
    if (next) setFilter((line.current = next));
  });
  const shown = filterScenarios(props.scenarios, filter.text);
  const items = shown.map((s) => ({ id: s.id, label: pickerLabel(s, props.waiting?.has(s.id) === true) }));
  const rows = Math.max(3, (stdout?.rows || 24) - CHROME_ROWS);
  return (
    <Box flexDirection="column">
      <Tx bold>{`━━ Choose a scenario (${shown.length} of ${props.scenarios.length}) ━━`}</Tx>
      <Para>
        <Tx color="cyan">{'Filter: '}</Tx>
        {filter.text}
        <Tx color="cyan">▌</Tx>
      </Para>
      {props.scenarios.length === 0 ? <Tx color="yellow">No scenario is bundled.</Tx> : null}
      {props.scenarios.length > 0 && !items.length ? <Tx color="yellow">No scenario matches this filter.</Tx> : null}
      {items.length ? (
        <ChoiceList key={filter.text} items={items} onPick={props.onPick} digits={false} rows={rows} />
      ) : null}
      <Tx dim>Type to filter (e.g. "fr call", "s04") · ↑↓ + Enter: play · Ctrl-C: quit</Tx>
    </Box>
  );
}
