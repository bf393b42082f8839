/** The scenario the preview opens with when the trainer has not written one yet (English UI). */
export const SAMPLE = `format: 1
id: sample-chat
title: "Chat: a pupil asks about a photo"
locale: en
setting: chat
summary: "Sam, 13, writes to the helpline chat."
content_notes: ["intimate images"]
characters:
  sam: { name: Sam, age: 13 }
competencies:
  listening: "Listening"
  safety: "Safety advice"
start: hello
nodes:
  hello:
    say:
      - sam: "hi. someone is asking me for a photo and i don't know what to do"
    ask:
      free:
        prompt: "Welcome Sam."
        model: "You did well to write to us. I'm listening, take your time."
        criteria:
          - id: welcome
            competency: listening
            points: 2
            match: ["did well to write", "i'm listening", "take your time"]
            feedback: "Reassure first: writing in was the right thing to do."
            examples:
              yes: ["You did well to write to us, I'm listening."]
              no: ["Write to us again when you can."]
        next:
          - goto: advice
  advice:
    say:
      - sam: "should i just send it so he stops?"
    ask:
      choice:
        prompt: "What do you advise?"
        options:
          - id: dont_send
            text: "Don't send anything; you can block him and we can look at this together."
            competency: safety
            points: 2
            goto: done
          - id: send
            text: "Maybe send one so he leaves you alone."
            competency: safety
            points: -2
            critical: "Advising to send an image"
            goto: done
  done:
    end: ok
outcomes:
  ok: "Sam knows what to do next"
tests:
  - name: a kind welcome, then safe advice
    answers: ["You did well to write to us, take your time.", dont_send]
    expect: { outcome: ok, passed: true, critical: false }
  - name: advising to send fails
    answers: ["Hello.", send]
    expect: { critical: true, passed: false }
`;

/** The same sample for a French UI. */
export const SAMPLE_FR = `format: 1
id: exemple-tchat
title: "Tchat : une élève parle d'une photo"
locale: fr
setting: chat
summary: "Léa, 13 ans, écrit au tchat de la ligne d'écoute."
content_notes: ["images intimes"]
characters:
  lea: { name: Léa, age: 13 }
competencies:
  ecoute: "Écoute"
  securite: "Conseils de sécurité"
start: accueil
nodes:
  accueil:
    say:
      - lea: "slt. un garçon me demande une photo et je sais pas quoi faire"
    ask:
      free:
        prompt: "Accueillez Léa."
        model: "Tu as bien fait de nous écrire. Je t'écoute, prends ton temps."
        criteria:
          - id: accueil
            competency: ecoute
            points: 2
            match: ["bien fait de nous écrire", "je t'écoute", "prends ton temps"]
            feedback: "Rassurer d'abord : écrire était la bonne chose à faire."
            examples:
              yes: ["Tu as bien fait de nous écrire, je t'écoute."]
              no: ["Réécris-nous quand tu pourras."]
        next:
          - goto: conseil
  conseil:
    say:
      - lea: "je lui envoie pour qu'il arrête ?"
    ask:
      choice:
        prompt: "Que lui conseillez-vous ?"
        options:
          - id: ne_pas_envoyer
            text: "N'envoie rien ; tu peux le bloquer et on regarde ça ensemble."
            competency: securite
            points: 2
            goto: fin
          - id: envoyer
            text: "Envoie-en une pour qu'il te laisse tranquille."
            competency: securite
            points: -2
            critical: "Conseiller d'envoyer une image"
            goto: fin
  fin:
    end: ok
outcomes:
  ok: "Léa sait quoi faire ensuite"
tests:
  - name: un accueil chaleureux, puis le bon conseil
    answers: ["Tu as bien fait de nous écrire, prends ton temps.", ne_pas_envoyer]
    expect: { outcome: ok, passed: true, critical: false }
  - name: conseiller d'envoyer fait échouer
    answers: ["Bonjour.", envoyer]
    expect: { critical: true, passed: false }
`;
