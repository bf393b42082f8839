import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chatScenario } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

/** A speech synthesis with these voices, recording what it is asked to say. */
function fakeSpeech(voices: Array<Partial<SpeechSynthesisVoice>>) {
  const said: Array<{ text: string; lang: string }> = [];
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = '';
      voice: unknown = null;
      constructor(public text: string) {}
    },
  );
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => voices,
    speak: (u: { text: string; lang: string }) => said.push({ text: u.text, lang: u.lang }),
    cancel: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  });
  return said;
}

async function start() {
  const user = userEvent.setup();
  renderApp([chatScenario()]);
  await user.click(screen.getByRole('link', { name: /Chat: a photo/ }));
  await user.click(screen.getByRole('button', { name: 'Start' }));
  return user;
}

describe('read-aloud of the character’s lines (issue 15)', () => {
  it('is off by default; switched on, it reads each new line with a voice of the device in the scenario language', async () => {
    const said = fakeSpeech([
      { name: 'Online', lang: 'en-GB', localService: false },
      { name: 'Device', lang: 'en-GB', localService: true },
    ]);
    const user = await start();
    const toggle = (await screen.findByRole('checkbox', { name: 'Read the lines aloud' })) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Take your time.{Enter}');
    expect(said).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Back one step' }));
    await user.click(toggle);
    expect(window.localStorage.getItem('rehearse.readAloud')).toBe('on');
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), '{Enter}');
    expect(said).toEqual([{ text: 'should i send it?', lang: 'en-GB' }]);
  });

  it('says so when the device has no voice of the language (an online voice would send the lines away)', async () => {
    const said = fakeSpeech([{ name: 'Online', lang: 'en-US', localService: false }]);
    window.localStorage.setItem('rehearse.readAloud', 'on');
    const user = await start();
    expect(screen.getByText(/No English voice is installed on this device/)).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Take your time.{Enter}');
    expect(said).toEqual([]);
  });
});

describe('answering on a touch screen (issue 15)', () => {
  it('Enter makes a new line and the Send button sends, as the hint says', async () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q === '(pointer: coarse)', media: q }));
    const user = await start();
    const box = screen.getByRole('textbox', { name: 'Your answer' }) as HTMLTextAreaElement;
    expect(screen.getByText('The Send button sends; Enter starts a new line.')).toBeTruthy();
    await user.type(box, 'Take your time.{Enter}I am listening.');
    expect(box.value).toBe('Take your time.\nI am listening.');
    expect(document.querySelector('.answer-item')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(document.querySelector('.answer-item .answer-text')!.textContent).toBe('Take your time.\nI am listening.');
  });
});
