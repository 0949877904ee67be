import { describe, expect, it } from "vitest";
import { botAdmitsFailure, rejectsAnswer } from "../../../workers/ai/local/bot-failure";
import { classifyLocally } from "../../../workers/ai/local/classify";

/** Category families added after the blind-i1 check, with the neighbours they must leave alone. */
const category = (text: string) => classifyLocally(text).category;
const cross = (...parts: string[][]): string[] =>
  parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => `${a}${p}`)), [""]);

describe("category: i families", () => {
  it.each([
    ...cross(
      ["I talked to someone who said the ", "when will the ", "where is the "],
      ["credit", "account credit"],
      ["", " for last month"],
    ),
    ...cross(
      [
        "Poderiam pedir para alguém do financeiro me ligar?",
        "quiero hablar con finanzas",
        "can someone from finance call me",
        "please put me through to the accounts team",
      ],
      [""],
    ),
  ])("credits and the finance department are billing: %j", (text) => {
    expect(category(text)).toBe("billing");
  });

  it.each([
    ...cross(
      ["how do I change the ", "where do I update our "],
      ["contact person on file", "contact details", "contact information"],
    ),
    ...cross(
      ["can I add my ", "how do I add our "],
      ["accountant ", "bookkeeper ", "intern "],
      ["as a user", "as an admin", "as a guest"],
    ),
    "¿cómo cambio mi plan?",
    "como cancelo minha assinatura",
    "comment changer de forfait",
    "wie kann ich meinen Tarif wechseln",
    "come cambio il mio abbonamento",
    "cancelo mi suscripción hoy",
    "ich möchte einen Mitarbeiter hinzufügen",
    "comment ajouter un utilisateur ?",
    "¿cómo agrego a un usuario nuevo?",
    "como adicionar um membro à equipe",
    "come aggiungere un utente",
  ])("contact details and adding someone as a user are account: %j", (text) => {
    expect(category(text)).toBe("account");
  });

  it.each([
    ...cross(
      [
        "'Something went wrong. Please try again later.'",
        "it just says access denied",
        "I get an unexpected error",
        "what does error code E42 mean",
      ],
      ["", " - that's all I ever see"],
    ),
    ...cross(
      ["the dashboard showed zeros", "the report shows nothing", "the chart displays wrong numbers"],
      ["", " this morning"],
    ),
    ...cross(["do you integrate with ", "does it integrate with "], ["hubspot", "our ERP", "Pipedrive"]),
    "I thought I'd lost everything but the backup saved me",
    "where are backups kept and how often do they run",
    "what does the escalate step do in the workflow builder?",
  ])("quoted errors, what a screen shows, backups, integrating, builders are technical: %j", (text) => {
    expect(category(text)).toBe("technical");
  });

  it.each(
    cross(
      ["we're hiring more support agents, ", "quick question: ", ""],
      ["do you charge per agent?", "is it priced per seat?", "how do you charge for guests?"],
    ),
  )("how pricing is counted, asked before buying, is sales: %j", (text) => {
    expect(category(text)).toBe("sales");
  });

  it.each(
    cross(
      ["We've had a letter from a ", "our "],
      ["solicitor", "law firm", "barrister"],
      [" about one of your users", ""],
    ),
  )("solicitors and law firms are legal: %j", (text) => {
    expect(category(text)).toBe("legal");
  });

  it.each(
    cross(
      ["is my data encrypted", "do you encrypt data at rest", "can you fill in our security questionnaire"],
      ["", "?"],
    ),
  )("security of their data is legal: %j", (text) => {
    expect(category(text)).toBe("legal");
  });

  it.each([
    ...cross(
      ["my card expired", "the card on file is old", "I have a new credit card"],
      ["", ", how do I update it"],
    ).map((t) => [t, "billing"] as const),
    ...cross(
      ["how do I ", "can I "],
      ["remove a user", "deactivate a member", "delete a guest", "remove my colleague"],
    ).map((t) => [t, "account"] as const),
    ...cross(["I get a blank screen", "white page", "the screen goes blank"], ["", " after login"]).map(
      (t) => [t, "technical"] as const,
    ),
    ...cross(
      [
        "do you have a free plan",
        "is there a student plan",
        "which plan fits a team of 25",
        "which tier do we need",
      ],
      ["", "?"],
    ).map((t) => [t, "sales"] as const),
    ...[
      "can I get a copy of my data",
      "who owns the content I upload",
      "how long do you keep my data",
      "do you sell data to third parties",
      "do you share our data with advertisers?",
    ].map((t) => [t, "legal"] as const),
    ...["why is there a late fee", "what is this extra fee on my invoice", "there's a cancellation fee?"].map(
      (t) => [t, "billing"] as const,
    ),
    ...["my session keeps expiring", "how do I update my profile picture", "change my avatar"].map(
      (t) => [t, "account"] as const,
    ),
    ...["it takes a minute to save", "takes forever to load the board", "it takes 30 seconds to sync"].map(
      (t) => [t, "technical"] as const,
    ),
    ...["I want to upgrade to business", "can we get a custom plan", "do you do custom pricing"].map(
      (t) => [t, "sales"] as const,
    ),
    ...["where are your servers located", "do you have a cookie policy", "where is the data centre"].map(
      (t) => [t, "legal"] as const,
    ),
    ...["warum wurde mir zu viel berechnet?", "die Abrechnung stimmt nicht"].map(
      (t) => [t, "billing"] as const,
    ),
    ...[
      "come cambio la mia email",
      "¿cómo cambio mi correo?",
      "comment changer mon courriel",
      "como alterar meu e-mail",
    ].map((t) => [t, "account"] as const),
    ...[
      "gibt es eine Testversion?",
      "c'è una prova gratuita?",
      "¿hay prueba gratuita?",
      "avez-vous un essai gratuit ?",
      "¿tienen plan para empresas?",
      "vous avez une offre pour entreprises ?",
    ].map((t) => [t, "sales"] as const),
    ...[
      "wo werden die Daten gespeichert?",
      "dove sono conservati i dati?",
      "¿dónde se almacenan los datos?",
      "où sont hébergées les données ?",
      "onde os dados são armazenados?",
    ].map((t) => [t, "legal"] as const),
  ])("probe families: %j → %s", (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ["you charged me per agent although we removed two", "billing"],
    ["which plan am I on?", "general"],
    ["what's the fee per agent on the business plan", "sales"],
    ["who owns the workspace", "account"],
    ["how do I export my data", "technical"],
    ["can I remove a seat from my plan", "billing"],
    ["how do I encrypt the export file", "technical"],
    ["my credit card was declined", "billing"],
    ["how do I restore my account", "account"],
    ["the contact form on our site is broken", "technical"],
  ] as const)("neighbours keep their category: %j → %s", (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});

describe("bot failure: i families", () => {
  it.each(
    cross(
      ["Sorry, ", "Hmm, ", ""],
      [
        "I'm not sure I understood your question.",
        "I'm not sure what you're asking.",
        "I am not certain I follow.",
        "I'm not following.",
      ],
    ),
  )("the bot is not sure it understood: %j", (text) => {
    expect(botAdmitsFailure(text)).toBe(true);
  });

  it.each([
    ...cross(
      ["Sorry, ", ""],
      ["that's not something I can help with.", "this is not something I can answer."],
    ),
    "I don't have enough information to answer that.",
    "I do not have any details on that.",
    "Sorry, I'm having trouble understanding.",
    "I'm not sure about that one.",
    "I'm just a bot and can't do that.",
    "Lo siento, no sé la respuesta.",
    "Entschuldigung, das weiß ich leider nicht.",
    "Mi dispiace, non ho una risposta.",
    "Desculpe, não tenho uma resposta para isso.",
  ])("the bot admits it cannot help, i round: %j", (text) => {
    expect(botAdmitsFailure(text)).toBe(true);
  });

  it.each([
    ...cross(
      ["", "no, ", "nope, "],
      ["that's wrong", "that is incorrect", "this isn't helping", "not what I meant", "I did that already"],
    ),
    "that's the same thing you said before",
    "you already said that",
    "that link is broken",
    "your article gives a 404",
    "still the same problem",
  ])("the customer turns the answer down, i round: %j", (text) => {
    expect(rejectsAnswer(text)).toBe(true);
  });

  it.each([
    "did that already happen?",
    "did it already renew this month?",
    "the link in your email is broken, where else can I download it?",
    "is that wrong?",
    "I'm helping a colleague set this up",
    "what did I mean by that? the export button",
  ])("customer lines that do not turn an answer down: %j", (text) => {
    expect(rejectsAnswer(text)).toBe(false);
  });

  it.each([
    "If you're not sure which plan you're on, open Settings > Billing.",
    "Not sure? You can follow the guide here.",
    "I'm sure this will help: open Settings > Export.",
  ])("helpful replies that mention doubt: %j", (text) => {
    expect(botAdmitsFailure(text)).toBe(false);
  });
});
