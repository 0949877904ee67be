import { describe, expect, it } from "vitest";
import { DEFAULT_PERSONA } from "../../../workers/bot/persona";
import { answerMessages } from "../../../workers/bot/prompt";
import { botIdentity, RepsSchema } from "../../../workers/bot/reps";

const reps = RepsSchema.parse([
  { id: "sales", name: "Sam", description: "You help visitors choose a plan." },
]);

describe("AI reps", () => {
  it("speaks as the conversation's rep, with the rep's role given to the model", () => {
    const { persona, rep } = botIdentity(DEFAULT_PERSONA, reps, "sales");
    expect(rep?.id).toBe("sales");
    expect(persona.name).toBe("Sam");
    const [system] = answerMessages(persona, "how much?", [], [], "en");
    expect(system?.content).toContain("You are Sam");
    expect(system?.content).toContain("Your role: You help visitors choose a plan.");
  });

  it("falls back to the workspace's bot when the rep was removed, rather than going silent", () => {
    expect(botIdentity(DEFAULT_PERSONA, [], "sales")).toEqual({ persona: DEFAULT_PERSONA, rep: null });
  });
});
