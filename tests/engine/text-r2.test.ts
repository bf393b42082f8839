/**
 * The matching rules of format revision 2, each example of ../shared/SCENARIO-FORMAT.md (steps 3 and 5,
 * "Keyword stuffing does not pay") both ways, and the cases the issue and the walkthroughs name.
 */
import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../engine/session/answer.ts';
import { analyse, matchCriterion } from '../../engine/text/index.ts';
import type { Criterion, FreeAsk, Locale } from '../../engine/types.ts';
import { crit, oneFree } from '../fixtures/build-scenario.ts';

/** Whether a criterion with this phrase (positive unless `points` says otherwise) matches the answer. */
function matches(phrase: string, answer: string, locale: Locale = 'fr', more: Partial<Criterion> = {}): boolean {
  const c = crit('c', [phrase], more);
  const s = oneFree([c], locale);
  return matchCriterion(s, c, analyse(answer, s)) !== null;
}
const mistake = { points: -3 } as const;
const critical = { points: -3, critical: 'grave' } as const;

/** The answer's words as "word", "!word" (negated), "~word" (reported), "^" when attributed. */
function show(text: string, locale: Locale): string {
  return analyse(text, locale)
    .map((t) => `${t.attributed ? '^' : ''}${t.reported ? '~' : t.neg ? '!' : ''}${t.word}`)
    .join(' ');
}

describe('r2 step 3 — negation scope: relative, conditional and quoted clauses are scopes of their own', () => {
  it('"quelqu\'un que tu ne connaissais pas" leaves "pourquoi tu as accepté" un-negated', () => {
    const a = "Pourquoi tu as accepté quelqu'un que tu ne connaissais pas ?";
    expect(matches('pourquoi tu as accepté', a, 'fr', critical)).toBe(true);
    expect(matches('ne pas accepter', a)).toBe(false);
  });
  it('a conditional clause keeps its negation: "appelle le 3114" holds, before or after it', () => {
    for (const a of [
      'Appelle le 3114 si tu te sens pas bien',
      'Si ça va pas, appelle le 3114',
      'Si ca va pas tu peux appeler le 3114 ou le 15.',
      'Si tu te sens pas bien appelle le 3114',
    ]) {
      expect(matches('appelle le 3114', a), a).toBe(true);
      expect(matches('ne pas appeler le 3114', a), a).toBe(false);
    }
  });
  it("a fronted condition without its comma ends at the main clause's subject: its negation stays there", () => {
    expect(show('si ta vie est en danger je vais pas rester les bras croisés', 'fr')).toBe(
      'si ta vie est danger !je !vais !rester !bras !croisés',
    );
    expect(show("quand il t'appelle tu réponds pas", 'fr')).toBe('quand il appelle !tu !réponds');
    expect(show("s'il écrit ne réponds pas", 'fr')).toBe('il écrit !réponds');
    expect(show('si tu veux pas en parler je comprends', 'fr')).toBe('!si !tu !veux !parler je comprends');
    expect(show('si tu ne veux pas parler', 'fr')).toBe('!si !tu !veux !parler');
    expect(show("if he comes back you don't open the door", 'en')).toBe('if he comes back !you !open !door');
    expect(show("if he writes again don't reply", 'en')).toBe('if he writes again !reply');
    expect(show("if you really don't want to", 'en')).toBe('!if !you !really !want');
    expect(show("if you and i don't talk", 'en')).toBe('if you !i !talk');
    // after a connector, and up to a demonstrative that opens the main clause
    expect(show("ok, deja si t'as pas de plan c'est plutot rassurant", 'fr')).toBe(
      'ok deja !si !as !plan est plutot rassurant',
    );
    expect(show("et apres si t'arrives pas a dormir tu peux regarder un dessin animé", 'fr')).toBe(
      'apres !si !arrives !dormir tu peux regarder dessin animé',
    );
    expect(show("if you think that is wrong, don't pay", 'en')).toBe('if you think that is wrong !pay');
    expect(show('et si ça va pas cette nuit y a le 3114', 'fr')).toBe('!si !ça !va !cette !nuit 3114');
    // "once" / « une fois (que) » open a time clause; "it" / "you" after a verb are its object
    expect(show("once someone's screenshotted it you can't get it back", 'en')).toBe(
      'once someone screenshotted it !you !get !it !back',
    );
    expect(show("une fois screen c'est mort tu la récupères jamais", 'fr')).toBe('fois screen est mort !tu !récupères');
    expect(show("une fois que c'est en ligne tu peux pas le récupérer", 'fr')).toBe(
      'fois que est ligne !tu !peux !récupérer',
    );
    expect(show("I told him once he can't do that", 'en')).toBe('!i !told !him !once !he !do !that');
    expect(show("Even if he posts it we'll have it down within the hour", 'en')).toBe(
      'even ^~if ^~he ^~posts ^~it we will have it down within hour',
    );
    expect(matches('en danger', 'si ta vie est en danger je vais pas rester les bras croisés')).toBe(true);
    expect(matches('comes back', "if he comes back you don't open the door", 'en')).toBe(true);
  });
  it('a condition whose main statement is negated weighs a choice and rejects it: no mistake in it', () => {
    const a = 'mais si tu retournes avec lui, il va pas supprimer, il aura encore plus de pouvoir.';
    expect(show(a, 'fr')).toBe('^si ^tu ^retournes ^avec ^lui !il !va !supprimer il aura encore plus pouvoir');
    expect(matches('retourne avec lui', a, 'fr', critical)).toBe(false);
    expect(matches('retourne avec lui', 'si tu retournes avec lui il va pas supprimer', 'fr', critical)).toBe(false);
    expect(matches('pay him', "if you pay him he won't stop", 'en', critical)).toBe(false);
    // a condition with a good outcome, advice on an accepted condition, a reproach in the past: read as before
    expect(matches('paies', 'si tu le paies il te laissera tranquille', 'fr', critical)).toBe(true);
    expect(
      matches(
        'si tu descends',
        "si tu descends reste devant l'immeuble, monte surtout pas dans sa voiture",
        'fr',
        critical,
      ),
    ).toBe(true);
    expect(matches('déshabillé', "si tu t'étais pas déshabillé on en serait pas là", 'fr', { ...critical })).toBe(
      false,
    );
    expect(show("si tu t'étais pas déshabillé on en serait pas là", 'fr')).toBe(
      '!si !tu !étais !déshabillé !on !serait',
    );
  });
  it("the relative after a negated cleft is what it denies: « ce n'est pas toi qui as fait une erreur »", () => {
    expect(show("Ce n'est pas toi qui as fait une erreur", 'fr')).toBe('!ce !est !toi !qui !as !fait !erreur');
    expect(show("c'est toi qui as fait une erreur", 'fr')).toBe('est toi qui as fait erreur');
    expect(matches('tu as fait une erreur', "Ce n'est pas toi qui as fait une erreur", 'fr', critical)).toBe(false);
  });
  it('« pour ne plus » is a purpose with its own negation; "reply no" says the word "no"', () => {
    expect(show('Efface la conversation pour ne plus la voir', 'fr')).toBe('efface conversation !pour !voir');
    expect(show('just reply no', 'en')).toBe('just reply');
    expect(show('just say no and block him', 'en')).toBe('just say block him');
    expect(show('there is no way', 'en')).toBe('!there !is !way');
  });
  it("a fronted relative's negation ends at the main verb after it", () => {
    expect(show("un type qu'elle ne connaissait pas l'attendait devant le club", 'fr')).toBe(
      'type !elle !connaissait attendait devant club',
    );
    expect(show('la fille qui ne lui a pas répondu est triste', 'fr')).toBe('fille !qui !lui !répondu est triste');
    expect(show('le garçon qui ne voulait pas payer a été menacé', 'fr')).toBe(
      'garçon !qui !voulait !payer été menacé',
    );
    expect(show('un ami qui ne va pas bien', 'fr')).toBe('ami !qui !va !bien');
    expect(show('le monsieur qui a pas le droit', 'fr')).toBe('monsieur !qui !droit');
  });
  it('English: "someone you\'d never met" is a relative clause; "why did you send" holds', () => {
    expect(matches('why did you send', "Why did you send it to someone you'd never met?", 'en', critical)).toBe(true);
    expect(
      matches(
        'why did you take your clothes off',
        "Why did you take your clothes off for someone you'd never met?",
        'en',
        critical,
      ),
    ).toBe(true);
    expect(matches('call Childline', "If you don't feel safe call Childline", 'en')).toBe(true);
    expect(matches('you can call Childline', 'If it gets too much you can call Childline', 'en')).toBe(true);
  });
  it("a quote is a scope: its marker does not reach out, the clause's does not reach in", () => {
    expect(show('Ne lui réponds pas « ok »', 'fr')).toBe('!lui !réponds ^ok');
    expect(show('dis-lui : « je ne paierai pas »', 'fr')).toBe('dis lui ^!je ^!paierai');
    expect(show('He wrote "pay or I post it" and', 'en')).toBe('he wrote ^pay ^or ^i ^post ^it');
  });
  it('an unclosed quote runs to the end of the answer', () => {
    expect(show('Il a écrit « paie sinon je publie', 'fr')).toBe('il écrit ^paie ^sinon ^je ^publie');
  });
});

describe('r2 step 3 — what a verb introduces is its own scope', () => {
  it('"Je te conseille de ne rien payer" advises not paying', () => {
    const a = 'Je te conseille de ne rien payer';
    expect(matches('ne pas payer', a)).toBe(true);
    expect(matches('payer', a, 'fr', critical)).toBe(false);
    expect(matches('je te conseille', a)).toBe(true);
  });
  it('a negated verb of thinking carries into its complement', () => {
    expect(matches('pas ta faute', 'Je ne pense pas que ce soit ta faute')).toBe(true);
    expect(matches("c'est ta faute", 'Je ne pense pas que ce soit ta faute', 'fr', critical)).toBe(false);
    expect(matches('not your fault', "I don't think it's your fault", 'en')).toBe(true);
    expect(matches("it's your fault", "I don't think it's your fault", 'en', critical)).toBe(false);
  });
  it('a negated verb of saying, advising or promising reports what it introduces: it matches neither way', () => {
    const a = "Je ne dis pas que c'est ta faute";
    expect(matches("c'est ta faute", a, 'fr', critical)).toBe(false);
    expect(matches('pas ta faute', a)).toBe(false);
    expect(matches('dire', a)).toBe(false); // the verb itself is negated
    expect(matches('ne pas dire', a)).toBe(true);
    const b = "I'm not saying you should pay";
    expect(matches('you should pay', b, 'en', critical)).toBe(false);
    expect(matches("don't pay", b, 'en')).toBe(false);
    expect(matches('pay', b, 'en')).toBe(false);
    expect(matches("I wouldn't tell you not to pay", "I wouldn't tell you not to pay", 'en')).toBe(true);
    expect(matches("don't pay", "I wouldn't tell you not to pay", 'en')).toBe(false);
  });
  it('"Je ne peux pas te promettre que personne ne le saura" is not a promise of secrecy', () => {
    const a = 'Je ne peux pas te promettre que personne ne le saura';
    expect(matches('personne ne le saura', a, 'fr', critical)).toBe(false);
    expect(matches('je te promets que personne ne le saura', a, 'fr', critical)).toBe(false);
    expect(matches('personne ne le saura', 'Promis, personne ne le saura', 'fr', critical)).toBe(true);
    expect(matches('nobody will know', "I can't promise nobody will ever know", 'en', critical)).toBe(false);
    expect(matches("I promise I won't tell", "I promise I won't tell anyone", 'en', critical)).toBe(true);
  });
});

