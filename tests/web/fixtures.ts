/** Scenarios for the web tests, built in TypeScript in the loader's output shape. */
import type { Scenario } from '../../engine/types.ts';
import { buildScenario, choice, crit, free } from '../fixtures/build-scenario.ts';

/** An English chat scenario: a free prompt with a critical criterion, then a choice. Its text holds HTML. */
export function chatScenario(): Scenario {
  const s = buildScenario({
    id: 'photo-chat',
    locale: 'en',
    competencies: { listening: 'Listening', safety: 'Safety advice' },
    characters: { sam: { name: 'Sam' } },
    outcomes: { ok: 'Sam has a plan' },
    nodes: {
      hello: free(
        [
          crit('welcome', ['did well to write', 'take your time'], {
            competency: 'listening',
            points: 2,
            feedback: 'Reassure first.',
          }),
          crit('blame', ['your fault'], {
            competency: 'listening',
            points: -3,
            critical: 'Blaming the child',
            feedback: 'Never blame.',
          }),
          crit('listen', ['i am listening'], { competency: 'listening', points: 1, feedback: 'Say that you listen.' }),
        ],
        'advice',
        {
          say: [{ sam: 'hi <b>bold</b> <script>window.hacked=1</script>' }],
          ask: { prompt: 'Welcome Sam.', seconds: 30, model: 'You did well to write, I am listening.' } as never,
        },
      ),
      advice: choice(
        [
          {
            id: 'dont_send',
            text: "Don't send anything.",
            competency: 'safety',
            points: 2,
            feedback: 'Right: nothing to send.',
            goto: 'done',
          },
          {
            id: 'send',
            text: 'Send one photo.',
            competency: 'safety',
            points: -2,
            critical: 'Advising to send',
            feedback: 'Never advise this.',
            goto: 'done',
          },
        ],
        { say: [{ sam: 'should i send it?' }] },
      ),
      done: { say: [{ sam: 'ok thanks' }], end: 'ok' },
    },
  });
  return {
    ...s,
    title: 'Chat: a photo <img src=x onerror=alert(1)>',
    setting: 'chat',
    summary: 'Sam, 13, writes to the chat.',
    content_notes: ['intimate images'],
    minutes: 5,
    debrief: { takeaways: ['Never advise sending'], resources: [{ label: 'Helpline', phone: '3018' }] },
  };
}

/** A French call scenario with a single choice. */
export function frenchCall(): Scenario {
  const s = buildScenario({
    id: 'appel-lucas',
    locale: 'fr',
    competencies: { safety: 'Sécurité' },
    nodes: {
      start: choice(
        [
          { id: 'refuse', text: 'Ne paie pas.', competency: 'safety', points: 3, goto: 'fin' },
          { id: 'pay', text: 'Paie.', competency: 'safety', points: -3, goto: 'fin' },
        ],
        { say: [{ lucas: 'Bonjour.' }] },
      ),
      fin: { end: 'ok' },
    },
  });
  return { ...s, title: 'Appel : chantage', setting: 'call', content_notes: ['chantage sexuel'], tags: ['sextorsion'] };
}
