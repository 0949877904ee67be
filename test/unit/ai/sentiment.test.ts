import { describe, expect, it } from "vitest";
import { emphasis, scoreSentiment } from "../../../workers/ai/local/sentiment";

const label = (text: string) => scoreSentiment(text).label;

describe("offline sentiment", () => {
  it("reads frustration, anger and urgency as negative", () => {
    expect(label("I'm fed up with these constant crashes")).toBe("negative");
    expect(label("URGENT: production is down and our customers can't log in")).toBe("negative");
    expect(label("This is the third time I'm explaining this")).toBe("negative");
    expect(label("Estoy harto, la aplicación no funciona")).toBe("negative");
    expect(label("Das ist absolut inakzeptabel!")).toBe("negative");
  });

  it("does not read a plain problem report as negative", () => {
    expect(label("the import failed with a weird error")).not.toBe("negative");
    expect(label("my bank flagged a payment from you as fraud")).not.toBe("negative");
    expect(label("I lost access to my 2FA device")).not.toBe("negative");
  });

  it("understands negated and slang praise", () => {
    expect(label("not bad at all, thanks")).not.toBe("negative");
    expect(label("no worries, take your time")).not.toBe("negative");
    expect(label("this is sick")).not.toBe("negative");
    expect(label("I am sick of waiting")).toBe("negative");
    expect(scoreSentiment("not good").score).toBeLessThan(0);
  });

  it("strengthens with intensifiers, capitals and exclamation marks", () => {
    const plain = scoreSentiment("this is annoying").score;
    expect(scoreSentiment("this is really annoying").score).toBeLessThan(plain);
    expect(scoreSentiment("this is ANNOYING").score).toBeLessThan(plain);
    expect(scoreSentiment("this is annoying!!!").score).toBeLessThan(plain);
  });

  it("applies the English lexicon to English only (Italian 'ha' is not laughter)", () => {
    expect(label("Che vergogna, nessuno mi ha risposto")).toBe("negative");
  });

  it("weighs the clause after 'but' more", () => {
    expect(label("I was confused at first but it makes sense now")).not.toBe("negative");
  });

  it("measures how loudly a message is written", () => {
    expect(emphasis("WHY IS MY DATA GONE?!!")).toBeGreaterThan(emphasis("why is my data gone"));
    expect(emphasis("how do I export")).toBe(0);
  });
});