describe('r2 step 3 — a contrastive "not you" / « pas toi » negates only what it sets apart', () => {
  it('after a statement with its copula, a short phrase after not / pas at the end of the clause', () => {
    expect(show("He's the one breaking the law here not you.", 'en')).toBe('he is one breaking law here !you');
    expect(show('the pic thing is him being a criminal not u', 'en')).toBe('pic thing is him being criminal !you');
    expect(show("c'est lui le coupable pas toi", 'fr')).toBe('est lui coupable !toi');
    expect(show('la honte est pour lui pas pour toi', 'fr')).toBe('honte est pour lui !pour !toi');
    expect(matches('breaking the law', "He's the one breaking the law here not you", 'en')).toBe(true);
    expect(matches("c'est pas ta faute", "c'est sa faute pas la tienne")).toBe(false);
  });
  it('no contrast without the copula, after a new subject, or when the copula is negated itself', () => {
    expect(show("t'envoies pas ta photo", 'fr')).toBe('!envoies !ta !photo');
    expect(show("c'est normal tu payes pas ta dette", 'fr')).toBe('!est !normal !tu !payes !ta !dette');
    expect(show("c'est pas ta faute", 'fr')).toBe('!est !ta !faute');
    expect(show("it's not your fault", 'en')).toBe('!it !is !your !fault');
  });
});

describe("r2 step 3 — a « c'est » typed without a stop after a negated statement starts its own", () => {
  it("« c pas ta faute c normal », « ils peuvent rien contre toi c'est sûr »", () => {
    expect(show('c pas ta faute c normal', 'fr')).toBe('!est !ta !faute est normal');
    expect(show("ils peuvent rien contre toi c'est sur", 'fr')).toBe('!ils !peuvent !contre !toi est sur');
    expect(show('va pas au lycee c surement un faux compte', 'fr')).toBe('!va !lycee est surement faux compte');
  });
  it('not after que, si, or a verb of saying or thinking', () => {
    expect(show('je pense pas c ta faute', 'fr')).toBe('!je !pense !est !ta !faute');
    expect(show("on ne sait même pas si c'est un mineur", 'fr')).toBe('!on !sait !même ^~si ^~est ^~mineur');
    expect(show("ce n'est pas parce que tu l'as envoyée que c'est ta faute", 'fr')).toBe(
      '!ce !est !parce que tu as envoyée !que !est !ta !faute',
    );
  });
});

describe('r2 step 3 — « ni » / "nor" goes on with the negation above it', () => {
  it('in what a negated verb introduces, « ni » does not negate a second time', () => {
    expect(show('je pense pas que ce soit ta faute ni celle de ta mère', 'fr')).toBe(
      '!je !pense !que !ce !soit !ta !faute !celle !ta !mère',
    );
    expect(show('je veux pas que tu paies ni que tu répondes', 'fr')).toBe(
      '!je !veux !que !tu !paies !que !tu !répondes',
    );
    expect(show('je ne suis pas là pour vous juger ni pour vous faire la morale', 'fr')).toBe(
      '!je !suis !pour !vous !juger !pour !vous !faire !morale',
    );
    expect(show("I don't think it's your fault nor your mum's", 'en')).toBe(
      '!i !think !it !is !your !fault !nor !your !mum',
    );
    expect(show('tu dois ni payer ni répondre', 'fr')).toBe('!tu !dois !payer !répondre');
    expect(matches("c'est ta faute", 'je pense pas que ce soit ta faute ni celle de ta mère', 'fr', critical)).toBe(
      false,
    );
    expect(
      matches('faire la morale', 'je ne suis pas là pour vous juger ni pour vous faire la morale', 'fr', mistake),
    ).toBe(false);
  });
});

describe('r2 step 3 — « je ne veux pas que… » and evaluations with que', () => {
  it("the trainee's negated vouloir / want carries into what it introduces: no advice to pay", () => {
    expect(matches('tu paies', 'Je veux pas que tu paies.', 'fr', critical)).toBe(false);
    expect(matches('ne paie pas', 'Je veux pas que tu paies.')).toBe(true);
    expect(matches("don't pay", "I don't want you to pay him.", 'en')).toBe(true);
    expect(matches('pay him', "I don't want you to pay him.", 'en', critical)).toBe(false);
    expect(matches('tu paies', "Je veux que tu paies, c'est plus simple.", 'fr', critical)).toBe(true);
  });
  it("« tant mieux que », « heureusement que », « c'est vrai que » open a clause with its own negation", () => {
    const a = 'Ah ok tant mieux que tu veuilles pas mourir.';
    expect(matches('tant mieux', a, 'fr', critical)).toBe(true);
    expect(show(a, 'fr')).toBe('ah ok tant mieux !que !tu !veuilles !mourir');
    expect(show("C'est vrai que c'était pas prudent", 'fr')).toBe('est vrai !que !était !prudent');
  });
});

describe('r2 step 3 — an infinitive with its own negation; "ask whether"; « en dire plus »', () => {
  it('« t\'as bien fait de pas payer », "you were right not to pay": the praise is not negated', () => {
    expect(matches('bien fait', "T'as bien fait de pas payer.")).toBe(true);
    expect(matches('ne pas payer', "T'as bien fait de pas payer.")).toBe(true);
    expect(matches('tu as eu raison', 'Tu as eu raison de ne rien envoyer.')).toBe(true);
    expect(matches('you were right', 'You were right not to pay him.', 'en')).toBe(true);
    expect(matches("don't pay", 'You were right not to pay him.', 'en')).toBe(true);
    expect(show("N'essaie pas de le menacer", 'fr')).toBe('!essaie !menacer');
  });
  it('"ask her whether she is…" asks it: the question keeps its own polarity', () => {
    const a = "Ask her straight out whether she's thinking about suicide.";
    expect(matches('thinking about suicide', a, 'en')).toBe(true);
    expect(show("I don't know whether she means it", 'en')).toBe('!i !know ^~whether ^~she ^~means ^~it');
  });
  it("« tu veux m'en dire plus ? » asks for more: no negation", () => {
    expect(show("Tu veux m'en dire plus ?", 'fr')).toBe('tu veux dire plus');
  });
});

describe('r2 step 5 — « faute » does not meet « il faut »', () => {
  it('« la faute est à lui » is not « il faut être à lui »', () => {
    expect(matches('il faut être à lui', 'La faute est à lui.', 'fr', critical)).toBe(false);
    expect(matches("c'est pas ta faute", "C'est pas de ta faute.")).toBe(true);
    expect(matches('il faut payer', 'Il faut payer.', 'fr', critical)).toBe(true);
  });
});

describe('r2 step 3 — verbs of stopping', () => {
  it('"arrête de lui répondre" holds "ne plus lui répondre"; the verb stays a word', () => {
    expect(matches('ne plus lui répondre', 'arrête de lui répondre')).toBe(true);
    expect(matches('réponds-lui', 'arrête de lui répondre', 'fr', mistake)).toBe(false);
    expect(matches('arrête', 'arrête de lui répondre')).toBe(true);
    expect(matches("don't reply", 'Stop replying to him', 'en')).toBe(true);
  });
  it('a negated verb of stopping affirms: "Never stop paying" is advice to pay', () => {
    for (const [a, locale, pay, dont] of [
      ['Il ne faut surtout pas arrêter de payer', 'fr', 'payer', 'ne pas payer'],
      ['Never stop paying.', 'en', 'pay', "don't pay"],
    ] as const) {
      expect(matches(pay, a, locale, critical), a).toBe(true);
      expect(matches(dont, a, locale), a).toBe(false);
    }
  });
  it('a noun subject after a verb of doubting or thinking opens its complement ("I doubt the police will…")', () => {
    expect(show("I don't doubt some of these girls are a bit thin-skinned", 'en')).toBe(
      '!i !doubt some these girls are bit thin skinned',
    );
    expect(show('I doubt the police will do anything', 'en')).toBe('i doubt !police !will !do !anything');
    expect(show("Look, I don't doubt some of these girls are a bit thin-skinned", 'en')).toBe(
      'look !i !doubt some these girls are bit thin skinned',
    );
    expect(show('tell the school they need to act', 'en')).toBe('tell school they need act');
  });
  it("n'hésite pas / n'oublie pas / don't hesitate / don't forget affirm what follows", () => {
    expect(matches('appelle le 3114', "N'hésite pas à appeler le 3114")).toBe(true);
    expect(matches('garde les preuves', "N'oublie pas de garder les preuves")).toBe(true);
    expect(matches('call us', "Don't hesitate to call us", 'en')).toBe(true);
    expect(matches('screenshot everything', "Don't forget to screenshot everything", 'en')).toBe(true);
  });
  it('déconseiller / dissuader / discourage / dissuade are verbs of stopping: advice against', () => {
    const a = 'Je vous déconseille fermement de retourner avec lui.';
    expect(matches('retourner avec lui', a, 'fr', critical)).toBe(false);
    expect(matches('ne pas retourner avec lui', a)).toBe(true);
    expect(matches('ne pas payer', 'je te déconseille de payer')).toBe(true);
    expect(matches('payer', 'je ne te déconseille pas de payer', 'fr', critical)).toBe(true);
    expect(matches("don't pay", "I'd strongly discourage you from paying him", 'en')).toBe(true);
    expect(matches('pay him', "I'd strongly discourage you from paying him", 'en', critical)).toBe(false);
  });
  it("« empêcher que », « refuser que » introduce with que too: « ça n'empêche pas que c'est grave » says it", () => {
    expect(matches("c'est du harcèlement", "ça n'empêche pas que c'est du harcèlement")).toBe(true);
    expect(matches("c'est du harcèlement", "rien n'empêche que ce soit du harcèlement")).toBe(true);
    expect(matches('tu paies', 'je refuse que tu paies', 'fr', critical)).toBe(false);
    expect(matches('ne pas payer', 'il faut empêcher que tu paies')).toBe(true);
    // « oublier que » stays a verb of knowing: what is not forgotten is said
    expect(matches('tu as eu raison', "n'oublie pas que tu as eu raison")).toBe(true);
  });
  it('éviter / refuser / avoid / refuse negate what follows them, not what comes before', () => {
    expect(show('il vaut mieux éviter de répondre', 'fr')).toBe('il vaut mieux !répondre');
    expect(matches('bloque-le', 'Bloque-le sans lui répondre')).toBe(true);
    expect(matches('ne pas lui répondre', 'Bloque-le sans lui répondre')).toBe(true);
  });
});

