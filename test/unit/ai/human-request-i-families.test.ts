import { describe, expect, it } from "vitest";
import { wantsHuman } from "../../../workers/ai/local/human-request";

/**
 * Families added after the blind-i1 check (formal telephone requests, asking them to get someone on it,
 * wanting it done by a person, a department named bare after a transfer, code-switching, Spanish and French
 * subjunctive and need frames, a German person on the phone). Each is generated from its parts; the guards
 * sit on the same frames with another sense (the customer's own people, product features, questions about a
 * process, "the contact person" as a noun).
 */
const cross = (...parts: string[][]): string[] =>
  parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => `${a}${p}`)), [""]);

describe("request for a human: i families", () => {
  it.each(
    cross(
      ["I should be grateful if ", "I would appreciate it if ", "Could "],
      ["a member of your staff ", "someone from your office ", "a member of the team "],
      ["would telephone me", "could telephone me", "might telephone me"],
      ["", " at your earliest convenience."],
    ),
  )("formal telephone request: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each(
    cross(
      ["could you get ", "can you please get ", "please get ", "would you kindly get "],
      ["someone ", "somebody ", "a person ", "someone from billing ", "one of your people "],
      ["to look at this", "to check my account", "to call me", "to take a look"],
    ),
  )("asking them to get a person on it: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each(
    cross(
      ["I want ", "I'd like ", "I would prefer ", "can "],
      ["this ", "my case ", "my invoice "],
      ["looked at ", "checked ", "reviewed ", "handled "],
      ["by a person", "by a real human", "by one of your staff", "by an actual agent"],
    ),
  )("wanting it done by a person: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each(
    cross(
      ["transfer to ", "transfer me to ", "put me through to ", "connect me with ", "forward me to "],
      ["billing", "sales", "accounts", "the finance team", "tech support", "customer service"],
      ["", " pls", " please", ", thanks"],
    ),
  )("a department named bare after a transfer: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each([
    ...cross(
      ["Could a human ", "Can an actual person ", "Could a real agent "],
      ["double check ", "verify ", "confirm "],
      ["the dates on my renewal?", "my invoice?"],
    ),
    ...cross(
      ["I'd appreciate ", "I would welcome ", "I'd like "],
      ["a quick chat with ", "a call with "],
      ["an actual member of the support team", "a member of your billing team", "one of your engineers"],
    ),
  ])("a person checking, a chat with their member: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each([
    ...cross(
      ["hola, necesito hablar con ", "quiero hablar con ", "puedo hablar con "],
      ["someone de billing", "a real person", "a human"],
    ),
    ...cross(
      ["est-ce que je peux parler ", "je veux parler "],
      ["to a real person svp", "avec someone du support", "to a human"],
    ),
    ...cross(["posso falar com ", "vorrei parlare con "], ["someone do suporte", "a real person"]),
  ])("code-switching: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each([
    ...cross(
      ["Me gustaría que ", "Quiero que ", "Prefiero que "],
      ["un técnico ", "alguien del equipo ", "una persona "],
      ["revisara mi caso", "me llame", "me atienda", "revise mi cuenta"],
    ),
    ...cross(
      ["J'ai besoin d'", "Il me faut "],
      ["un interlocuteur humain", "un conseiller", "une vraie personne"],
      ["", " pour mon dossier"],
    ),
    ...cross(
      ["Je voudrais qu'", "J'aimerais qu'"],
      ["un technicien ", "un conseiller "],
      ["regarde mon dossier", "me rappelle"],
    ),
    ...cross(
      ["Ich hätte gern ", "Ich möchte bitte ", "Kann ich "],
      ["jemanden ", "einen Mitarbeiter "],
      ["am Telefon", "sprechen", "telefonisch erreichen"],
    ),
  ])("es/fr subjunctive and need, de on the phone: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each([
    ...cross(
      ["gibt es hier einen ", "gibt es einen ", "ist hier ein "],
      ["echten Mitarbeiter", "Menschen", "Berater"],
      ["?", " da?"],
    ),
    ...cross(
      ["c'è un ", "c'è qualche ", "ciao, c'è un "],
      ["operatore", "consulente", "operatore umano"],
      ["?", " disponibile?"],
    ),
    ...cross(
      ["¿hay algún ", "hay un ", "hola, ¿hay un "],
      ["agente", "asesor", "humano"],
      ["?", " disponible?"],
    ),
    ...cross(["tem um ", "tem algum "], ["atendente", "humano"], ["?", " disponível?"]),
    ...cross(["y a-t-il un ", "il y a un "], ["conseiller", "humain", "agent"], [" ?", " disponible ?"]),
    ...cross(
      ["is there a ", "is there an ", "hi, is there a "],
      ["human", "real person", "live agent"],
      ["?", " available?"],
    ),
  ])("asking whether a person is there, as a whole question: %j", (text) => {
    expect(wantsHuman(text)).toBe(true);
  });

  it.each([
    // The customer's own people.
    "I'll get someone on my team to look at it",
    "let me get someone to check it on our side",
    "we had it reviewed by a person on our side last week",
    // Product features named after a handoff.
    ...cross(
      ["what does the ", "how do I set the ", "can I rename the "],
      ["'escalate to human' ", '"talk to an agent" ', "escalate to human ", "transfer to agent "],
      ["step", "rule", "button", "action"],
      ["", " in the workflow builder?"],
    ),
    // Questions about a process.
    ...cross(
      ["Does a real person ", "Does a human ", "Do people "],
      ["read the ", "review every ", "check the "],
      ["feedback form?", "submission?", "translations?"],
    ),
    "is the reviewer on my submission a human?",
    "do you have human translators?",
    // "contact person" is a noun; transfers of things.
    ...cross(
      ["how do I change the ", "where can I update our "],
      ["contact person on file", "billing contact person", "main contact email"],
    ),
    "how do I transfer ownership to another workspace",
    "connect to slack",
    "the transfer to finance failed",
    // Having a look themselves, adding an employee.
    "could you have a look yourself?",
    "can you please have a look at the logs",
    "ich möchte einen Mitarbeiter hinzufügen",
    "wir wollen eine Mitarbeiterin einladen",
    // A person noun that goes on into a thing.
    "is there an agent seat limit?",
    "is there a person field on contacts?",
    "c'è un operatore logistico che usa l'app",
    "hay un agente de viajes en mi cuenta?",
    "gibt es einen Mitarbeiter-Export?",
    // Who is typing.
    "I'm a real person, why does the captcha fail?",
    "are you a real person?",
    "is it a real person answering?",
    "we are real people, not a bot farm",
    // Their own organisation.
    "who should I contact in my company to get admin access?",
    "who do we talk to internally about the budget",
    // Declined.
    "no need to transfer me to billing",
    "don't get someone to call me, email is fine",
  ])("guarded: %j", (text) => {
    expect(wantsHuman(text)).toBe(false);
  });
});
