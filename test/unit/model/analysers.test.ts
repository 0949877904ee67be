import { describe, expect, it } from "vitest";
import { LocalAiProvider } from "../../../workers/ai/local";
import { classifyLocally } from "../../../workers/ai/local/classify";
import { namedIntents } from "../../../workers/ai/local/intents";
import { detectLanguage } from "../../../workers/ai/local/language";
import { handoffModel } from "../../../workers/ai/local/model";
import { emphasis, scoreSentiment } from "../../../workers/ai/local/sentiment";
import { analyzeLocally } from "../../../workers/domain/triggers";

describe("the offline analysers on the committed model", () => {
  it("read a message the same whatever its case and accents", () => {
    expect(analyzeLocally("QUIERO HABLAR CON UNA PERSONA YA")).toMatchObject({
      wantsHuman: analyzeLocally("quiero hablar con una persona ya").wantsHuman,
      category: analyzeLocally("quiero hablar con una persona ya").category,
    });
    expect(classifyLocally("¿Cómo cambio mi contraseña?")).toEqual(
      classifyLocally("¿Como cambio mi contrasena?"),
    );
  });

  it("are deterministic and answer any input without throwing", async () => {
    const ai = new LocalAiProvider();
    for (const text of ["", " ", "\u0000\ud800", "🙂".repeat(500), "x".repeat(20_000)]) {
      expect(await ai.classify(text)).toEqual(await ai.classify(text));
      expect((await ai.sentiment(text)).score).toBeGreaterThanOrEqual(-1);
    }
  });

  it("map the model's negative probability onto the rules' scale, label and score agreeing", () => {
    const { negative, strongNegative } = handoffModel().thresholds;
    expect(strongNegative).toBeGreaterThanOrEqual(negative);
    for (const text of ["thanks, that worked", "this is the worst service I have ever had!!!", "hm"]) {
      const s = scoreSentiment(text);
      expect(s.label === "negative").toBe(s.score <= -0.35);
    }
  });

  it("measure how loudly a message is written, ignoring acronyms", () => {
    expect(emphasis("WHY IS MY DATA GONE?!!")).toBeGreaterThan(emphasis("why is my data gone"));
    expect(emphasis("how do I export")).toBe(0);
    expect(emphasis("my SSO and API keys")).toBe(0);
  });

  it("detect the six languages from function words and letters", () => {
    expect(detectLanguage("Je veux parler à une personne")).toBe("fr");
    expect(detectLanguage("me passa para um humano, por favor")).toBe("pt");
    expect(detectLanguage("Vorrei parlare con un operatore")).toBe("it");
    expect(detectLanguage("Kann ich bitte mit einem Menschen sprechen?")).toBe("de");
    expect(detectLanguage("necesito hablar con un humano")).toBe("es");
    expect(detectLanguage("human")).toBe("en");
  });
});

describe("intent names", () => {
  it("name a sensitive message by its cue or its category's default", () => {
    expect(namedIntents("you billed me twice, refund one", "billing", true)).toContain("refund");
    expect(namedIntents("you took my money for nothing", "billing", true)).toContain("billing_dispute");
    expect(namedIntents("we received a court order", "legal", true)).toContain("legal_process");
    expect(namedIntents("question about your terms", "legal", true)).toContain("legal_matter");
  });

  it("never give a sensitive name to a message the model did not find sensitive", () => {
    expect(namedIntents("how do refunds work?", "billing", false)).not.toContain("refund");
    expect(namedIntents("we received a court order", "technical", false)).toEqual([]);
  });

  it("treat a sales deal of 50 seats or more as high-value whatever its wording", () => {
    expect(namedIntents("pricing for 120 seats?", "sales", false)).toContain("high_value");
    expect(namedIntents("pricing for 5 seats?", "sales", false)).not.toContain("high_value");
  });

  it("keep the informational intents", () => {
    expect(namedIntents("please cancel my subscription", "account", false)).toContain("cancel");
    expect(namedIntents("your site is down", "technical", false)).toContain("outage");
  });
});
