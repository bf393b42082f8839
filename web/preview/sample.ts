/** The scenario the preview opens with when the trainer has not written one yet. */
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
`;
