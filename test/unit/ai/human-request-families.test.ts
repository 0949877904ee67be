import { describe, expect, it } from "vitest";
import { wantsHuman } from "../../../workers/ai/local/human-request";

/**
 * Families of wording, not single sentences: each family is generated from its parts (frame × person ×
 * politeness), so a new phrasing of a family already covered is expected to pass, and the guards are
 * checked on the same frames with other senses or a negation.
 */
const cross = (...parts: string[][]): string[] =>
  parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => `${a}${p}`)), [""]);

describe("request for a human: families", () => {
  it.each(
    cross(
      ["is ", "are "],
      ["anyone ", "anybody ", "someone ", "any of your staff "],
      ["", "from support ", "from your billing team ", "real "],
      ["around", "there", "available", "online", "on the line"],
    ).filter((t) => !/^are (?:anyone|anybody|someone)/.test(t)),
  )("presence question: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each(
    cross(
      ["is there a phone number where i can ", "how do i ", "what's the best way to ", "i need to "],
      ["reach ", "contact ", "get hold of ", "get through to "],
      ["a person", "a human", "your support team", "someone in billing", "a real agent"],
    ),
  )("channel to a person: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each(
    cross(
      ["I would appreciate it if ", "could ", "I'd like ", ""],
      ["one of your colleagues ", "someone on your team ", "a member of your staff "],
      ["could look into my case", "can check this for me", "to review my account", "would call me"],
    ),
  )("delegation to their people: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each([
    "call me back please",
    "can someone ring me tomorrow morning",
    "give me a call on 0612345678",
    "please phone us, it's easier",
    "rufen Sie mich bitte zurück",
    "können Sie mich morgen anrufen?",
    "ich hätte gern einen Rückruf",
    "llámenme por favor",
    "¿me pueden llamar mañana?",
    "rappelez-moi svp",
    "pouvez-vous me rappeler demain",
    "me liga por favor",
    "vocês podem me ligar?",
    "richiamatemi per favore",
    "mi chiami domani mattina",
  ])("call-back request in six languages: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each([
    "hay alguien ahí?",
    "¿hay alguien disponible?",
    "y a quelqu'un ?",
    "je voudrais joindre un conseiller",
    "est-ce que je peux contacter le service client",
    "ist da jemand?",
    "ich brauche menschliche Hilfe",
    "tem alguém aí?",
    "pode me transferir para um atendente?",
    "podem me passar para o suporte",
    "mi può passare un operatore?",
    "c'è qualcuno?",
    "loop in a human please",
    "can you get a real person involved",
  ])("presence, transfer and contact in other languages: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each([
    "can you get a person on here",
    "is there someone i can call directly about the renewal",
    "please have a technician check my sync",
    "could you have someone from billing look at it",
    "i want to file this with a real support person",
  ])(
    "added after the g2 check (on here, someone I can call, have X look at it, real support person): %j",
    (text) => {
      expect(wantsHuman(text)).toBe(true);
    },
  );

  it.each([
    // Other senses, same frames.
    "I'll have someone on my team check it tomorrow",
    "we have a support person on our side already",
    "is anyone else seeing this error?",
    "is there a way to reach the api from a cron job",
    "how do i contact my team members from the app",
    "my team can check it tomorrow",
    "our agents are online but see no chats",
    "is the agent available on linux",
    "is there someone field on the form?",
    "the callback url returns 500",
    "what do I call the webhook endpoint",
    "they call me every day about it",
    "me llamo Ana y tengo una pregunta",
    "how do i call the api from python",
    "is there a phone number field for contacts",
    // Declined.
    "don't call me, email is fine",
    "no need to call me back, it's fixed",
    "I don't need anyone to look into it, it works now",
    "pas besoin de me rappeler, c'est réglé",
    "nicht nötig, mich anzurufen",
    "non serve richiamarmi, grazie",
  ])("does not hear a request in %j", (text) => {
    expect(wantsHuman(text)).toBe(false);
  });
});