describe("the walkthroughs' cases", () => {
  it('"Ce n\'est pas vrai que n\'importe qui peut voir tes photos" does not say that anyone can', () => {
    expect(
      matches("n'importe qui peut voir tes photos", "Ce n'est pas vrai que n'importe qui peut voir tes photos"),
    ).toBe(false);
  });
  it('"Reponds lui plus du tout" is "ne lui réponds plus", not "réponds-lui"', () => {
    expect(matches('ne réponds plus', 'Surtout tu payes pas ! Reponds lui plus du tout.')).toBe(true);
    expect(matches('réponds-lui', 'Surtout tu payes pas ! Reponds lui plus du tout.', 'fr', mistake)).toBe(false);
  });
  it('"tu n\'as qu\'à bloquer" is no negation, "ce n\'est qu\'un montage" keeps its sense', () => {
    expect(matches('bloquer', "tu n'as qu'à bloquer")).toBe(true);
    expect(matches("ce n'est qu'un montage", "t'inquiète, ce n'est qu'un montage", 'fr', mistake)).toBe(true);
    expect(matches("ce n'est qu'un montage", "c'est interdit : faire un montage", 'fr', mistake)).toBe(false);
  });
  it('« tu n\'as plus qu\'à le bloquer » is "all that is left is to block him"; « il ne faut plus que tu… » stays negated', () => {
    expect(matches('bloquer', "Tu n'as plus qu'à le bloquer")).toBe(true);
    expect(matches('ne pas bloquer', "Tu n'as plus qu'à le bloquer", 'fr', mistake)).toBe(false);
    expect(matches('signaler', "il ne te reste plus qu'à le signaler")).toBe(true);
    // a clause after que: « plus » negates the verb before it
    expect(matches('il faut que tu lui parles', 'il ne faut plus que tu lui parles', 'fr', mistake)).toBe(false);
    expect(matches('ne plus vouloir', 'je ne veux plus que ça recommence')).toBe(true);
  });
});

describe('r2 step 3 — what the trainee attributes to someone else', () => {
  it('negative criteria never match in speech attributed to someone else', () => {
    const a = "You said she brought this on herself, but she didn't";
    expect(matches('brought this on herself', a, 'en', critical)).toBe(false);
    expect(matches('brought this on herself', a, 'en')).toBe(true); // a positive criterion still matches
    expect(matches("c'est de ta faute", "Tu m'as dit que c'est de ta faute, mais non", 'fr', critical)).toBe(false);
    expect(matches('paie', "il t'a écrit : paie ou je publie", 'fr', critical)).toBe(false);
    expect(matches("c'est de ta faute", "Tu crois que c'est de ta faute ?", 'fr', critical)).toBe(false);
  });
  it("an imperative or a suggestion is the trainee's own words", () => {
    expect(matches('tu vas payer', 'dis-lui que tu vas payer', 'fr', critical)).toBe(true);
    expect(matches('you will pay', 'you could tell him that you will pay', 'en', critical)).toBe(true);
    expect(matches('je ne paierai pas', '« dis-lui : "je ne paierai pas" »')).toBe(true);
  });
  it('"please" or "only" before an imperative, or « il faudrait que vous me disiez », keep the words the trainee\'s', () => {
    expect(show("please promise me that next time you'll talk to someone sooner", 'en')).toBe(
      'please promise me that next time you will talk someone sooner',
    );
    expect(show('only say you are sorry', 'en')).toBe('only say you are sorry');
    expect(show('il faudrait que vous me disiez ce que contient cette vidéo', 'fr')).toBe(
      'il faudrait que vous me disiez ce que contient cette vidéo',
    );
    // what the person addressed said is still theirs
    expect(show("tu m'as dit que c'était ta faute", 'fr')).toBe('tu as dit ^que ^était ^ta ^faute');
    expect(show('tu me dis que tu veux mourir', 'fr')).toBe('tu me dis ^que ^tu ^veux ^mourir');
    expect(
      matches('talk to someone sooner', 'please promise me that you will talk to someone sooner', 'en', mistake),
    ).toBe(true);
  });
  it("« genre » before « je » opens an unquoted script; before « tu » it gives the trainee's example", () => {
    expect(show('envoie lui juste un snap genre jviens pas', 'fr')).toBe('envoie lui juste snap ^!genre ^!je ^!viens');
    expect(show('genre tu réponds un truc', 'fr')).toBe('genre tu réponds truc');
    expect(show("c'était genre horrible", 'fr')).toBe('était genre horrible');
  });
  it('never inside a quote, for negative criteria', () => {
    expect(matches('paie', 'Il a écrit « paie ou je publie »', 'fr', critical)).toBe(false);
  });
});

describe('r2 step 3 — what "peu importe" / "no matter" concedes is not said', () => {
  it('"peu importe pourquoi tu les as envoyées" is not the blaming question', () => {
    const a = "Peu importe pourquoi tu les as envoyées, ce n'est pas ta faute.";
    expect(matches('pourquoi tu as envoyé', a, 'fr', critical)).toBe(false);
    expect(matches('pas ta faute', a)).toBe(true);
    expect(matches('pourquoi tu as envoyé', 'Mais pourquoi tu les as envoyées ?', 'fr', critical)).toBe(true);
  });
  it('"no matter why you sent it" / "it doesn\'t matter what you did" are not blame', () => {
    expect(matches('why did you send', 'No matter why you sent it, this is on him.', 'en', critical)).toBe(false);
    expect(matches('what you did', "It doesn't matter what you did, you deserve help.", 'en', critical)).toBe(false);
    expect(matches('why did you send', 'Why did you send it?', 'en', critical)).toBe(true);
  });
});

describe('r2 step 3 — "même si" / "even if" / "whether" concede; "ou pas" / "or not" negate nothing', () => {
  it('what "même si" / "even if" / "even though" concedes is not the blame', () => {
    const fr = "Même si tu avais pas le droit de prendre la tablette, ce n'est pas ta faute.";
    expect(matches('tu avais pas le droit', fr, 'fr', critical)).toBe(false);
    expect(matches('pas ta faute', fr)).toBe(true);
    expect(matches('you sent it', 'Even if you sent it, it is not your fault.', 'en', critical)).toBe(false);
    expect(matches('not your fault', 'Even though you sent it it is not your fault.', 'en')).toBe(true);
    expect(matches('tu avais pas le droit', 'Tu avais pas le droit de prendre la tablette.', 'fr', critical)).toBe(
      true,
    );
  });
  it('« sans doute », « sans arrêt », "without a doubt" negate nothing', () => {
    expect(show('Vous seriez sans doute mieux orientée vers une association', 'fr')).toBe(
      'vous seriez doute mieux orientée vers association',
    );
    expect(show('Il t’écrit sans arrêt', 'fr')).toBe('il écrit arrêt');
    expect(show('Without a doubt you did the right thing', 'en')).toBe('doubt you did right thing');
    expect(show('Bloque-le sans lui répondre', 'fr')).toBe('bloque !lui !répondre');
  });
  it('after a negated verb of telling, si / if is "whether": « je peux pas te dire s\'il ira en prison »', () => {
    expect(show("jpeux pas te dire s'il ira en prison", 'fr')).toBe('!je !peux !te !dire ^~il ^~ira ^~prison');
    expect(show("I can't tell you if he'll go to prison", 'en')).toBe('!i !tell !you ^~if ^~he ^~will ^~go ^~prison');
    expect(show("I'll tell you if he calls", 'en')).toBe('i will tell you if he calls');
    expect(show("je te dirai s'il rappelle", 'fr')).toBe('je te dirai il rappelle');
    expect(show('Je ne vais pas te demander si tu es habillée', 'fr')).toBe(
      '!je !vais !te !demander ^~si ^~tu ^~es ^~habillée',
    );
    expect(show('je te demande si tu es en sécurité', 'fr')).toBe('je te demande si tu es sécurité');
    expect(matches('he will go to prison', "I can't tell you if he'll go to prison", 'en', critical)).toBe(false);
    expect(matches('il ira en prison', "je ne peux pas te dire s'il ira en prison", 'fr', critical)).toBe(false);
    expect(matches('il ira en prison', 'il ira en prison, je te le promets', 'fr', critical)).toBe(true);
    expect(show('je peux pas te promettre quand tout aura disparu', 'fr')).toBe(
      '!je !peux !te !promettre ^~quand ^~tout ^~aura ^~disparu',
    );
    expect(show("I can't promise you when it'll be gone", 'en')).toBe(
      '!i !promise !you ^~when ^~it ^~will ^~be ^~gone',
    );
  });
  it("« c'est plus des gamineries, c'est du harcèlement »: no longer, when a « c'est » answers it", () => {
    expect(show("c'est plus des gamineries, c'est du harcelement", 'fr')).toBe('!est !gamineries est harcelement');
    expect(show("c'est plus un problème de confiance", 'fr')).toBe('est plus problème confiance');
  });
  it("« pas mal de », « pas de souci » negate nothing; « c'est pas mal » does", () => {
    expect(show('Vous êtes passée à côté de pas mal de choses', 'fr')).toBe('vous êtes passée côté mal choses');
    expect(show('Oui pas de souci tu peux nous écrire ici', 'fr')).toBe('oui souci tu peux nous écrire ici');
    expect(show("c'est pas mal", 'fr')).toBe('!est !mal');
  });
  it('« il n\'en demeure pas moins que… », "no less": an affirmation; « ce n\'est pas du harcèlement » stays negated', () => {
    expect(show("Il n'en demeure pas moins que c'est du harcèlement", 'fr')).toBe(
      'il demeure moins que est harcèlement',
    );
    expect(show("il n'en reste pas moins que c'est grave", 'fr')).toBe('il reste moins que est grave');
    expect(show("ce n'est pas du harcèlement", 'fr')).toBe('!ce !est !harcèlement');
    expect(show("it's no less bullying for being online", 'en')).toBe('it is less bullying for being online');
    expect(show("it's no joke", 'en')).toBe('!it !is !joke');
  });
  it('a relative that opens the clause ends at the main verb: its words keep their own polarity', () => {
    expect(show("Le type qui t'a fait ça n'est pas ton ami", 'fr')).toBe('!type qui fait ça !est !ton !ami');
    expect(show('A man who lies to a kid about his age is not your friend', 'en')).toBe(
      '!man who lies kid about his age !is !your !friend',
    );
    expect(show("Someone who really cares about you wouldn't ask for that", 'en')).toBe(
      '!someone who really cares about you !ask !for !that',
    );
    expect(show("the people who don't help are wrong", 'en')).toBe('people !who !help are wrong');
    // the relative's verb of saying introduces a complement: it ends with the relative at the main verb
    expect(show('The guy who told you he would pay is not your friend', 'en')).toBe(
      '!guy who told you ^he ^would ^pay !is !your !friend',
    );
    expect(show('The man who is texting you is not a friend', 'en')).toBe('!man who is texting ^you !is !friend');
    expect(show('People who think you are stupid are not worth it', 'en')).toBe(
      '!people who think ^you ^are ^stupid !are !worth !it',
    );
    // no main verb after the complement: it runs on, with its own negation
    expect(show('The guy who told you he is not dangerous lied', 'en')).toBe(
      'guy who told you ^!he ^!is ^!dangerous ^!lied',
    );
    // a subject pronoun before the verb keeps it in the relative: "the guy who told you he would…"
    expect(matches('lies about his age', 'A man who lies about his age is not your friend', 'en')).toBe(true);
    expect(matches("qui t'a fait ça", "Le type qui t'a fait ça n'est pas ton ami", 'fr', mistake)).toBe(true);
  });
  it('an SMS « qqun » takes a relative: « avec qqun que tu connaissais pas »', () => {
    const a = "c'était risqué de faire ça avec qqun que tu connaissais pas";
    expect(show(a, 'fr')).toBe("était risqué faire ça avec quelqu'un !que !tu !connaissais");
  });
  it('"je sais pas si elle va le faire ou pas": "elle va le faire" is neither said nor negated', () => {
    // after a verb of knowing, si / if is "whether": neither said nor denied
    expect(show('Je sais pas si elle va le faire ou pas', 'fr')).toBe('!je !sais ^~si ^~elle ^~va ^~faire ^~ou');
    expect(show("I don't know if he'll go to prison", 'en')).toBe('!i !know ^~if ^~he ^~will ^~go ^~prison');
    expect(show('Call 999 if he comes', 'en')).toBe('call 999 if he comes');
    // what "whether" opens is neither said nor denied: "she means it" matches neither way
    expect(show('Whether or not she means it, call 999', 'en')).toBe('^~whether ^~or ^~she ^~means ^~it call 999');
    expect(show("We don't know whether she means it", 'en')).toBe('!we !know ^~whether ^~she ^~means ^~it');
  });
});

