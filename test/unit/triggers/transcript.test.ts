import { describe, expect, it } from "vitest";
import { LocalAiProvider } from "../../../workers/ai/local";
import { DEFAULT_RULES } from "../../../workers/domain/rules";
import { evaluateTranscript } from "../../../workers/domain/triggers";

const provider = new LocalAiProvider();

describe("evaluateTranscript", () => {
  it("reports the customer turn where the first handoff happened", async () => {
    const { decision, turn } = await evaluateTranscript(provider, DEFAULT_RULES, [
      { role: "customer", text: "hello" },
      { role: "bot", text: "Hi! How can I help?" },
      { role: "customer", text: "can I speak to an agent" },
      { role: "bot", text: "Connecting you." },
      { role: "customer", text: "this is a disaster, I'm furious" },
    ]);
    expect(turn).toBe(1);
    expect(decision.trigger).toBe("explicit_request");
  });

  it("returns no turn when no customer message hands off", async () => {
    const { decision, turn } = await evaluateTranscript(provider, DEFAULT_RULES, [
      { role: "customer", text: "does the app work offline" },
      { role: "bot", text: "Yes, recent documents are available offline." },
      { role: "customer", text: "no problem then, that works for me" },
    ]);
    expect(turn).toBeNull();
    expect(decision.handoff).toBe(false);
  });
});
