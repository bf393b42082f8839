import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { attemptFromReport, serializeProgress } from '../../app/progress.ts';
import type { Report } from '../../engine/types.ts';
import { chatScenario } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.restoreAllMocks());

const report = (score: number): Report => ({
  scenario: 'photo-chat',
  ended: true,
  outcome: 'ok',
  score,
  passed: score >= 70,
  critical: false,
  criticals: [],
  competencies: { listening: { label: 'Listening', score, earned: 1, possible: 2 } },
  path: [],
  turns: [],
});
const attempt = (score: number, day: number) =>
  attemptFromReport(chatScenario(), report(score), `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`);

describe('progress', () => {
  it('sets a corrupt record aside with a notice and keeps the rest', async () => {
    const good = attempt(80, 20);
    const text = serializeProgress([good]).replace('"attempts": [', '"attempts": [{"v": 1, "id": 42},');
    window.localStorage.setItem('rehearse.progress', text);
    renderApp([chatScenario()], { hash: '#/progress' });
    await screen.findByRole('heading', { name: 'My progress' });
    expect(screen.getByRole('status').textContent).toMatch(
      /^One saved record could not be read\. The original is kept/,
    );
    expect(screen.getByRole('cell', { name: 'Chat: a photo <img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '80%' })).toBeTruthy();
    const aside = Object.keys(window.localStorage).filter((k) => k.startsWith('rehearse.progress.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(window.localStorage.getItem(aside[0]!)).toBe(text);
    expect(screen.getByRole('status').textContent).toContain(`For support: it is under the key ${aside[0]}.`);
    expect(JSON.parse(window.localStorage.getItem('rehearse.progress')!).attempts).toHaveLength(1);
  });

  it('survives saved progress that is not JSON at all', async () => {
    window.localStorage.setItem('rehearse.progress', '{{{ not json');
    renderApp([chatScenario()], { hash: '#/progress' });
    await screen.findByRole('heading', { name: 'My progress' });
    expect(screen.getByRole('status').textContent).toMatch(/could not be read/);
    expect(screen.getByText(/No attempt yet/)).toBeTruthy();
    const aside = Object.keys(window.localStorage).filter((k) => k.startsWith('rehearse.progress.corrupt-'));
    expect(aside.map((k) => window.localStorage.getItem(k))).toEqual(['{{{ not json']);
  });

  it('draws a chart per scenario and round-trips export and import', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem('rehearse.progress', serializeProgress([attempt(40, 20), attempt(90, 21)]));
    const { unmount } = renderApp([chatScenario()], { hash: '#/progress' });
    expect(
      await screen.findByRole('img', {
        name: 'Overall score of “Chat: a photo <img src=x onerror=alert(1)>” over time. 20 Nov 2026: 40%, 21 Nov 2026: 90%',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Listening. 20 Nov 2026: 40%, 21 Nov 2026: 90%' })).toBeTruthy();

    let blob: Blob | undefined;
    let downloaded = '';
    URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:progress'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download;
    });
    await user.click(screen.getByRole('button', { name: 'Export (JSON file)' }));
    expect(downloaded).toMatch(/^rehearse-progress-\d{4}-\d\d-\d\d\.json$/);
    const exported = await blob!.text();
    unmount();

    window.localStorage.clear();
    renderApp([chatScenario()], { hash: '#/progress' });
    expect(await screen.findByText(/No attempt yet/)).toBeTruthy();
    await user.upload(
      screen.getByLabelText('Import a JSON file'),
      new File([exported], 'progress.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('2 attempts imported.')).toBeTruthy();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
    await user.upload(
      screen.getByLabelText('Import a JSON file'),
      new File([exported], 'again.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('No new attempt imported. 2 attempts of the file were already there.')).toBeTruthy();
    await user.upload(
      screen.getByLabelText('Import a JSON file'),
      new File(['nope'], 'bad.json', { type: 'application/json' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is not a readable progress export: it is not JSON text.',
    );
    await user.upload(
      screen.getByLabelText('Import a JSON file'),
      new File([exported.slice(0, 300)], 'cut.json', { type: 'application/json' }),
    );
    const cut = exported.slice(0, 300).split('\n');
    expect((await screen.findByRole('alert')).textContent).toBe(
      `This file is not a readable progress export: its text breaks off at line ${cut.length}, column ${cut.at(-1)!.length + 1} (was it cut short?).`,
    );
    const mixed = serializeProgress([attempt(55, 25)]).replace('"attempts": [', '"attempts": [{"v": 2},');
    await user.upload(
      screen.getByLabelText('Import a JSON file'),
      new File([mixed], 'mixed.json', { type: 'application/json' }),
    );
    expect((await screen.findByText(/^1 attempt imported\./)).textContent).toBe(
      '1 attempt imported. One record of the file was set aside:',
    );
    expect(screen.getByText('record 1: it was written by another version of Rehearse (2)')).toBeTruthy();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4);
  });
});