describe('r2 step 3 — a negation with an exception is a limit, not a promise', () => {
  it('« sans que tes parents le sachent » is the secret itself, not a limit', () => {
    expect(show('On peut gérer ça sans que tes parents le sachent', 'fr')).toBe(
      'on peut gérer ça !que !tes !parents !sachent',
    );
  });
  it('« dis-lui vite fait que… »: « vite fait » stands between the verb and what it introduces', () => {
    expect(show('Tu lui dis vite fait que tu viens pas', 'fr')).toBe('tu lui dis vite fait !que !tu !viens');
  });
  it('« je dirai rien sauf si tu es en danger » / "unless" / « sans te le dire » are no secrecy promise', () => {
    for (const [phrase, a, locale] of [
      ['je dirai rien à personne', 'Je dirai rien à personne sauf si tu es en danger.', 'fr'],
      ["je n'en parlerai à personne", "Je n'en parlerai à personne sans te le dire avant.", 'fr'],
      ["je n'en parlerai à personne", "Je n'en parlerai à personne sauf à la CPE.", 'fr'],
      ['je dirai rien', 'Je dirai rien à moins que tu sois en danger.', 'fr'],
      ["I won't tell anyone", "I won't tell anyone unless you're in danger.", 'en'],
      ["I won't tell anyone", "I won't tell anyone without talking to you first.", 'en'],
    ] as const)
      expect(matches(phrase, a, locale, critical), a).toBe(false);
  });
  it('the promise stands without an exception, or when the exception is the child’s say', () => {
    for (const [phrase, a, locale] of [
      ['je dirai rien à personne', 'Je dirai rien à personne, promis.', 'fr'],
      ['je dirai rien', 'Je dirai rien sauf si tu veux.', 'fr'],
      ['je dirai rien', 'Je dirai rien sans ton accord.', 'fr'],
      ["I won't tell anyone", "I won't tell anyone unless you want me to.", 'en'],
      ["I won't tell anyone", "I won't tell anyone, I promise.", 'en'],
    ] as const)
      expect(matches(phrase, a, locale, critical), a).toBe(true);
  });
  it('a positive criterion still reads the limit', () => {
    expect(matches('pas garder secret', 'Je peux pas garder ça secret, sauf si tu es en sécurité')).toBe(true);
  });
});

describe('verbs of doubting deny what they introduce; negated, they affirm it', () => {
  it('"I doubt she meant it" holds "she didn\'t mean it"; « je ne doute pas que tu aies peur » says it', () => {
    expect(matches("she didn't mean it", 'Oh, I doubt she meant it literally, love', 'en', critical)).toBe(true);
    expect(matches('she meant it', 'Oh, I doubt she meant it literally, love', 'en')).toBe(false);
    expect(show("je doute qu'elle le pense vraiment", 'fr')).toBe('je doute !elle !pense !vraiment');
    expect(show('je ne doute pas que tu aies peur', 'fr')).toBe('!je !doute que tu aies peur');
  });
});

describe('informal « plus » without ne', () => {
  it('« tu réponds plus à lui / à ses messages » is "no longer"; « tu seras plus à l\'aise » is more', () => {
    expect(matches('ne plus répondre', 'Tu réponds plus à lui')).toBe(true);
    expect(matches('ne plus répondre', 'tu réponds plus à ses messages, tu bloques')).toBe(true);
    expect(show("tu te sentiras plus à l'aise avec lui", 'fr')).toBe('tu te sentiras plus aise avec lui');
    expect(show("tu seras plus à l'aise", 'fr')).toBe('tu seras plus aise');
  });
});

describe('r2 step 3 — an indirect question after a verb of knowing', () => {
  it('« je comprends pourquoi tu as accepté » / "I can see why you trusted him" ask nothing, blame nothing', () => {
    expect(
      matches('pourquoi tu as accepté', "Je comprends pourquoi tu as accepté, c'est humain.", 'fr', critical),
    ).toBe(false);
    expect(matches('why you trusted him', 'I can totally see why you trusted him.', 'en', critical)).toBe(false);
    expect(matches('pourquoi tu as accepté', 'Pourquoi tu as accepté ?', 'fr', critical)).toBe(true);
  });
  it('negated, it still judges; its clause keeps its own polarity', () => {
    expect(matches('pourquoi tu as accepté', 'Je comprends pas pourquoi tu as accepté.', 'fr', critical)).toBe(true);
    expect(matches('why you would send it', "I don't understand why you'd send it.", 'en', critical)).toBe(true);
    expect(show('Je sais pas pourquoi il fait ça', 'fr')).toBe('!je !sais pourquoi il fait ça');
  });
  it('qui / où / combien, who / what / where open it too: what is asked about stays affirmed', () => {
    expect(show('Je ne sais pas qui a fait ça', 'fr')).toBe('!je !sais qui fait ça');
    expect(show('je sais pas où il habite', 'fr')).toBe('!je !sais où il habite');
    expect(show("I don't know who posted it", 'en')).toBe('!i !know who posted it');
    expect(show("I don't know what you're going through", 'en')).toBe('!i !know what you are going through');
    expect(matches('ne pas poster', 'Je ne sais pas qui a posté la photo')).toBe(false);
    // a direct question with the wh-word in place asks, it does not report: « On voit quoi exactement ? »
    expect(show('On voit quoi exactement sur la vidéo ?', 'fr')).toBe('on voit quoi exactement sur vidéo');
    expect(matches('voit quoi sur la vidéo', 'On voit quoi exactement sur la vidéo ?', 'fr', mistake)).toBe(true);
  });
});

describe('r2 step 3 — who speaks: « je vous conseille », « on lui conseille », « par contre dis-lui »', () => {
  it("the trainee's own advice is no attribution, so its mistakes count", () => {
    expect(show('Je vous conseille de regarder son téléphone', 'fr')).toBe('je vous conseille regarder son téléphone');
    expect(show('On lui conseille de passer par StopNCII', 'fr')).toBe('on lui conseille passer par stopncii');
    expect(show("Par contre réponds-lui que t'as pas d'argent", 'fr')).toBe('par contre réponds lui !que !as !argent');
  });
  it('a noun after a preposition is no subject: "I\'d reply to the office to say we\'ve flagged it"', () => {
    expect(show("I'd reply to the office to say we've flagged it", 'en')).toBe(
      'i would reply office say we have flagged it',
    );
    expect(show("The office wants you to say we've flagged it", 'en')).toBe(
      'office wants you ^say ^we ^have ^flagged ^it',
    );
  });
  it('what someone else said stays attributed', () => {
    expect(show("On lui a dit que c'était sa faute", 'fr')).toBe('on lui dit ^que ^était ^sa ^faute');
    expect(show("Vous m'avez dit que c'était sa faute", 'fr')).toBe('vous avez dit ^que ^était ^sa ^faute');
  });
});

describe('r2 step 3 — a relative that opens its clause ends before the main verb', () => {
  it("« Ce qui est arrivé n'est pas de ta faute »: the negation is the main clause's, not the relative's", () => {
    expect(show("Ce qui est arrivé n'est pas de ta faute", 'fr')).toBe('!ce qui est arrivé !est !ta !faute');
    expect(matches('ça serait pas arrivé', "Ce qui est arrivé n'est pas de ta faute.", 'fr', critical)).toBe(false);
    expect(matches('pas ta faute', "Ce qui t'arrive c'est pas ta faute.")).toBe(true);
    expect(show("Celui qui a posté la photo n'a pas le droit", 'fr')).toBe('!celui qui posté photo !droit');
  });
  it('the relative keeps its own negation after its subject', () => {
    expect(show("Ce que tu ne sais pas, c'est qu'il a menti", 'fr')).toBe('ce !que !tu !sais est il menti');
    expect(show("Quelqu'un qui ne te connaît pas", 'fr')).toBe("quelqu'un !qui !te !connaît");
  });
});

describe('r2 step 3 — a dislocated topic; a dash ends a clause', () => {
  it('a dash or a new line ends the clause: what she says stops there', () => {
    const a = "She says she won't do anything - that's a huge relief.";
    expect(show(a, 'en')).toBe('she says ^!she ^!do ^!anything that is huge relief');
    expect(show("Elle dit qu'elle ne fera rien — c'est rassurant", 'fr')).toBe('elle dit ^!elle ^!fera est rassurant');
    expect(show('Ne paie pas\nbloque-le', 'fr')).toBe('!paie bloque');
  });
  it("« Payer, ça ne sert à rien »: the comment's negation reaches the fronted infinitive", () => {
    expect(matches('payer', 'Payer, ça ne sert à rien.', 'fr', critical)).toBe(false);
    expect(matches('ne pas payer', 'Payer, ça ne sert à rien.')).toBe(true);
    expect(matches('revenir avec lui', "Revenir avec lui, ça ne l'obligera à rien.", 'fr', critical)).toBe(false);
    expect(matches('garder les preuves', "Garder les preuves, c'est important.")).toBe(true);
    expect(matches('payer', "Payer, c'est la seule solution.", 'fr', critical)).toBe(true);
    expect(matches('paie les 20', "Payer les 20 $, c'est financer ceux qui vendent.", 'fr', critical)).toBe(false);
  });
  it("a topic without its comma reads as with it: « Payer c'est financer… », « Lui répondre c'est… »", () => {
    expect(matches('paie', "Payer c'est financer ceux qui te font chanter.", 'fr', critical)).toBe(false);
    const expose = "Parler de Maëlle devant sa classe c'est l'afficher encore plus.";
    expect(matches('parler de maëlle devant sa classe', expose, 'fr', critical)).toBe(false);
    expect(matches('lui répondre', "Lui répondre c'est lui montrer que ça marche.", 'fr', critical)).toBe(false);
    expect(matches('payer', "Payer c'est la seule solution.", 'fr', critical)).toBe(true);
    expect(matches('appeler le 3114', "Appeler le 3114 c'est gratuit.")).toBe(true);
    expect(matches('ne pas payer', 'Payer ça sert à rien.')).toBe(true);
    // the determiner « ce » is no topic's pronoun: the clause stays negated to its end
    expect(show('pas faire grand-chose ce soir', 'fr')).toBe('!faire !grand !chose !ce !soir');
  });
  it("« Dire qu'elle est trop sensible, c'est… » and \"saying she's oversensitive is…\" say nothing", () => {
    expect(matches('elle est trop sensible', "Dire qu'elle est trop sensible, c'est injuste.", 'fr', critical)).toBe(
      false,
    );
    const en = "It isn't banter, and saying she's oversensitive is exactly how this carries on.";
    expect(matches('she is oversensitive', en, 'en', critical)).toBe(false);
    expect(show('Thinking it is your fault is normal', 'en')).toBe('thinking ^it ^is ^your ^fault is normal');
    // said by the trainee, it is said
    expect(matches('she is oversensitive', "I'm saying she's oversensitive.", 'en', critical)).toBe(true);
  });
});

