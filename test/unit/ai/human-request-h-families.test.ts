import { describe, expect, it } from "vitest";
import { rejectsAnswer } from "../../../workers/ai/local/bot-failure";
import { wantsHuman } from "../../../workers/ai/local/human-request";
import { expandTextspeak } from "../../../workers/ai/local/text";

/**
 * Families added after the blind-h1 check (phone typing, channels to the company, working it through with
 * their person, non-native "a person of your company", presence by attention). Each is generated from its
 * parts; the guards sit on the same frames with another sense or a negation.
 */
const cross = (...parts: string[][]): string[] =>
  parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => `${a}${p}`)), [""]);

describe("phone typing is spelled out before matching", () => {
  it.each([
    ["can u put me thru 2 sum1 pls", "can you put me through to someone please"],
    ["whats ur number", "what's your number"],
    ["connect me w someone", "connect me with someone"],
    ["thats not what i asked", "that's not what i asked"],
    ["i need 2 speak to any1", "i need to speak to anyone"],
    ["we have 2 agents", "we have 2 agents"],
    ["ya lo he resuelto", "ya lo he resuelto"],
  ])("%j → %j", (text, expected) => {
    expect(expandTextspeak(text)).toBe(expected);
  });

  it.each(
    cross(
      ["can u ", "cn u ", "could u "],
      ["put me thru to ", "connect me w ", "get me "],
      ["a human", "sum1 real", "a real person", "ur manager"],
      ["", " pls", " plz"],
    ),
  )("textspeak request: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });
});

describe("request for a human: h families", () => {
  it.each(
    cross(
      ["can I ", "could we ", "can i just "],
      ["call ", "ring ", "phone "],
      ["you", "you guys", "your support team", "someone"],
      ["", " instead?", " about this"],
    ),
  )("calling the company: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each(
    cross(
      ["whats ur ", "what's your ", "can i get your ", "send me your "],
      ["phone number", "number", "support line", "contact number"],
    ).concat(
      cross(
        ["do you have a ", "is there a ", "what's the ", "do you guys have a "],
        ["support line", "phone number", "customer service number", "hotline", "phone line"],
        ["", " I can ring", " for urgent issues"],
      ),
      ["what number do i call for support", "is there a number i can call"],
    ),
  )("asking for their phone line: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each([
    "is there a live chat with people",
    "do you guys do live chat with actual staff",
    "can i video call someone to show them",
    "¿puedo llamarles mañana?",
    "¿tienen un número de teléfono de contacto?",
    "je peux vous appeler ?",
    "quel est votre numéro de téléphone",
    "Kann ich Sie anrufen?",
    "Kann mich bitte ein Mitarbeiter anrufen?",
    "wie lautet Ihre Telefonnummer?",
    "posso ligar para vocês?",
    "qual o telefone do suporte?",
    "posso chiamarvi domani?",
    "qual è il vostro numero di telefono?",
  ])("channel to the company in six languages: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each(
    cross(
      ["i'd like to ", "can i ", "it would help to "],
      ["talk it through ", "go over the pricing ", "go through the invoices ", "discuss our renewal "],
      ["with one of your technicians", "with a person on your sales side", "with an account manager"],
    ).concat(
      cross(
        ["could we ", "I'd like to ", "would it be possible to "],
        ["arrange a call ", "book a meeting ", "set up a quick call "],
        ["with an account manager", "with one of your engineers", "with your billing team"],
      ),
    ),
  )("working it through with their person: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each(
    cross(
      ["I need that ", "please, I want that ", "it would be quicker if ", "could "],
      [
        "a person of your company ",
        "someone of technical team ",
        "somebody on your end ",
        "someone from your finance department ",
        "one of your people ",
      ],
      [
        "contacts me",
        "look my problem",
        "took a look at the file",
        "go through them with me",
        "walk me through it",
      ],
    ),
  )("their person doing it: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each(
    cross(
      ["is anybody ", "is anyone ", "are any humans "],
      ["actually ", "even ", ""],
      ["reading these messages", "reading this", "listening"],
    ).filter((t) => !t.endsWith(" listening") || t.includes("actually") || t.includes("even")),
  )("presence by attention: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each([
    // Other senses on the same frames.
    "what should i call you?",
    "can i call the api from a cron job",
    "can we call your endpoint from python",
    "is there a phone number field for contacts",
    "what's the phone number format for contacts",
    "do you have a line break option in the editor",
    "how do i change the phone number on my profile",
    "is there a number i can use for the test card",
    "I'll go over it with the team tomorrow",
    "let me talk to my team first",
    "we discussed it with our accountant",
    "can we book a meeting with a customer from the calendar",
    "someone from your team already fixed it, thanks",
    "one of your people helped me last week",
    "someone from the bank calls me every day",
    "is anyone else seeing this error?",
    "does the live chat widget work on mobile",
    "do you have a live chat feature for our website",
    "wo ändere ich meine Telefonnummer?",
    "me llamo Ana",
    "votre numéro de commande est 1234",
    // Declined.
    "no need to call you, it's sorted",
    "i don't need your phone number, email is fine",
    "no hace falta llamarles, ya está",
  ])("does not hear a request in %j", (text) => {
    expect(wantsHuman(text)).toBe(false);
  });
});

describe("rejecting the answer, typed on a phone", () => {
  it.each(
    cross(["thats not ", "that's not ", "its not "], ["what i asked", "it", "what i meant"]).concat(
      cross(["still doesnt ", "still doesn't ", "that doesnt "], ["help", "work", "help at all"]),
    ),
  )("%j rejects the answer", (text) => {
    expect(rejectsAnswer(text)).toBe(true);
  });

  it.each(["thats it, thanks", "it doesnt matter, found it", "still works fine"])("%j does not", (text) => {
    expect(rejectsAnswer(text)).toBe(false);
  });
});

describe("request for a human: families added after the h2 check", () => {
  it.each(
    cross(
      ["could you ", "I should be grateful if you could ", "would you kindly "],
      ["refer this matter ", "pass my case ", "hand this "],
      ["to an appropriate member of your team", "to a specialist", "to the relevant department"],
    ).concat([
      "someone from billing please, not the bot",
      "somebody in sales pls",
      "a person from support.",
      "any chance of a human",
      "any chance for a real person?",
      "can a human have a look at my account",
      "cn i speak to customer services",
      "¿una persona me puede ayudar?",
      "est-ce qu'un humain peut m'aider ?",
      "un conseiller pourrait me rappeler ?",
      "kann mir ein Mensch helfen?",
      "um atendente pode me ajudar?",
      "un operatore può aiutarmi?",
    ]),
  )("referring on, a person from a department, a person as the subject of help: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each([
    "how do I pass this to a colleague of mine",
    "someone from billing fixed it, thanks",
    "someone from sales called me yesterday",
    "any chance of a discount?",
    "can a human-readable log be exported",
    "mon agent immobilier peut m'aider avec le bail",
    "no hace falta que una persona me ayude",
  ])("does not hear a request in %j", (text) => {
    expect(wantsHuman(text)).toBe(false);
  });
});
