import { describe, expect, it } from "vitest";
import { scoreSentiment } from "../../../workers/ai/local/sentiment";

/** Families added after the blind-h1 check: frustration without swearing, and the calm lines beside them. */
const cross = (...parts: string[][]): string[] =>
  parts.reduce<string[]>((acc, part) => acc.flatMap((a) => part.map((p) => `${a}${p}`)), [""]);
const label = (text: string) => scoreSentiment(text).label;

describe("negative sentiment: h families", () => {
  it.each(
    cross(
      ["real agent ", "human ", "a person ", "get me a manager ", "supervisor "],
      ["now", "asap", "immediately", "right away"],
      ["", "!", " please"],
    ),
  )("demanding a person at once: %j", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each(
    cross(
      ["get me ", "i need ", "put me through to "],
      [
        "someone who knows what they're doing",
        "somebody who actually knows what theyre doing",
        "someone competent",
        "anyone with a clue",
      ],
    ),
  )("implied incompetence: %j", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each(
    cross(
      ["is anybody ", "is anyone ", "are any humans "],
      ["actually ", "even "],
      ["reading these messages", "listening", "there"],
    ).concat(["does anyone even care", "does anybody actually read this"]),
  )("doubting anyone is there: %j", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each(
    cross(
      ["the bot ", "you ", "it "],
      ["keeps giving me ", "keeps givng me ", "keep sending me "],
      ["the same answer", "the same link", "the same articles"],
    ),
  )("the same answer again: %j", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    "still waiting on the refund you promised 3 weeks ago",
    "we were promised a callback on monday",
    "your manager promised me a fix last week",
    "we pay a lot for this and get nothing in return",
    "what am i even paying you for",
    "honestly not worth the money",
    "the invoice is wrong AGAIN",
    "logged out yet again",
    "the export is broken again",
  ])("broken promises, poor value, a problem back again: %j", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    // Other senses and resolved feelings on the same frames.
    "an agent now has access to the inbox",
    "is the agent now available on linux",
    "someone who knows the api can set it up",
    "is anyone actually using the legacy api? just curious",
    "it keeps the same layout on mobile, nice",
    "as promised, here is the invoice number",
    "I was worried about the migration but it went smoothly",
    "we were a bit nervous at first but the import was painless",
    "I was confused at first but it makes sense now",
    "worth every penny",
    "I was sceptical, then it just worked",
    "once again, thanks for the quick help",
  ])("stays calm: %j", (text) => {
    expect(label(text)).not.toBe("negative");
  });
});

describe("negative sentiment: families added after the h2 check", () => {
  it.each([
    "agent!!",
    "HUMAN!!",
    "this is my 5th attempt",
    "third request about this",
    "this is the second week im waiting",
    "the third day i've been waiting",
    "words fail me",
    "I've been more than patient",
    "honestly I'm speechless",
    "ça fait trois semaines que j'attends",
    "hace dos semanas que espero",
    "seit drei Tagen warte ich",
    "faz duas semanas que espero",
    "da tre giorni aspetto",
  ])("%j", (text) => {
    expect(label(text)).toBe("negative");
  });

  it.each([
    "this is my second time using it, love it",
    "the second week of the trial is free?",
    "thank you for being patient with me",
    "agent!",
    "a fifth seat for our intern",
  ])("stays calm: %j", (text) => {
    expect(label(text)).not.toBe("negative");
  });
});