describe('r2 step 3 — « vouloir dire » is to mean: a verb of thinking', () => {
  it("« ça ne veut pas dire que c'est ta faute » denies the fault; « ça veut dire que » affirms", () => {
    expect(show("Ça veut pas dire que c'est ta faute", 'fr')).toBe('!ça !veut !dire !que !est !ta !faute');
    expect(matches("c'est ta faute", "Ça ne veut pas dire que c'est ta faute", 'fr', critical)).toBe(false);
    expect(matches('pas ta faute', "Ça ne veut pas dire que c'est ta faute")).toBe(true);
    expect(show("Ça veut dire que c'est grave", 'fr')).toBe('ça veut dire que est grave');
    // a negated verb of saying still reports: « je ne dis pas que c'est ta faute » matches neither way
    expect(matches('pas ta faute', "Je ne dis pas que c'est ta faute")).toBe(false);
  });
});

describe('r2 step 5 — the forms of « tuer » do not meet the pronoun « tu »', () => {
  it('« te tuer » is not « te demande si tu… »; its own forms still meet', () => {
    expect(matches('te tuer', 'Je te demande si tu vas bien.')).toBe(false);
    expect(matches('envie de te tuer', "J'ai envie de te dire que tu es courageuse.")).toBe(false);
    expect(matches('se tuer', "Elle a dit qu'elle allait se tuer.")).toBe(true);
    expect(matches('te tuer', 'Tu as déjà pensé à te tuer ?')).toBe(true);
    expect(matches('il a tué', 'il tue')).toBe(true);
  });
});

describe('r2 step 5 — forms of one verb or irregular word meet', () => {
  it('French conjugations (the published table: Lefff)', () => {
    expect(matches('prendre une capture', 'tu prends une capture')).toBe(true);
    expect(matches('il a pris une capture', 'il prenne une capture')).toBe(true);
    expect(matches('fallait pas poster', 'faut pas poster', 'fr', critical)).toBe(true);
    expect(matches("c'était ta faute", "c'est ta faute", 'fr', critical)).toBe(true);
    expect(matches('que ce soit ta faute', 'que ce sera ta faute', 'fr', critical)).toBe(true);
    expect(matches('paye', 'paierai')).toBe(true); // -ayer verbs: y or i
    expect(matches('été très courageux', 'tu es très courageux')).toBe(true); // été ~ es (être)
  });
  it('English irregular forms', () => {
    expect(matches('brought it on herself', 'she did bring it on herself', 'en', critical)).toBe(true);
    expect(matches('keep the messages', 'I kept the messages', 'en')).toBe(true);
    expect(matches('he is lying', "he's lying", 'en')).toBe(true);
    // after a noun or "nobody", 's is "is" before a verb form, a possessive before a noun
    expect(show("Nobody's going to find out", 'en')).toBe('!nobody !is !going !find !out');
    expect(show("my mum's been told, it's nobody's fault", 'en')).toBe('my mum is been told !it !is !nobody !fault');
    expect(show("the school's safeguarding lead", 'en')).toBe('school safeguarding lead');
    expect(matches('it was not your fault', 'it is not your fault', 'en')).toBe(true);
  });
  it('the auxiliaries avoir, have and do are not joined', () => {
    expect(matches('tu aurais', 'tu as')).toBe(false);
    expect(matches('you had', 'you have', 'en')).toBe(false);
    expect(matches('you did', 'you do', 'en')).toBe(false);
  });
});

describe('r2 step 5 — typing slips, for positive non-critical criteria only', () => {
  it('one slip in a word of 6 letters or more', () => {
    expect(matches('signaler à la plateforme', 'il faut signaller à la platforme')).toBe(true);
    expect(matches('annoying', 'its realy anoying', 'en')).toBe(true);
    expect(matches('recevoir', 'reçevior')).toBe(true); // two neighbours swapped, accents folded
  });
  it('never two slips, never in a short word, never for a negative or critical criterion', () => {
    expect(matches('plateforme', 'platefrome')).toBe(true);
    expect(matches('plateforme', 'pletefrome')).toBe(false);
    expect(matches('payer', 'payre')).toBe(false);
    expect(matches('signaler à la plateforme', 'signaller à la platforme', 'fr', mistake)).toBe(false);
    expect(matches('signaler à la plateforme', 'signaller à la platforme', 'fr', critical)).toBe(false);
  });
});

describe('r2 — spans cover the negation', () => {
  it('"tu payes pas", "t\'es pas con": the highlight holds the negation', () => {
    const c = crit('c', ['ne pas payer', 'pas con']);
    const s = oneFree([c], 'fr');
    const text = "Surtout tu payes pas, et t'es pas con";
    const spans = matchCriterion(s, c, analyse(text, s))!.map(([a, b]) => text.slice(a, b));
    expect(spans).toEqual(['payes pas', 'pas con']);
  });
});

describe('keyword stuffing does not pay (r2)', () => {
  const criteria = [
    crit('pay', ['ne pas payer'], { points: 3 }),
    crit('proof', ["captures d'écran"], { points: 2 }),
    crit('block', ['bloquer', 'bloque-le'], { points: 2 }),
    crit('blame', ["c'est de ta faute"], { points: -3, critical: 'blâme' }),
  ];
  const s = oneFree(criteria, 'fr');
  const ask = s.nodes.ask!.ask as FreeAsk;
  const read = (text: string, earlier: string[] = []) => scoreAnswer(s, 'ask', ask, text, false, earlier);
  it('a list of keyword fragments keeps its matches but earns no positive points, and says why', () => {
    const fb = read("ne pas payer, captures d'écran, bloquer, signaler, 3018, Pharos, suicide ?, Take It Down");
    expect(fb.stuffed).toBe('fragments');
    expect(fb.items.map((i) => i.id)).toEqual(['pay', 'proof', 'block']);
    expect(fb.points).toBe(0);
    expect(fb.items.map((i) => i.withheld)).toEqual([3, 2, 2]);
  });
  it('negative and critical criteria still apply to a stuffed answer', () => {
    const fb = read(
      "ne pas payer, captures d'écran, bloquer, signaler, 3018, Pharos, c'est de ta faute, plainte, Take It Down, adulte",
    );
    expect(fb.stuffed).toBe('fragments');
    expect(fb.points).toBe(-3);
  });
  it('keywords typed one after the other with spaces, no sentence in them, are a list too', () => {
    const fb = read('captures écran bloquer signalement 3018 Pharos plainte police');
    expect(fb.stuffed).toBe('fragments');
    expect(fb.items.map((i) => i.id)).toEqual(['proof', 'block']);
    expect(fb.points).toBe(0);
    // a real sentence has its glue words: articles, prepositions, pronouns, verbs
    expect(read("Fais des captures d'écran de tout et bloque-le, puis signale au 3018").stuffed).toBeUndefined();
    expect(read('ok ok bloque le et on continue').stuffed).toBeUndefined();
  });
  it('short clauses whose words the analysis mostly drops are sentences, not a list (words counted as typed)', () => {
    const text =
      "Pas de panique ma grande, sur le fond rien de grave, juste des sous. Et au pire, le 3018 le fait retirer, en moins d'un jour.";
    expect(read(text).stuffed).toBeUndefined();
  });
  it('short imperatives are sentences, not stuffing', () => {
    expect(read('paie pas, bloque-le').stuffed).toBeUndefined();
    expect(read('paie pas, bloque-le').points).toBe(5);
    const en = oneFree([crit('pay', ["don't pay"], { points: 3 })], 'en');
    expect(
      scoreAnswer(en, 'ask', en.nodes.ask!.ask as FreeAsk, "DON'T PAY!!! take screenshots", false).stuffed,
    ).toBeUndefined();
  });
  it('the same text pasted at another prompt of the session earns nothing the second time', () => {
    const text = "Tu as bien fait d'appeler, surtout ne pas payer, fais des captures d'écran puis bloque-le.";
    expect(read(text).stuffed).toBeUndefined();
    expect(read(text, [text]).stuffed).toBe('repeated');
    expect(read(text, [text]).points).toBe(0);
    expect(read('ne pas payer', ['ne pas payer']).stuffed).toBeUndefined(); // too short to be a paste
  });
});

describe('shorthand typed on a phone reads as the words it stands for (format-notes, "Shorthand")', () => {
  it('French: « jvais », « chuis », « jsp », « cest », « c pas », « tkt » meet the phrases written in full', () => {
    expect(matches('je vais en parler', "jvais en parler a quelqu'un")).toBe(true);
    expect(matches('je suis là pour toi', 'chuis la pour toi')).toBe(true);
    expect(matches("c'est pas ta faute", 'cest pas ta faute')).toBe(true);
    expect(matches("c'est pas ta faute", 'c pas ta faute')).toBe(true);
    expect(matches("t'inquiète", 'tkt on va trouver')).toBe(true);
    expect(show('jsp quoi faire', 'fr')).toBe('!je !sais !quoi !faire');
    expect(show('jpense pas que cest ta faute', 'fr')).toBe('!je !pense !que !est !ta !faute');
  });
  it("French: an elision keeps its apostrophe reading, and « tes » is t'es only before « pas »", () => {
    expect(show("c'est grave", 'fr')).toBe('est grave');
    expect(show('tes pas seule', 'fr')).toBe('!es !seule');
    expect(show('parle à tes parents', 'fr')).toBe('parle tes parents');
  });
  it('English: "im", "u", "ur", "thats", "its" meet the phrases written with the apostrophe', () => {
    expect(matches("I'm here for you", 'im here for u', 'en')).toBe(true);
    expect(matches("you're not alone", 'ur not alone', 'en')).toBe(true);
    expect(matches("that's really brave", 'thats really brave', 'en')).toBe(true);
    expect(matches("it's not your fault", 'its not ur fault', 'en')).toBe(true);
    expect(matches('you did the right thing', 'u did the right thing', 'en')).toBe(true);
    // "shouldve", "youd": the modal's clitic typed without its apostrophe
    expect(matches('should have known better', 'u shouldve known better', 'en', mistake)).toBe(true);
    expect(matches('you would', 'youd be safer at home', 'en')).toBe(true);
  });
  it('English: "ur mum" is your mum, "on its own" stays possessive, and "idk" is negated', () => {
    expect(show('talk to ur mum', 'en')).toBe('talk your mum');
    expect(show('it stopped on its own', 'en')).toBe('it stopped on its own');
    expect(show('idk what to do', 'en')).toBe('!i !know !what !do');
  });
  it('a highlight covers the shorthand as typed', () => {
    const t = analyse('chuis la', 'fr');
    expect(t.map((w) => [w.word, w.start, w.end])).toEqual([
      ['je', 0, 5],
      ['suis', 0, 5],
    ]);
  });
});

describe('a formula of reassurance is a clause of its own ("dont worry", « t\'inquiète pas »)', () => {
  it('its negation does not reach the statement before or after it, comma or not', () => {
    expect(show("it'll be taken down dont worry", 'en')).toBe('it will be taken down !worry');
    expect(show('dont worry it will be taken down', 'en')).toBe('!worry it will be taken down');
    expect(show('no worries we will sort it', 'en')).toBe('!worries we will sort it');
    expect(show("t'inquiète pas on va le faire retirer", 'fr')).toBe('!inquiète on va faire retirer');
    expect(show("ça va être retiré ne t'inquiète pas", 'fr')).toBe('ça va être retiré !inquiète');
    expect(show('vous inquiétez pas on va trouver une solution', 'fr')).toBe('!vous !inquiétez on va trouver solution');
    expect(matches("on va t'aider", "ne t'en fais pas on va t'aider")).toBe(true);
  });
  it('what goes on with about / pour stays in it, and after a subject it is a statement', () => {
    expect(show("don't worry about the money", 'en')).toBe('!worry !about !money');
    expect(show("ne t'inquiète pas pour ça", 'fr')).toBe('!inquiète !pour !ça');
    expect(show('you dont worry enough', 'en')).toBe('!you !worry !enough');
    expect(show("tu t'inquiètes pas assez", 'fr')).toBe('!tu !inquiètes !assez');
  });
});

