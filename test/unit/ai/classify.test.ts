import { describe, expect, it } from "vitest";
import { classifyLocally } from "../../../workers/ai/local/classify";

describe("offline classification", () => {
  it.each([
    ["where do I change my billing address", "billing"],
    ["the desktop app won't start after updating", "technical"],
    ["what's the difference between the Pro and Business plans", "sales"],
    ["do you sign BAAs?", "legal"],
    ["how do I reset two-factor if I lost my phone", "account"],
    ["what time does your office close on fridays", "general"],
    ["¿Cómo cambio mi contraseña?", "account"],
    ["Ich wurde doppelt belastet", "billing"],
  ])("puts %j in %s", (text, category) => {
    expect(classifyLocally(text).category).toBe(category);
  });

  it("finds the intents the default rules hand off on", () => {
    expect(classifyLocally("You billed my card twice, refund one").intents).toEqual(
      expect.arrayContaining(["refund", "billing_dispute"]),
    );
    expect(classifyLocally("quote for 3,000 employees with SSO").intents).toContain("high_value");
    expect(classifyLocally("what does Pro cost for 5 users").intents).not.toContain("high_value");
    expect(classifyLocally("we received a court order").intents).toContain("legal_process");
    expect(classifyLocally("that doesn't help either").intents).toContain("rejects_answer");
  });

  it("detects the six languages", () => {
    expect(classifyLocally("Je veux parler à une personne").language).toBe("fr");
    expect(classifyLocally("me passa para um humano, por favor").language).toBe("pt");
    expect(classifyLocally("Vorrei parlare con un operatore").language).toBe("it");
    expect(classifyLocally("Kann ich bitte mit einem Menschen sprechen?").language).toBe("de");
    expect(classifyLocally("necesito hablar con un humano").language).toBe("es");
    expect(classifyLocally("human").language).toBe("en");
  });
});
