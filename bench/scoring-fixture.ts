/**
 * A realistic free prompt for the scoring benchmark: 10 criteria with concepts, in French and in
 * English, and answers of about 200 characters typed the way trainees type them.
 */
import type { Locale } from '../engine/types.ts';

const FR = {
  concepts: `  pay: ["payer", "verser de l'argent", "envoyer de l'argent", "faire un virement", "carte cadeau"]
  fault: ["pas ta faute", "tu y es pour rien", "c'est lui le responsable", "tu n'as rien fait de mal"]
  proof: ["capture d'écran", "screen", "garder les messages", "noter le pseudo", "copier le lien"]`,
  criteria: [
    ['welcome', 'bien fait appeler', 'tu as eu raison', 'je suis là'],
    ['no_fault', '@fault', 'pas de honte'],
    ['no_pay', 'ne pas @pay', 'arrête de @pay'],
    ['stop', 'ne réponds plus', 'coupe le contact', 'arrête de parler'],
    ['proof', '@proof', 'preuves'],
    ['block', 'bloque après', 'bloquer le compte', 'signaler le compte'],
    ['safe', 'es-tu en sécurité', 'penses au suicide', 'envie de disparaître'],
    ['adult', 'adulte de confiance', 'en parler à tes parents'],
    ['service', '3018', 'faire retirer', 'demander le retrait'],
    ['blame', 'pourquoi tu as envoyé', "c'est de ta faute"],
  ],
  answers: [
    "Tu as bien fait d'appeler, c'est pas ta faute du tout. Surtout ne paie pas, ne réponds plus et fais des captures d'écran avant de bloquer. Est-ce que tu es en sécurité ce soir ?",
    "ok alors deja t'inquiete pas tu y es pour rien, le type c'est lui le responsable. tu lui envoies plus d'argent, tu gardes les messages et on peut faire retirer la video avec le 3018",
    "Je comprends que ce soit dur. Est-ce qu'il y a un adulte de confiance à qui tu pourrais en parler ce soir ? On va noter son pseudo, copier le lien du compte, puis le signaler ensemble.",
  ],
};

const EN = {
  concepts: `  pay: ["pay", "send money", "send gift cards", "transfer money"]
  fault: ["not your fault", "you did nothing wrong", "he is the one to blame", "no shame"]
  proof: ["screenshot", "save the messages", "note the username", "copy the link"]`,
  criteria: [
    ['welcome', 'glad you called', 'right to call', 'here for you'],
    ['no_fault', '@fault'],
    ['no_pay', "don't @pay", 'stop @pay'],
    ['stop', "don't reply", 'stop talking', 'cut contact'],
    ['proof', '@proof', 'evidence'],
    ['block', 'block after', 'report the account'],
    ['safe', 'are you safe', 'thinking about suicide', 'hurt yourself'],
    ['adult', 'trusted adult', 'tell your parents'],
    ['service', 'take it down', 'remove the video', 'ncmec'],
    ['blame', 'why did you send', 'your own fault'],
  ],
  answers: [
    "I'm really glad you called, and this is not your fault at all. Please don't pay him, don't reply any more, and take screenshots before you block the account. Are you safe tonight?",
    'ok so first dont worry you did nothing wrong, he is the one to blame. dont send him more money, save the messages and we can use take it down to get the video removed from sites',
    "That sounds so hard. Is there a trusted adult you could tell tonight? Let's note the username, copy the link to the account and then report the account together, step by step, ok?",
  ],
};

/** The YAML of a one-prompt scenario with 10 criteria in the given language. */
export function scoringScenario(locale: Locale): string {
  const d = locale === 'fr' ? FR : EN;
  const criteria = d.criteria
    .map(([id, ...phrases], i) =>
      [
        `          - id: ${id}`,
        `            competency: ${i < 5 ? 'safety' : 'care'}`,
        `            points: ${id === 'blame' ? -3 : 2}`,
        `            match: [${phrases.map((p) => JSON.stringify(p)).join(', ')}]`,
      ].join('\n'),
    )
    .join('\n');
  return `format: 1
id: bench-scoring-${locale}
title: Scoring bench
locale: ${locale}
setting: call
characters:
  theo: { name: Theo }
competencies:
  safety: Safety
  care: Care
concepts:
${d.concepts}
outcomes:
  done: Done
start: ask
nodes:
  ask:
    ask:
      free:
        criteria:
${criteria}
        next:
          - goto: end
  end:
    end: done
`;
}

/** Realistic answers of about 200 characters in the given language. */
export function scoringAnswers(locale: Locale): string[] {
  return (locale === 'fr' ? FR : EN).answers;
}
