import { describe, expect, it } from "vitest";
import { scoreSentiment } from "../../../workers/ai/local/sentiment";

/** Families of frustration wording beyond the lexicon, and the calm or kind lines they must not catch. */
const cross = (...parts: string[][]): string[] =>
  parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => `${a}${p}`)), [""]);
const label = (text: string) => scoreSentiment(text).label;

describe("negative sentiment: families", () => {
  it.each(
    cross(
      ["why is it so ", "why is this always so ", "why is everything so "],
      ["hard", "complicated", "slow", "confusing"],
      [" to change my email", " to get an invoice", ""],
    ),
  )("rhetorical question: %j", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    "why does nothing ever work here",
    "why do i always have to chase you",
    "how hard can it be to send a receipt",
    "is it really too much to ask for a working export",
    "how long do i have to wait for this",
    "why on earth did the price change",
    "how is this still acceptable",
  ])("rhetorical question: %j", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    "what a f***ing joke",
    "this is getting beyond a joke",
    "your support is a joke",
    "this app is such a joke",
    "what the h*ll is going on",
    "s**t, it deleted everything",
    "this is a total mess",
    "wtf happened to my dashboard",
  ])("derision and masked swearing: %j", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    "c'est la troisième fois que je demande, toujours rien",
    "es la tercera vez que lo pido",
    "ich frage zum dritten Mal, immer noch nichts",
    "é a terceira vez que peço isso, ainda nada",
    "è la terza volta che scrivo, ancora niente",
    "five emails and still no answer",
    "two weeks and still no refund",
    "i've emailed you four times",
    "haven't heard back from anyone",
    "every single time i open it it crashes",
    "asked for the umpteenth time",
  ])("repetition and getting nowhere: %j", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    "HUMAN!!!",
    "i give up",
    "at my wits end with this",
    "i need this today, we go live tonight",
    "this is costing us every hour",
    "can't take this any more",
  ])("temper, giving up and urgency: %j", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    "not bad at all",
    "no worries at all, take your time",
    "no rush on this",
    "no stress",
    "couldn't be happier with it",
    "nothing wrong, just a question",
    "I'm not complaining, just curious",
    "not the worst idea, let's try it",
    "can't wait to try the new editor",
    "thanks!!!",
    "awesome!!!",
    "tell me a joke",
    "can we pay by SEPA direct debit?",
    "our CRM sends the leads to HubSpot",
    "I got a warning when uploading a file",
    "my account was suspended after the trial",
    "why does the export include archived rows?",
    "why is the invoice in dollars",
    "how long does the trial last",
    "is it hard to set up SSO",
    "still no worries, whenever you can",
    "second time using it and loving it",
  ])("stays calm: %j", (text) => {
    expect(label(text)).not.toBe("negative");
  });
});
