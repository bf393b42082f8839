/** The bundled scenarios to pick one to play: type to filter (title, id, language, setting), ↑↓ + Enter. */
import { useRef, useState } from 'react';
import { Box, useStdout } from 'ink';
import type { Scenario } from '../../engine/types.ts';
import { ChoiceList } from './choice-list.tsx';
import { edit, EMPTY_LINE, type Line } from './line-edit.ts';
import { Para, Tx } from './theme.tsx';
import { isKey, useKeys } from './use-keys.ts';
import { useWords, type Words } from './words.ts';

/** What the picker shows of a scenario (a bundled library's index entry is enough). */
export type PickerScenario = Pick<Scenario, 'id' | 'title' | 'locale' | 'setting' | 'minutes'>;

/** Rows the picker leaves for its title, filter and help lines. */
const CHROME_ROWS = 7;

/** The label of a scenario in the list; `waiting`: an interrupted session of it can be continued. */
export function pickerLabel(s: PickerScenario, waiting: boolean, w: Words): string {
  const facts = `${s.locale}, ${s.setting}${s.minutes ? `, ~${s.minutes} min` : ''}`;
  return `${s.title}  (${facts})${waiting ? `  ${w.interrupted}` : ''}`;
}

/** The scenarios whose title, id, language or setting hold every word of `filter` (case and accents ignored). */
export function filterScenarios<T extends PickerScenario>(scenarios: readonly T[], filter: string): T[] {
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

/**
 * The picker, in the language of the screens (`WordsContext`); `onPick` gets the chosen scenario's id;
 * `waiting` are the ids with an interrupted session.
 */
export function ScenarioPicker(props: {
  scenarios: readonly PickerScenario[];
  onPick: (id: string) => void;
  waiting?: ReadonlySet<string>;
}) {
  const line = useRef<Line>(EMPTY_LINE);
  const [filter, setFilter] = useState<Line>(EMPTY_LINE);
  const { stdout } = useStdout();
  const w = useWords();
  useKeys((e) => {
    if (isKey(e, 'up') || isKey(e, 'down') || isKey(e, 'return') || isKey(e, 'pageup') || isKey(e, 'pagedown')) return;
    const next = edit(line.current, e);
    if (next) setFilter((line.current = next));
  });
  const shown = filterScenarios(props.scenarios, filter.text);
  const items = shown.map((s) => ({ id: s.id, label: pickerLabel(s, props.waiting?.has(s.id) === true, w) }));
  const rows = Math.max(3, (stdout?.rows || 24) - CHROME_ROWS);
  return (
    <Box flexDirection="column">
      <Tx bold>{`━━ ${w.pickTitle(shown.length, props.scenarios.length)} ━━`}</Tx>
      <Para>
        <Tx color="cyan">{w.filter}</Tx>
        {filter.text}
        <Tx color="cyan">▌</Tx>
      </Para>
      {props.scenarios.length === 0 ? <Tx color="yellow">{w.noneBundled}</Tx> : null}
      {props.scenarios.length > 0 && !items.length ? <Tx color="yellow">{w.noneMatches}</Tx> : null}
      {items.length ? (
        <ChoiceList key={filter.text} items={items} onPick={props.onPick} digits={false} rows={rows} />
      ) : null}
      <Tx dim>{w.pickKeys}</Tx>
    </Box>
  );
}
