import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/load/index.ts';
import { parseCondition } from '../../engine/condition/index.ts';

const text = readFileSync(new URL('../fixtures/contract-example.yaml', import.meta.url), 'utf8');
const cond = (src: string) => {
  const p = parseCondition(src);
  if (!p.ok) throw new Error(p.message);
  return { src, expr: p.expr };
};

describe('the contract example of SCENARIO-FORMAT.md', () => {
  const { scenario, diagnostics } = loadScenario(text, 'contract-example.yaml');
  it('validates with no error; its only diagnostic is the RH044 warning on no_blame (only a -3 criterion)', () => {
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`)).toEqual([
      '14:3 warning RH044: no criterion or option can earn points in competency "no_blame"',
    ]);
    expect(scenario).not.toBeNull();
  });
  it('top level: defaults, competencies with weights, the narrator, concepts, outcomes', () => {
    const s = scenario!;
    expect({
      format: s.format,
      id: s.id,
      locale: s.locale,
      setting: s.setting,
      pass: s.pass,
      minutes: s.minutes,
      start: s.start,
      tags: s.tags,
    }).toEqual({
      format: 1,
      id: 'webcam-blackmail-call',
      locale: 'fr',
      setting: 'call',
      pass: 70,
      minutes: 8,
      start: 'opening',
      tags: [],
    });
    expect({ ...s.competencies }).toEqual({
      listening: { label: 'Écoute et accueil', weight: 1 },
      no_blame: { label: 'Déculpabiliser', weight: 2 },
      safety: { label: 'Conseils de sécurité', weight: 1 },
    });
    expect({ ...s.characters }).toEqual({
      narrator: { name: 'Narrator' },
      lucas: { name: 'Lucas', age: 15, role: 'caller' },
    });
    expect(Object.getPrototypeOf(s.nodes)).toBeNull();
    expect({ ...s.state }).toEqual({ trust: 1 });
    expect(s.concepts.pay).toEqual(['payer', "verser de l'argent", "envoyer de l'argent", 'faire un virement']);
    expect({ ...s.outcomes }).toEqual({ helped: 'Lucas repart avec un plan', hung_up: 'Lucas a raccroché' });
    expect(s.content_notes).toEqual(['chantage sexuel', 'images intimes']);
    expect(s.debrief).toEqual({
      takeaways: ['Ne jamais conseiller de payer', 'Garder les preuves avant de bloquer'],
      resources: [{ label: "Ligne d'écoute nationale", phone: '3018' }],
    });
  });
  it('lines: the shorthand, variants and a conditional line', () => {
    const s = scenario!;
    expect(s.nodes.opening!.say).toEqual([
      { who: 'lucas', text: ["Euh… bonjour. Je sais pas si j'appelle au bon endroit."] },
    ]);
    expect(s.nodes.story!.say).toEqual([
      {
        who: 'lucas',
        text: [
          "Il y a une fille qui m'a filmé pendant un appel vidéo…",
          "Quelqu'un m'a enregistré en vidéo, et maintenant…",
        ],
      },
      { who: 'lucas', text: ['Je peux te dire la suite ?'], when: cond('trust >= 2') },
    ]);
    expect(s.nodes.story!.say[1]!.when!.expr).toEqual({
      k: 'cmp',
      op: '>=',
      a: { k: 'var', name: 'trust' },
      b: { k: 'lit', value: 2 },
    });
  });
  it('the free prompt: criteria, critical reason, routes with conditions and set effects', () => {
    const ask = scenario!.nodes.opening!.ask!;
    expect(ask).toMatchObject({
      kind: 'free',
      prompt: "Accueillez l'appelant.",
      seconds: 30,
      model: "Tu es au bon endroit, tu as bien fait d'appeler. Je t'écoute.",
    });
    if (ask.kind !== 'free') throw new Error('free expected');
    expect(ask.criteria.map((c) => [c.id, c.competency, c.points, c.critical])).toEqual([
      ['welcome', 'listening', 2, undefined],
      ['blame', 'no_blame', -3, 'Culpabiliser la victime'],
    ]);
    expect(ask.next).toEqual([
      { when: cond('matched(welcome)'), set: { trust: { op: 'add', n: 1 } }, goto: 'story' },
      { goto: 'story' },
    ]);
    expect(ask.next[0]!.when!.expr).toEqual({ k: 'call', fn: 'matched', arg: 'welcome' });
  });
  it('the choice: shuffle, options with points and a critical reason; goto and end nodes', () => {
    const s = scenario!;
    const ask = s.nodes.story!.ask!;
    if (ask.kind !== 'choice') throw new Error('choice expected');
    expect(ask.shuffle).toBe(true);
    expect(ask.options).toEqual([
      {
        id: 'refuse',
        text: 'Surtout ne paie pas, et ne lui réponds plus.',
        competency: 'safety',
        points: 3,
        goto: 'evidence',
      },
      {
        id: 'pay',
        text: 'Paie, ça le fera peut-être taire.',
        competency: 'safety',
        points: -3,
        critical: 'Conseiller de payer',
        goto: 'hang_up',
      },
    ]);
    expect(s.nodes.evidence).toEqual({
      id: 'evidence',
      say: [{ who: 'lucas', text: ["D'accord."] }],
      goto: 'wrap_up',
      drill: false,
    });
    expect(s.nodes.wrap_up).toEqual({ id: 'wrap_up', say: [], end: 'helped', drill: false });
  });
  it('tests: answers in the three forms, expectations', () => {
    expect(scenario!.tests).toEqual([
      {
        name: 'good call',
        answers: ["Tu as bien fait d'appeler, je t'écoute.", 'refuse'],
        expect: { outcome: 'helped', passed: true, critical: false, path: ['opening', 'story', 'evidence', 'wrap_up'] },
      },
      {
        name: 'advising to pay fails',
        answers: [{ text: 'Bonjour.', seconds: 45 }, 'pay'],
        expect: { outcome: 'hung_up', passed: false, critical: true, score_max: 40 },
      },
    ]);
  });
});

describe('decisions where the contract is silent', () => {
  const base = text.replace('critical: "Culpabiliser la victime"', 'critical: true');
  it('critical: true takes the feedback as its reason, or "critical mistake"', () => {
    const s = loadScenario(base).scenario!;
    const ask = s.nodes.opening!.ask!;
    if (ask.kind !== 'free') throw new Error('free expected');
    expect(ask.criteria[1]!.critical).toBe('critical mistake');
    const withFeedback = loadScenario(
      base.replace('critical: true', 'critical: true\n            feedback: "Ne jamais culpabiliser."'),
    ).scenario!.nodes.opening!.ask!;
    expect(withFeedback.kind === 'free' && withFeedback.criteria[1]!.critical).toBe('Ne jamais culpabiliser.');
  });
  it('a number is accepted as text (phone: 3018)', () => {
    const s = loadScenario(text.replace('phone: "3018"', 'phone: 3018')).scenario!;
    expect(s.debrief.resources[0]!.phone).toBe('3018');
  });
  it('the line shorthand may carry a when', () => {
    const s = loadScenario(
      text.replace(`say: [ { lucas: "D'accord." } ]`, `say: [ { lucas: "D'accord.", when: "trust > 1" } ]`),
    ).scenario!;
    expect(s.nodes.evidence!.say).toEqual([{ who: 'lucas', text: ["D'accord."], when: cond('trust > 1') }]);
  });
});
