import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { attemptFromReport, serializeProgress } from '../../app/progress.ts';
import { addAnswers, reviewFor } from '../../app/review/answers.ts';
import { serializeReview } from '../../app/review/format.ts';
import { play } from '../../engine/testing.ts';
import { attempt, progressExport, SOURCE } from '../app/review-fixtures.ts';
import { chatScenario } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

beforeEach(() => window.localStorage.clear());

const file = (text: string, name: string) => new File([text], name, { type: 'application/json' });
const EXPORT = progressExport(
  ...["Tu as bien fait d'appeler.", 'Bonjour, raconte.', "Je t'écoute."].map((t, i) =>
    attempt(`webcam-blackmail-call@${i}`, [['opening', t]]),
  ),
);

describe('the trainer review screen', () => {
  it('reviews by keyboard: the engine’s verdict, a flip, agree and the next answer, the figures', async () => {
    const user = userEvent.setup();
    renderApp([chatScenario()], { hash: '#/review' });
    await screen.findByRole('heading', { name: 'Trainer review' }, { timeout: 15_000 });
    await user.upload(screen.getByLabelText('Open the scenario (YAML)'), file(SOURCE, 'contract-example.yaml'));
    await user.upload(screen.getByLabelText('Add progress exports or reviews (JSON)'), file(EXPORT, 'trainee.json'));
    expect(screen.getByRole('status').textContent).toBe('trainee.json: 3 new answers from 3 attempts.');
    expect(screen.getByText(/Answer 1 of 3 at this prompt/)).toBeTruthy();
    const welcome = () => screen.getAllByRole('listitem').find((li) => li.textContent?.includes('welcome'))!;
    expect(welcome().textContent).toContain('Engine: ✓ met · You: ✓ met');
    await user.keyboard('1');
    expect(welcome().textContent).toContain('Engine: ✓ met · You: ✗ not met — you corrected the engine');
    await user.keyboard('{Enter}');
    expect(screen.getByText(/Answer 2 of 3 at this prompt/)).toBeTruthy();
    expect(screen.getByText(/1 of 3 answers reviewed by you/)).toBeTruthy();
    const row = screen.getByRole('row', { name: /^welcome/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '0 % · κ 0.00 · AC1 -1.00', '—', '1 of 1']);
    expect(screen.getByText('The engine differs')).toBeTruthy();
  });

  it('keeps the review through a reload, and says why a scenario file does not load', async () => {
    const user = userEvent.setup();
    const first = renderApp([chatScenario()], { hash: '#/review' });
    await screen.findByRole('heading', { name: 'Trainer review' }, { timeout: 15_000 });
    await user.upload(screen.getByLabelText('Open the scenario (YAML)'), file(SOURCE, 'contract-example.yaml'));
    await user.upload(screen.getByLabelText('Add progress exports or reviews (JSON)'), file(EXPORT, 'trainee.json'));
    await user.keyboard('{Enter}');
    first.unmount();
    renderApp([chatScenario()], { hash: '#/review' });
    expect(await screen.findByText(/1 of 3 answers reviewed by you/)).toBeTruthy();
    await user.upload(screen.getByLabelText('Open the scenario (YAML)'), file('format: 1\nid: [', 'broken.yaml'));
    expect(screen.getByRole('alert').textContent).toMatch(
      /This scenario file does not load:broken\.yaml:\d+:\d+: error RH001/,
    );
    expect(screen.getByText(/1 of 3 answers reviewed by you/)).toBeTruthy();
  });
});

describe("the trainee's side", () => {
  it("imports the trainer's review on My progress and reads the correction in the attempt's debrief", async () => {
    const user = userEvent.setup();
    const scenario = chatScenario();
    const { report } = play(scenario, ['hello there', 'dont_send']);
    window.localStorage.setItem(
      'rehearse.progress',
      serializeProgress([attemptFromReport(scenario, report, '2026-11-20T10:00:00.000Z')]),
    );
    const { review } = addAnswers(reviewFor(scenario, JSON.stringify(scenario)), scenario, [
      { node: 'hello', text: 'hello there', source: { kind: 'progress', ref: 'x' } },
    ]);
    review.reviewers.push({
      id: 'r1',
      name: 'Alice',
      verdicts: {
        [review.answers[0]!.id]: { welcome: { met: true, comment: 'A warm hello counts.' }, blame: { met: false } },
      },
    });
    renderApp([scenario], { hash: '#/progress' });
    await screen.findByRole('heading', { name: 'My progress' });
    await user.upload(screen.getByLabelText('Import a JSON file'), file(serializeReview(review), 'review.json'));
    expect(screen.getByRole('status').textContent).toMatch(
      /review was imported: one correction or comment on 1 of the answers\. Open a debrief to read it\./,
    );
    expect(window.localStorage.getItem('rehearse.trainerReviews')).not.toContain('hello there');
    await user.click(screen.getByRole('button', { name: 'Open the debrief' }));
    const item = await screen.findByText(/Trainer Alice: met/);
    expect(item.closest('li')!.textContent).toMatch(/Reassure first\. Trainer Alice: met — “A warm hello counts\.”/);
    await user.click(screen.getByRole('button', { name: 'Back to my progress' }));
    expect(screen.getByRole('heading', { name: 'My progress' })).toBeTruthy();
  });
});