describe('after sans / without, the main verb takes the clause back', () => {
  it('"without your permission is a crime" holds "is a crime" affirmed; "sans lui répondre" stays negated', () => {
    expect(show('Posting it without your permission is a crime', 'en')).toBe('posting it !your !permission is crime');
    expect(show('Publier sans ton accord est un délit', 'fr')).toBe('publier !ton !accord est délit');
    expect(matches('is a crime', 'Sharing it without your consent is a crime', 'en')).toBe(true);
    expect(show('bloque-le sans lui répondre', 'fr')).toBe('bloque !lui !répondre');
    expect(show('block him without replying', 'en')).toBe('block him !replying');
  });
});

describe('what is set aside is not advised (« plutôt que », « au lieu de », "rather than", "instead of")', () => {
  it('reads the alternative set aside as negated, and the rest as said', () => {
    expect(show('plutôt que de payer, bloque-le', 'fr')).toBe('plutôt !que !payer bloque');
    expect(show('bloque-le au lieu de lui répondre', 'fr')).toBe('bloque lieu !lui !répondre');
    expect(show('block him rather than replying', 'en')).toBe('block him rather !than !replying');
    expect(show('report it instead of confronting him', 'en')).toBe('report it instead !confronting !him');
    expect(matches('payer', 'plutôt que de payer, bloque-le', 'fr', critical)).toBe(false);
    expect(matches('ne pas payer', 'plutôt que de payer, bloque-le')).toBe(true);
    expect(matches('reply to him', 'block him rather than reply to him', 'en', critical)).toBe(false);
  });
});

describe('a negated question that suggests is no negation (« tu pourrais pas… ? », "why don\'t you…?")', () => {
  it('« tu pourrais pas demander… ? », "why don\'t you tell…?", "couldn\'t you ask…?" ask it', () => {
    expect(show('Tu pourrais pas demander à ta coloc ?', 'fr')).toBe('tu pourrais demander ta coloc');
    expect(show('Tu ne pourrais pas en parler à ta mère ?', 'fr')).toBe('tu pourrais parler ta mère');
    expect(show("why don't you tell your mum?", 'en')).toBe('why you tell your mum');
    expect(show("couldn't you ask your flatmate?", 'en')).toBe('you ask your flatmate');
    expect(show("can't you see it's not your fault?", 'en')).toBe('you see !it !is !your !fault');
    expect(matches('tell your mum', "Why don't you tell your mum tonight?", 'en')).toBe(true);
    expect(show('tu pourrais pas réécrire à ta coloc ?', 'fr')).toBe('tu pourrais réécrire ta coloc');
    expect(show("pourquoi tu l'appelles pas ?", 'fr')).toBe('pourquoi tu appelles');
    expect(show("pourquoi vous n'en parlez pas à sa mère ?", 'fr')).toBe('pourquoi vous parlez sa mère');
  });
  it("« pourquoi tu l'as pas dit ? » in the past is a reproach: negated", () => {
    expect(show("pourquoi tu l'as pas dit à ta mère ?", 'fr')).toBe('!pourquoi !tu !as !dit !ta !mère');
    expect(show('pourquoi tu le disais pas ?', 'fr')).toBe('!pourquoi !tu !disais');
    // the conditional suggests
    expect(show("pourquoi tu ne ferais pas semblant d'accepter ?", 'fr')).toBe('pourquoi tu ferais semblant accepter');
  });
  it('a reproach in the past, or no question mark, stays negated', () => {
    expect(show("why didn't you tell anyone?", 'en')).toBe('!why !you !tell !anyone');
    expect(show("tu pourrais pas m'aider", 'fr')).toBe('!tu !pourrais !aider');
    expect(show("you can't tell anyone?", 'en')).toBe('!you !tell !anyone');
  });
});

describe('a topic judged bad is set aside (« payer c\'est dangereux », "paying him is pointless")', () => {
  it("French: « c'est dangereux / une mauvaise idée / inutile » negates the topic", () => {
    expect(show("raconter une histoire de suicide c'est dangereux", 'fr')).toBe(
      '!raconter !histoire !suicide est dangereux',
    );
    expect(show("Payer, c'est une très mauvaise idée", 'fr')).toBe('!payer est très mauvaise idée');
    expect(show("Payer, c'est la seule solution", 'fr')).toBe('payer est seule solution');
    expect(matches('payer', "payer c'est inutile", 'fr', critical)).toBe(false);
  });
  it('English: an -ing topic judged pointless, risky or a mistake is negated; the verdict is said', () => {
    expect(show("Paying him is pointless, he'll just ask for more", 'en')).toBe(
      '!paying !him is pointless he will just ask for more',
    );
    expect(show('Sending him more money would be a mistake', 'en')).toBe('!sending !him !more !money would be mistake');
    expect(show('paying him is the only way', 'en')).toBe('paying him is only way');
    expect(show('he is dangerous', 'en')).toBe('he is dangerous');
    expect(show('Getting involved with him online was a mistake', 'en')).toBe(
      'getting involved with him online was mistake',
    );
    expect(show("T'envoyer cette photo, c'était une erreur", 'fr')).toBe('envoyer cette photo était erreur');
    expect(matches('pay him', 'Paying him is pointless', 'en', critical)).toBe(false);
    expect(matches('pointless', 'Paying him is pointless', 'en')).toBe(true);
  });
});

describe('formulas that negate nothing: « aucun souci », "no problem", "oh no"', () => {
  it('keeps the clause they stand in affirmed', () => {
    expect(show('prends ton temps y a aucun souci', 'fr')).toBe('prends ton temps souci');
    expect(show('take your time no problem at all', 'en')).toBe('take your time problem at all');
    expect(show('oh no sorry that came out wrong', 'en')).toBe('oh sorry that came out wrong');
    expect(show("oh no, don't pay", 'en')).toBe('oh !pay');
  });
});

