import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../app/typography.ts';
import { colorEnabled, colorLevel } from '../../terminal/color.ts';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drillLocale, environmentLocale, rememberLocale } from '../../terminal/locale.ts';
import { screenText, trimWrapped, wrapWords } from '../../terminal/ui/screen-text.ts';
import { notATerminal } from '../../terminal/tty.ts';

describe('text made safe and readable for the terminal', () => {
  it('control characters become U+FFFD one for one (a span still falls on its word)', () => {
    const hostile = 'a\u001b]0;T\u0007b\u009bc\td';
    const shown = screenText(hostile);
    expect(shown).toBe('a\uFFFD]0;T\uFFFDb\uFFFDc d');
    expect(shown).toHaveLength(hostile.length);
  });

  it('French punctuation keeps its no-break space, so "?" and "»" never start a line', () => {
    expect(frenchSpacing('« Tu es là ? » Oui : bien ; ok !')).toBe(
      '«\u00a0Tu es là\u00a0?\u00a0» Oui\u00a0: bien\u00a0; ok\u00a0!',
    );
    expect(screenText('Vous : ok ?', 'fr')).toBe('Vous\u00a0: ok\u00a0?');
    expect(screenText('You : ok ?', 'en')).toBe('You : ok ?');
    expect(frenchSpacing('https://x.fr/a:b')).toBe('https://x.fr/a:b');
  });

  it('a wrapped line after the first loses the space left at its start, colours kept', () => {
    expect(trimWrapped(' word', 1)).toBe('word');
    expect(trimWrapped('\u001b[33m word', 2)).toBe('\u001b[33mword');
    expect(trimWrapped('  indented first line', 0)).toBe('  indented first line');
  });
});

describe('colours, decided once', () => {
  it('a CI variable does not switch colours off; NO_COLOR, FORCE_COLOR=0, TERM=dumb and pipes do', () => {
    const tty = { isTTY: true };
    expect(colorLevel({ CI: '1', TERM: 'xterm-256color' }, tty)).toBe('2');
    expect(colorLevel({ CI: 'true', TERM: 'xterm', COLORTERM: 'truecolor' }, tty)).toBe('3');
    expect(colorLevel({ TERM: 'xterm' }, tty)).toBe('1');
    expect(colorLevel({ NO_COLOR: '1', TERM: 'xterm' }, tty)).toBe('0');
    expect(colorEnabled({ FORCE_COLOR: '0', TERM: 'xterm' }, tty)).toBe(false);
    expect(colorEnabled({ TERM: 'dumb' }, tty)).toBe(false);
    expect(colorEnabled({ TERM: 'xterm' }, { isTTY: false })).toBe(false);
  });
});

describe('one language per drill', () => {
  it('--lang, else the saved one, else LC_ALL / LC_MESSAGES / LANG, else English', () => {
    const env = { XDG_CONFIG_HOME: '/nonexistent-rehearse-config' };
    expect(drillLocale('en', { ...env, LANG: 'fr_FR.UTF-8' })).toEqual({ locale: 'en', from: 'option' });
    expect(drillLocale(undefined, { ...env, LANG: 'fr_FR.UTF-8' })).toEqual({ locale: 'fr', from: 'environment' });
    expect(drillLocale(undefined, { ...env, LANG: 'de_DE.UTF-8' })).toEqual({ locale: 'en', from: 'default' });
    expect(environmentLocale({ LANG: 'en_GB.UTF-8', LC_ALL: 'fr_CA.UTF-8' })).toBe('fr');
  });

  it('remembers --lang in config.json, keeping the other settings; never rewrites a broken config', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-config-'));
    try {
      const env = { XDG_CONFIG_HOME: dir, LANG: 'en_GB.UTF-8' };
      const file = join(dir, 'rehearse', 'config.json');
      mkdirSync(join(dir, 'rehearse'));
      writeFileSync(file, JSON.stringify({ lrs: { endpoint: 'https://lrs.example/xapi/' } }));
      expect(rememberLocale('fr', env)).toBeNull();
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
        lrs: { endpoint: 'https://lrs.example/xapi/' },
        lang: 'fr',
      });
      expect(drillLocale(undefined, env)).toEqual({ locale: 'fr', from: 'saved' });
      writeFileSync(file, '{ broken');
      expect(rememberLocale('en', env)).toMatch(/config\.json is left as it is/);
      expect(readFileSync(file, 'utf8')).toBe('{ broken');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('interactive commands need a terminal on both sides', () => {
  it('refuses a redirected output like a piped input, with the same pointer to `rehearse run`', () => {
    expect(notATerminal('drill', { isTTY: true }, { isTTY: true })).toBeNull();
    const refused = notATerminal('drill', { isTTY: true }, { isTTY: false })!;
    expect(refused).toMatch(
      /^rehearse drill: this command is interactive and needs a terminal \(standard output is not a TTY\)/,
    );
    expect(refused).toContain('use `rehearse run FILE --answers ANSWERS.yaml`');
    expect(notATerminal('drill', { isTTY: false }, { isTTY: true })).toContain('(standard input is not a TTY)');
  });
});

describe('a message written after the screen is left', () => {
  it('wraps at spaces to the terminal width, never inside a word nor at a French no-break space', () => {
    const text = screenText(
      'Exercice interrompu. Les questions auxquelles vous avez répondu sont enregistrées dans votre progression : gardées.',
      'fr',
    );
    const lines = wrapWords(text, 100).split('\n');
    expect(lines).toEqual([
      'Exercice interrompu. Les questions auxquelles vous avez répondu sont enregistrées dans votre',
      'progression\u00a0: gardées.',
    ]);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThan(100);
    expect(wrapWords('short one', 80)).toBe('short one');
    const saved = 'Session enregistrée. Pour la reprendre : rehearse play --resume s03-deepfake-fr';
    expect(wrapWords(saved, 60, 'rehearse play --resume s03-deepfake-fr')).toBe(
      'Session enregistrée. Pour la reprendre :\nrehearse play --resume s03-deepfake-fr',
    ); // the command to copy stays on one line
  });
});
