import { describe, expect, it } from "vitest";
import { scoreSentiment } from "../../../workers/ai/local/sentiment";

/**
 * Families added after the blind-i1 check: harm told only by its outcome, formal displeasure, looking at
 * other vendors, sarcasm, not knowing what else to do, and the calm lines built from the same words
 * (polite openers, being new to computers, a worry about what might happen, mild swearing as praise).
 */
const cross = (...parts: string[][]): string[] =>
  parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => `${a}${p}`)), [""]);
const label = (text: string) => scoreSentiment(text).label;

describe("negative sentiment: i families", () => {
  it.each([
    ...cross(
      ["I lost ", "we lost ", "we've lost "],
      ["a day of work", "a whole morning", "two customers", "an entire weekend", "a client"],
      ["", " because of this", " thanks to this bug"],
    ),
    ...cross(
      ["we missed ", "I missed "],
      ["payroll", "the deadline", "our launch"],
      ["", " because the export didn't run"],
    ),
    ...cross(
      ["three customers ", "two clients "],
      ["cancelled on us", "walked away on us", "complained on us"],
      ["", " this week"],
    ),
    ...cross(
      ["I had to ", "we had to "],
      [
        "redo the whole report by hand",
        "re-enter everything",
        "start from scratch",
        "do it all again manually",
      ],
    ),
    ...cross(
      ["I've spent my whole weekend ", "we spent the entire day ", "I spent hours "],
      ["fixing what your update broke", "trying to get it to work", "cleaning up the import"],
    ),
  ])("harm told by its outcome: %j", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    "Perdi o dia inteiro por causa desse erro",
    "Perdemos três clientes esta semana",
    "Ho perso un cliente per colpa vostra",
    "Abbiamo perso una giornata di lavoro",
    "Hemos perdido dos días de trabajo",
    "J'ai perdu une journée de travail",
    "on a perdu des commandes à cause de ça",
    "Wir haben wegen Ihres Fehlers einen Kunden verloren.",
    "Wir haben einen ganzen Arbeitstag verloren",
    "Nos volvieron a cobrar de más, ya no sé qué hacer",
    "je ne sais plus quoi faire",
    "non so più cosa fare",
    "não sei mais o que fazer",
    "le site est down depuis hier",
    "el portal está caído otra vez",
    "die Seite ist schon wieder ausgefallen",
    "llevo tres días sin respuesta",
    "ça fait deux semaines sans réponse",
    "seit vier Tagen ohne Antwort",
    "há cinco dias sem resposta",
    "da due settimane senza risposta",
    "three days without a reply",
    "two weeks without any answer from you",
    ...cross(["non funziona mai", "it never works", "ne marche jamais", "funktioniert nie"], ["", "."]),
    ...cross(
      [
        "it doesn't work at all",
        "no funciona para nada",
        "ne marche pas du tout",
        "funktioniert gar nicht",
        "não funciona de jeito nenhum",
        "non funziona per niente",
      ],
      ["", " since the update"],
    ),
  ])("outcome and giving up, other languages: %j", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    ...cross(
      ["my boss is asking ", "my manager wants to know ", "honestly, "],
      ["why we even pay for this", "why we pay for this"],
    ),
    ...cross(
      ["We are now ", "we're seriously ", "We're actively "],
      ["considering other vendors", "looking at alternatives", "evaluating other tools"],
    ),
    ...cross(
      ["I've been a customer for ten years and ", ""],
      ["I've never been treated like this", "I have never been treated so badly"],
    ),
    ...cross(
      ["Frankly, ", "", "Honestly "],
      [
        "I expected a reply by now",
        "I should have heard back by now",
        "I would have thought it was fixed by now",
      ],
    ),
    ...cross(
      ["This is the fourth card ", "that's the third browser ", "the 5th password "],
      ["I've tried", "we've tried", "I have tried"],
    ),
    ...cross(
      ["'Something went wrong.' ", "Error 500 - ", ""],
      ["that's all I ever see", "all I get is a blank page"],
    ),
    ...cross(
      ["thanks for nothing", "merci pour rien", "gracias por nada", "danke für nichts", "grazie per niente"],
      ["", "."],
    ),
    ...cross(
      ["great, another outage", "perfect, yet another bug", "oh wonderful, another price increase"],
      ["", ". just great.", "!"],
    ),
    "down again. just great.",
    ...cross(
      [
        "my whole team is blocked",
        "we can't work because of this",
        "our business is on hold",
        "we're stuck and can't do anything",
      ],
      ["", " since this morning"],
    ),
    ...cross(
      [
        "I don't have time for this",
        "come on",
        "oh come on!",
        "so many bugs lately",
        "what is going on with your service",
      ],
      ["", "."],
    ),
    "the outage is killing us",
    "another outage, this is unacceptable",
    "I'm really worried, my data is gone",
  ])("formal, churn, overdue, counted, sarcasm: %j", (text) => {
    expect(label(text)).toBe("negative");
  });
});

describe("kept calm: i families", () => {
  it.each([
    ...cross(
      [
        "I hate to bother you, but ",
        "Sorry to bother you, ",
        "sorry for the dumb question, ",
        "silly question: ",
      ],
      ["where do I find the invoice?", "how do I add a user?", "can I change my email?"],
    ),
    ...cross(
      ["I am 78 and ", "I'm ", ""],
      ["not very good with computers", "not great with technology", "hopeless with computers"],
      ["", ". Where is the invoice?"],
    ),
    ...cross(
      ["I was worried the import ", "I'm worried that the update ", "we're a bit concerned the migration "],
      ["would mess up our data", "might break our reports", "will delete something"],
    ),
    ...cross(
      ["Unable to log in", "unable to download the invoice", "Support ticket: unable to sign in"],
      ["", " - requesting callback"],
    ),
    ...cross(["damn ", "crazy ", "wicked ", "dang "], ["that was fast", "good update", "smooth"]),
    "c'est pas grave",
    "ce n'est pas grave, merci",
    "non è grave, grazie",
    "não é grave",
    "the outage is over, just great",
    "all I need is the invoice",
    "oops I clicked the wrong thing",
    "whoops, wrong file, ignore that",
    "please ignore my last message",
    "it's not urgent, but the logo looks blurry",
    "is the outage over?",
    "we had an outage last week, is it fixed now?",
    "I'd hate to lose my data, how do backups work?",
    "we would not want to break the integration, is there a sandbox?",
    "I'm worried about data privacy",
    "we're a bit concerned about the migration",
    "I can't work out how to add a filter",
    "can't work offline, is that expected?",
    "come on in, the webinar starts at 3",
    "the team is blocked from editing until the admin approves, how do I change that?",
    "come on board: how do I invite my team?",
    "we missed the renewal date, can we still renew?",
    "I missed your call, can you email me instead?",
    "it never fails, thanks",
    "works perfectly, never had a problem at all",
    "three days without a single issue, great",
    "expected delivery by now? just checking",
    "es grave? mi factura dice cero",
    "e grave se non pago oggi?",
    "I lost my password, how do I reset it?",
    "we are looking at your enterprise plan, what's the price?",
    "my boss asked me to get the invoice",
    "I talked to someone yesterday who said the credit is on its way",
    "I was worried but it works now",
    "I thought I'd lost everything but the backup saved me, phew",
  ])("%j", (text) => {
    expect(label(text)).not.toBe("negative");
  });
});