describe('eighth session: conditions over an adverb, questions raised with whether, "id", avowing verbs', () => {
  it('« si vraiment ça va pas » is a condition of its own, like « si ça va pas »', () => {
    expect(show('appelle le 112 si vraiment ça va pas', 'fr')).toBe('appelle 112 !si !vraiment !ça !va');
    expect(show('si à un moment tu te sens pas bien appelle', 'fr')).toBe('!si !moment !tu !te !sens !bien appelle');
    expect(show("t'es pas si seule", 'fr')).toBe('!es !si !seule');
    expect(matches('appelle le 112', 'appelle le 112 si vraiment ça va pas', 'fr')).toBe(true);
  });
  it('"ask her, gently but directly, whether…" asks it (across the commas of an incise); "I don\'t know whether" reports', () => {
    expect(show('ask her, gently but directly, whether she is thinking about suicide', 'en')).toBe(
      'ask her gently directly whether she is thinking about suicide',
    );
    expect(show('have a think about whether it is worth it', 'en')).toBe('have think about whether it is worth it');
    expect(show("I don't know whether she means it", 'en')).toBe('!i !know ^~whether ^~she ^~means ^~it');
  });
  it('"id" and "ill" before a verb are "I would" and "I will"; "his id" and "felt ill" stay words', () => {
    expect(show('if she says she wont do anything id believe her', 'en')).toBe(
      '^if ^she ^says !she !do !anything i would believe her',
    );
    expect(show('ill call the police', 'en')).toBe('i will call police');
    expect(show('send me his id', 'en')).toBe('send me his id');
    expect(show('she felt ill', 'en')).toBe('she felt ill');
  });
  it("« reconnaissez qu'accepter… n'est pas raisonnable »: an avowing verb keeps its own polarity", () => {
    expect(show("reconnaissez qu'accepter n'est pas raisonnable", 'fr')).toBe(
      'reconnaissez !accepter !est !raisonnable',
    );
    expect(show('admit that it was not wise', 'en')).toBe('admit !that !it !was !wise');
    expect(show("je respecte que tu n'aies pas envie d'en parler", 'fr')).toBe(
      'je respecte !que !tu !aies !envie !parler',
    );
    expect(show("I respect that you don't want to talk", 'en')).toBe('i respect !that !you !want !talk');
  });
  it('« inutile de payer », "it\'s pointless to pay" set the complement aside, like a verb of stopping', () => {
    expect(show('inutile de payer', 'fr')).toBe('inutile !payer');
    expect(show("ce n'est pas inutile de porter plainte", 'fr')).toBe('!ce !est !inutile porter plainte');
    expect(show("it's pointless to pay him", 'en')).toBe('it is pointless !pay !him');
    expect(matches('payer', 'inutile de payer', 'fr', critical)).toBe(false);
  });
  it("« le refus d'Insta » is a noun, not « refuser »: it negates nothing", () => {
    expect(show("le refus d'insta ça veut pas dire que c'est légal", 'fr')).toBe(
      '!refus !insta !ça !veut !dire !que !est !légal',
    );
    expect(show('je refuse de payer', 'fr')).toBe('je !payer');
  });
  it('« un peu plus », « obtenir plus » are "more"; « j\'en peux plus » is still "no more"', () => {
    expect(show('tu aurais pu te méfier un peu plus', 'fr')).toBe('tu aurais pu te méfier peu plus');
    expect(show("il comprend qu'il peut obtenir plus", 'fr')).toBe('il comprend il peut obtenir plus');
    expect(show("j'en peux plus", 'fr')).toBe('!peux');
    expect(show("tu veux m'en dire plus ?", 'fr')).toBe('tu veux dire plus');
    expect(show('tu lui réponds plus', 'fr')).toBe('!tu !lui !réponds');
  });
  it("« donc » before a subject opens a clause; « c'est donc pas ta faute » stays one", () => {
    expect(show("c'est une décision automatique donc personne a vu le compte", 'fr')).toBe(
      'est décision automatique !donc !personne !vu !compte',
    );
    expect(show("c'est donc pas ta faute", 'fr')).toBe('est donc !ta !faute');
  });
  it('« c\'est rare que… », "it\'s rare / unlikely that…" deny what they introduce', () => {
    expect(show("c'est rare qu'il publie", 'fr')).toBe('est rare !il !publie');
    expect(show("c'est pas rare qu'il publie", 'fr')).toBe('!est !rare il publie');
    expect(show("It's really rare that someone works out where you live", 'en')).toBe(
      'it is really rare !that !someone !works !out !where !you !live',
    );
  });
  it("a negated « c'est » after a statement is a statement of its own; after a topic it comments on it", () => {
    expect(show("tu la laisses sur le bureau c'est pas grave", 'fr')).toBe('tu laisses sur bureau !est !grave');
    expect(show("la boite laisse la sur le bureau c'est pas grave", 'fr')).toBe('boite laisse sur bureau !est !grave');
    expect(show("payer le mec maintenant c'est pas la solution", 'fr')).toBe('!payer !mec !maintenant !est !solution');
    expect(show("le chantage c'est pas normal", 'fr')).toBe('!chantage !est !normal');
  });
  it('"aujourd\'hui", "maintenant" are adverbs: « personne ne peut te dire aujourd\'hui s\'il ira en prison » concedes', () => {
    expect(show("personne ne peut te dire aujourd'hui s'il ira en prison", 'fr')).toBe(
      '!personne !peut !te !dire !aujourd !hui ^~il ^~ira ^~prison',
    );
  });
  it("« n'importe qui peut la prendre » says it; « peu importe qui » concedes", () => {
    expect(show("n'importe qui peut la prendre", 'fr')).toBe('importe qui peut prendre');
    expect(show("peu importe qui l'a postée, c'est pas ta faute", 'fr')).toBe(
      'peu importe ^~qui ^~postée !est !ta !faute',
    );
  });
  it("after a negated clause, « ce serait / c'est » + an infinitive names what was rejected: no mistake in it", () => {
    expect(show('Ne revenez pas avec lui, ce serait céder au chantage', 'fr')).toBe(
      '!revenez !avec !lui ce ^serait ^céder ^chantage',
    );
    expect(show("Le mieux, c'est payer", 'fr')).toBe('mieux est payer');
  });
  it('a fronted condition whose main clause starts with « rien » / "nothing" is set aside too', () => {
    expect(show("Si tu reviens avec lui, rien ne l'oblige à supprimer", 'fr')).toBe(
      '^si ^tu ^reviens ^avec ^lui !oblige !supprimer',
    );
    expect(show('si tu paies, il arrêtera', 'fr')).toBe('si tu paies il arrêtera');
  });
  it('"urself" is yourself', () => {
    expect(show('take care of urself', 'en')).toBe('take care yourself');
  });
  it("« on ne sait pas encore s'il… », « on ne peut pas savoir si… » concede; « pour savoir si elle est en sécurité » asks", () => {
    expect(show("on ne sait pas encore s'il sera fermé", 'fr')).toBe('!on !sait !encore ^~il ^~sera ^~fermé');
    expect(show("on ne peut pas savoir si c'est du chantage", 'fr')).toBe('!on !peut !savoir ^~si ^~est ^~chantage');
    expect(show('pour savoir si elle est en sécurité', 'fr')).toBe('pour savoir si elle est sécurité');
    expect(show("ask her directly, tonight, whether she's thinking about suicide", 'en')).toBe(
      'ask her directly tonight whether she is thinking about suicide',
    );
  });
  it('« le premier pas » is the noun', () => {
    expect(show("Donc le premier pas, c'est vous", 'fr')).toBe('donc premier est vous');
  });
  it('"why not see him another day", « pourquoi pas lui écrire » suggest; "could you ask him to…" is a suggestion', () => {
    expect(show('Why not see him another day', 'en')).toBe('why see him another day');
    expect(show('pourquoi pas lui écrire', 'fr')).toBe('pourquoi lui écrire');
    expect(show('Could you ask him to move it to the weekend', 'en')).toBe('could you ask him move it weekend');
  });
  it('a demand to know asks (« je dois savoir qui vous êtes »); "I don\'t need to know how…" asks nothing', () => {
    expect(show('je dois savoir qui vous êtes', 'fr')).toBe('je dois savoir qui vous êtes');
    expect(show("I don't need to know how explicit it is", 'en')).toBe('!i !need !know ^~how ^~explicit ^~it ^~is');
    expect(show('I understand why you did it', 'en')).toBe('i understand ^why ^you ^did ^it');
  });
  it("« c'est qu'une image » is \"only\", like « ce n'est qu'une image »; « retenez que » keeps its complement's polarity", () => {
    expect(show("c'est qu'une image", 'fr')).toBe('est que image');
    expect(show("c'est qu'il a peur", 'fr')).toBe('est il peur');
    expect(show("retenez qu'on ne se fait jamais transférer une image", 'fr')).toBe(
      'retenez !on !se !fait !transférer !image',
    );
  });
  it('a near future is not a verb of motion: « je ne vais pas décider » is no « n\'y va pas », "not going to judge" no "don\'t go"', () => {
    const mistake = { points: -3 };
    expect(matches("n'y va pas", 'Je ne vais pas décider à ta place, Lina.', 'fr', mistake)).toBe(false);
    expect(matches("n'y va pas", 'je vais pas te juger', 'fr', mistake)).toBe(false);
    expect(matches("don't go", "I'm not going to judge you", 'en', mistake)).toBe(false);
    // still a verb of motion: an order, a way somewhere, a going to do, « y aller »
    expect(matches("n'y va pas", 'ne va pas le voir', 'fr', mistake)).toBe(true);
    expect(matches("n'y va pas", 'tu ne vas pas y aller', 'fr', mistake)).toBe(true);
    expect(matches("n'y va pas", 'je vais pas à la police', 'fr', mistake)).toBe(true);
    expect(matches('aller le voir', 'tu vas voir Mathis demain', 'fr')).toBe(true);
    expect(matches("don't go", "I'm not going to school", 'en', mistake)).toBe(true);
    // every near future meets every other, and a phrase with no subject typed meets one with it
    expect(matches("va t'aider", "nous allons t'aider")).toBe(true);
    expect(matches('va sauter', 'le compte va sauter, promis')).toBe(true);
    expect(matches('ils vont', "Ils vont t'emmener aux urgences.")).toBe(true);
    expect(matches("I'm going to help", 'we are going to help you', 'en')).toBe(false);
  });
  it('« se dire » is to think: « faut pas se dire ça » is no « faut pas dire ça »', () => {
    const critical = { points: -5, critical: 'dismisses' };
    expect(matches('faut pas dire ça', "non faut pas se dire ca, c'est super sérieux", 'fr', critical)).toBe(false);
    expect(matches('faut pas dire ça', "il ne faut pas dire ça, t'as plein de choses à vivre", 'fr', critical)).toBe(
      true,
    );
    expect(matches('on a dit', "on s'est dit que c'était rien")).toBe(false);
    expect(matches('on a dit', "on lui a dit que c'était rien")).toBe(true);
  });
  it("« en vouloir à » is to hold it against: « je t'en veux pas » is no « je ne voulais pas »", () => {
    expect(matches('je ne voulais pas', "je t'en veux pas, t'as eu raison d'appeler")).toBe(false);
    expect(matches('je ne voulais pas', 'je ne voulais pas te faire peur')).toBe(true);
    expect(matches("je ne t'en veux pas", "moi je t'en voudrai jamais")).toBe(true);
    expect(matches('en veut à', 'elle en veut à son père')).toBe(true);
  });
  it("a phrase's « ne … que » asks for *only*: « n'est qu'une photo » never meets the conjunction que", () => {
    const mistake = { points: -2 };
    expect(matches("n'est qu'une photo", "tkt, ce n'est qu'une photo", 'fr', mistake)).toBe(true);
    expect(matches("n'est qu'une photo", "bah c'est qu'une photo", 'fr', mistake)).toBe(true);
    expect(matches("n'est qu'une photo", "c'est clair que la photo c'était pas l'idée du siècle", 'fr', mistake)).toBe(
      false,
    );
    // a phrase typed without ne has a plain que: it still meets the answer's « ne … que »
    expect(matches('on capture que', 'on ne capture que les pages')).toBe(true);
  });
  it('a fronted condition whose main clause says a harm follows is a choice set aside', () => {
    expect(show("If you give him the money, he'll ask for more.", 'en')).toBe(
      '^if ^you ^give ^him ^money he will ask for more',
    );
    expect(show('si tu paies, il en redemandera', 'fr')).toBe('^si ^tu ^paies il redemandera');
    expect(show('si tu paies il te laissera tranquille', 'fr')).toBe('si tu paies il te laissera tranquille');
    expect(matches('give him the money', "If you give him the money, he'll ask for more.", 'en', critical)).toBe(false);
  });
  it('"go after him" is a preposition; "before you take screenshots" a clause; « à pas faire » stays in its clause', () => {
    expect(show("Please don't go after him yourself.", 'en')).toBe('!please !go !after !him !yourself');
    expect(show("don't delete anything before you take screenshots", 'en')).toBe(
      '!delete !anything before you take screenshots',
    );
    // « à » + a negated infinitive stays in its clause: typed without its accent, « t'avais qu'a pas commencer »
    // could not be told from « il a pas commencé »
    expect(show('tu feras attention à pas faire de blagues', 'fr')).toBe('!tu !feras !attention !faire !blagues');
  });
  it('"feel" is a verb of thinking: "you feel you were naive" is the caller\'s feeling, "I don\'t feel it\'s your fault" carries', () => {
    expect(show('You feel you were naive, but he tricked you', 'en')).toBe('you feel ^you ^were ^naive he tricked you');
    expect(show("I don't feel it's your fault", 'en')).toBe('!i !feel !it !is !your !fault');
  });
  it('"so" at the start of a clause is a connector: "so I won\'t keep it" negates keep', () => {
    expect(show("so I won't keep it", 'en')).toBe('!so !i !keep !it');
    expect(show("block him so he can't contact you", 'en')).toBe('block him !so !he !contact !you');
  });
  it('« pour un rien » negates nothing; « t\'y es pour rien » is still "not your fault"', () => {
    expect(show("c'est vrai qu'à cet âge on écrit ça pour un rien", 'fr')).toBe('est vrai cet âge on écrit ça pour');
    expect(show("t'y es pour rien", 'fr')).toBe('!es !pour');
  });
  it("« revenir avec lui ce serait… »: « ce » before its copula makes the infinitive a topic, as « c'est » does", () => {
    expect(show('revenir avec lui ce serait te mettre sous sa coupe', 'fr')).toBe(
      '^revenir ^avec ^lui ce serait te mettre sous sa coupe',
    );
    expect(show('pas faire grand-chose ce soir', 'fr')).toBe('!faire !grand !chose !ce !soir');
  });
  it('an emoji ends its clause as a comma would', () => {
    expect(show('that was a rly bad way to put it 🙏 ur not stupid', 'en')).toBe(
      'that was rly bad way put it !you !are !stupid',
    );
    expect(show('cheh pour eux 😤 bon par contre réponds pas', 'fr')).toBe('cheh pour eux !bon !par !contre !réponds');
  });
  it('« inquietez vous pas » without its hyphen is the formula; "I can\'t promise the photo won\'t go anywhere" reports', () => {
    expect(show('vous etes au bon endroit inquietez vous pas', 'fr')).toBe('vous etes bon endroit !inquietez !vous');
    expect(show("I can't promise the photo won't go anywhere", 'en')).toBe('!i !promise ~photo ~go ~anywhere');
  });
  it('French plurals Snowball leaves whole meet their singular: photos ~ photo, ados ~ ado, amis ~ ami, jeux ~ jeu', () => {
    expect(matches('envoie la photo', 'envoie les photos', 'fr')).toBe(true);
    expect(matches('les ados', "c'est un ado", 'fr')).toBe(true);
    expect(matches('des amis', 'un ami', 'fr')).toBe(true);
    expect(matches('jeu vidéo', 'jeux vidéos', 'fr')).toBe(true);
    expect(matches('dis-moi', 'il y a un mois', 'fr')).toBe(false);
  });
  it("« envoyer une photo, c'est pas lui donner le droit de la partager » defines the topic: its negation stays in the definition", () => {
    expect(show("envoyer une photo à quelqu'un, c'est pas lui donner le droit de la partager", 'fr')).toBe(
      "^envoyer ^photo ^quelqu'un !est !lui !donner !droit !partager",
    );
    expect(show('Payer, ça ne sert à rien', 'fr')).toBe('!payer !ça !sert');
  });
  it("the caller's wish that the trainee says they understand is described, not advised: no mistake is read in it", () => {
    for (const a of [
      "Je comprends l'envie de leur rendre la monnaie de leur pièce",
      'je comprends ton envie de leur rendre la monnaie de leur pièce mais fais pas ça',
      'je comprends que tu veuilles leur rendre la monnaie de leur pièce',
      'je comprends que tu aies envie de leur rendre la monnaie de leur pièce',
    ])
      expect(matches('leur rendre la monnaie de leur pièce', a, 'fr', mistake)).toBe(false);
    for (const a of [
      'I understand wanting to get back at them',
      'I can see you want to get back at them, but please don’t',
      'I understand your urge to get back at them',
      'I know you really want to get back at them',
    ])
      expect(matches('get back at them', a, 'en', mistake)).toBe(false);
    // negated, the verb of knowing judges; the trainee's own wish, or a wish in a clause of its own, is said
    expect(
      matches(
        'leur rendre la monnaie de leur pièce',
        'je comprends pas que tu veuilles leur rendre la monnaie de leur pièce',
        'fr',
        mistake,
      ),
    ).toBe(true);
    expect(
      matches('leur rendre la monnaie de leur pièce', 'je veux leur rendre la monnaie de leur pièce', 'fr', mistake),
    ).toBe(true);
    expect(matches('get back at them', 'I understand. You want to get back at them? do it', 'en', mistake)).toBe(true);
    // a positive criterion still matches there
    expect(matches('get back at them', 'I understand wanting to get back at them', 'en')).toBe(true);
  });
  it('a fronted relative whose verb introduces an infinitive ends with it at the main verb', () => {
    expect(show('someone who asks you to send pics is not your friend', 'en')).toBe(
      '!someone who asks you ^send ^pics !is !your !friend',
    );
    expect(show("quelqu'un qui te demande de garder le secret n'est pas ton ami", 'fr')).toBe(
      "!quelqu'un qui te demande ^garder ^secret !est !ton !ami",
    );
    // "used to" is no complement: the relative still ends at its main verb
    expect(show('people who used to be your friends are not your friends', 'en')).toBe(
      '!people who used be your friends !are !your !friends',
    );
    // the asking is attributed, and the main clause's negation does not reach it: no "don't send pics" there
    expect(matches("don't send pics", 'someone who asks you to send pics is not your friend', 'en')).toBe(false);
    expect(matches('not your friend', 'someone who asks you to send pics is not your friend', 'en')).toBe(true);
  });
  it("« c'est inadmissible que… », « c'est triste que… »: an evaluation's que-clause keeps its own negation", () => {
    expect(show("c'est inadmissible que vous l'ayez pas déjà supprimé", 'fr')).toBe(
      'est inadmissible !que !vous !ayez !déjà !supprimé',
    );
    expect(show("c'est pas logique que tu paies", 'fr')).toBe('!est !logique !que !tu !paies');
  });
  it('« une grande personne » is a person, not "nobody"', () => {
    expect(show("Est-ce qu'il y a une grande personne en qui tu as confiance ?", 'fr')).toBe(
      'est ce il grande personne qui tu as confiance',
    );
    expect(show('je le dirai à personne', 'fr')).toBe('!je !dirai !personne');
  });
  it('a fronted condition ends at a noun subject and its verb; "tbh", « franchement » before it keep it fronted', () => {
    expect(show('tbh if u dont want any problems the easiest thing is just delete it', 'en')).toBe(
      'tbh !if !you !want !any !problems easiest thing is just delete it',
    );
    expect(show("if he doesn't stop the police will help", 'en')).toBe('!if !he !stop police will help');
    expect(show('if you tell the teacher she will help', 'en')).toBe('if you tell teacher she will help');
  });
  it('"I\'m not saying go back with him": a bare imperative after a negated verb of saying is reported', () => {
    expect(show("I'm not saying go back with him", 'en')).toBe('!i !am !saying ~go ~back ~with ~him');
    expect(matches("don't go back", "I'm not saying go back with him", 'en')).toBe(false);
    expect(matches('go back', "I'm not saying go back with him", 'en', mistake)).toBe(false);
    expect(show("don't go back with him", 'en')).toBe('!go !back !with !him');
  });
});

describe('echo questions: the caller’s question or fear put back to them is theirs', () => {
  it('« tu te demandes si… », « vous me demandez si… », « t’as peur que… » are attributed: no mistake is read in them', () => {
    expect(
      matches('tu es puni', 'Tu te demandes si tu es puni ? Non, ici personne ne te gronde.', 'fr', critical),
    ).toBe(false);
    expect(show("Vous me demandez si je dois voir l'image : non, surtout pas.", 'fr')).toBe(
      'vous me demandez ^si ^je ^dois ^voir ^image non !surtout',
    );
    expect(
      matches('voir l’image', "Vous me demandez si je dois voir l'image : non, surtout pas.", 'fr', critical),
    ).toBe(false);
    expect(matches('c’est ta faute', "T'as peur qu'on te dise que c'est ta faute ? Non.", 'fr', critical)).toBe(false);
    // the trainee's answer after the colon is their own, not a quote: "non" and what follows still read
    expect(
      matches('ne pas voir l’image', "Vous me demandez si je dois voir l'image : non, je n'ai pas à voir l'image."),
    ).toBe(true);
    // a positive criterion still matches inside the echo
    expect(matches('garder la photo', 'Tu te demandes si tu dois garder la photo ? oui, garde-la')).toBe(true);
  });
  it('"you\'re asking whether…", "are you worried you\'ll…" are attributed; "could you ask her if…" is the trainee\'s own', () => {
    const a = "You're asking whether to keep the photo as evidence: no, screenshots of his messages are enough.";
    expect(matches('keep the photo', a, 'en', critical)).toBe(false);
    expect(
      matches('in trouble', "Are you worried you'll be in trouble? No, you're the victim here.", 'en', critical),
    ).toBe(false);
    expect(matches('ask if she is safe', 'Could you ask her if she is safe?', 'en')).toBe(true);
    expect(show('Could you ask her if she is safe?', 'en')).toBe('could you ask her if she is safe');
    expect(show("I'm worried you'll pay him.", 'en')).toBe('i am worried you will pay him');
  });
  it('a question put to someone else, or the trainee’s own wondering, is no echo', () => {
    expect(show('Demande-lui si elle est en sécurité.', 'fr')).toBe('demande lui si elle est sécurité');
    expect(show('Je me demande si tu es en sécurité ce soir.', 'fr')).toBe('je me demande si tu es sécurité ce soir');
    expect(show("Vous lui avez demandé s'il les a provoqués ?", 'fr')).toBe('vous lui avez demandé il provoqués');
    expect(matches('it was your fault', 'Did you ask him if it was your fault?', 'en', mistake)).toBe(true);
  });
});

describe('« peut-être …, peut-être pas », "maybe …, maybe not": weighed both ways, no mistake is read', () => {
  it('the clause that opens with peut-être / maybe is qualified when « peut-être pas », « ou pas », "maybe not" follow', () => {
    const fr =
      "Peut-être qu'elle voulait vous faire culpabiliser, peut-être pas ; dans le doute, on la prend au sérieux.";
    expect(matches('elle voulait vous faire culpabiliser', fr, 'fr', critical)).toBe(false);
    expect(
      matches(
        'elle voulait vous faire culpabiliser',
        "Peut-être qu'elle voulait vous faire culpabiliser ou pas.",
        'fr',
        critical,
      ),
    ).toBe(false);
    const en = 'Maybe she just wanted to get at you, maybe not. Either way we take it seriously.';
    expect(matches('she wanted to get at you', en, 'en', critical)).toBe(false);
    // a positive criterion still matches there, and the clause after it is read as it stands
    expect(matches('she wanted to get at you', en, 'en')).toBe(true);
    expect(matches('take it seriously', en, 'en')).toBe(true);
  });
  it('without « peut-être » / "maybe" before, or without "not" after, the statement stands', () => {
    expect(
      matches(
        'elle voulait vous faire culpabiliser',
        'Elle voulait vous faire culpabiliser, peut-être pas.',
        'fr',
        critical,
      ),
    ).toBe(true);
    expect(matches('she wanted to get at you', 'Maybe she just wanted to get at you.', 'en', critical)).toBe(true);
  });
});

describe('two readings the negative-bank tuners found', () => {
  it('"I\'m here to tell you:" is the trainee speaking: the clause after the colon is their own', () => {
    expect(show("I'm here to tell you: it's not your fault.", 'en')).toBe('i am here tell you !it !is !your !fault');
    expect(matches('there are predators', 'I am here to warn you: there are predators online.', 'en', mistake)).toBe(
      true,
    );
  });
  it("« Envoyer une photo, ce n'est pas accepter qu'elle la partage » defines the topic as « c'est pas » does", () => {
    const a = "Envoyer une photo à une personne, ce n'est pas accepter qu'elle la partage.";
    expect(show(a, 'fr')).toBe('^envoyer ^photo ^personne !ce !est !accepter elle partage');
    expect(matches("n'envoie pas de photo", a, 'fr', mistake)).toBe(false);
  });
});

describe('more readings the negative-bank tuners found', () => {
  it('« en plus du 3018 », « de plus » are "in addition (to)", no negation', () => {
    expect(show('utilise StopNCII en plus du 3018', 'fr')).toBe('utilise stopncii plus 3018');
    expect(matches('utilise stopncii', 'utilise StopNCII en plus du 3018')).toBe(true);
    expect(show("il n'y a plus du tout de photo", 'fr')).toContain('!');
  });
  it('"ask your parents whether…" asks it: a noun after its possessive is the object of ask', () => {
    const a = "Ask your parents whether they'd pay for one of those professional takedown services.";
    expect(matches('pay for professional takedown services', a, 'en', mistake)).toBe(true);
    expect(show("I don't know whether they'd pay", 'en')).toContain('~pay');
  });
  it('« tu te dis sûrement que… »: an adverb of likelihood stands between the verb and what it introduces', () => {
    expect(show("Tu te dis sûrement que c'est foutu.", 'fr')).toBe('tu te dis sûrement ^que ^est ^foutu');
    expect(matches("c'est foutu", "Tu te dis sûrement que c'est foutu. Ça ne l'est pas.", 'fr', mistake)).toBe(false);
  });
});

describe('"maybe tell him…" is the trainee\'s suggestion; "some people worry…" is their worry', () => {
  it("maybe / perhaps before an imperative of saying leave it the trainee's own script", () => {
    expect(show('Maybe tell him to delete the messages with his mates too', 'en')).toBe(
      'maybe tell him delete messages with his mates too',
    );
    expect(matches('tell him to delete the messages', 'Maybe tell him to delete the messages', 'en', mistake)).toBe(
      true,
    );
  });
  it("worry / fear are verbs of thinking: someone else's worry is attributed, the trainee's own is said", () => {
    const a = "Some people worry the police won't take it seriously, but they will.";
    expect(show(a, 'en')).toBe('some people worry ^!police ^!take ^!it ^!seriously they will');
    expect(matches("police won't take it seriously", a, 'en', mistake)).toBe(false);
    expect(
      matches("police won't take it seriously", "I worry the police won't take it seriously.", 'en', mistake),
    ).toBe(true);
  });
});
