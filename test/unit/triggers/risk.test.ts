import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, parseRules } from "../../../workers/domain/rules";
import { decide, type EngineMessage } from "../../../workers/domain/triggers";

/** A customer message with the analysis the engine reads, so the test is about the risk, not the model. */
const customer = (text: string, score: number, emphasis = 0): EngineMessage => ({
  role: "customer",
  text,
  meta: {
    analysis: {
      sentiment: { score, label: score <= -0.35 ? "negative" : "neutral" },
      wantsHuman: false,
      category: "technical",
      intents: [],
      language: "en",
      rejectsAnswer: false,
      emphasis,
    },
  },
});

const souring: EngineMessage[] = [
  customer("my dashboard is slow today", -0.05),
  { role: "bot", text: "Try narrowing the date range.", meta: { botFailure: false } },
  customer("I did, the dashboard is still slow", -0.2),
  { role: "bot", text: "I'm not sure I understand. Could you rephrase?", meta: { botFailure: true } },
  customer("the dashboard is STILL slow, it is annoying", -0.45, 0.3),
];

function risksAtEachTurn(history: readonly EngineMessage[], rules = DEFAULT_RULES): number[] {
  return history.flatMap((m, i) =>
    m.role === "customer" ? [decide(rules, history.slice(0, i + 1)).signals.risk] : [],
  );
}

describe("escalation risk", () => {
  it("stays low on a calm first message", () => {
    expect(
      decide(DEFAULT_RULES, [{ role: "customer", text: "how do I invite a colleague" }]).signals.risk,
    ).toBeLessThan(0.1);
  });

  it("rises turn after turn as a conversation sours, before any trigger fires", () => {
    const risks = risksAtEachTurn(souring);
    expect(risks[1]).toBeGreaterThan(risks[0] ?? 1);
    expect(risks[2]).toBeGreaterThan(risks[1] ?? 1);
    expect(decide(DEFAULT_RULES, souring.slice(0, 3)).handoff).toBe(false);
  });

  it("hands off proactively, as the last trigger, once risk reaches the workspace threshold", () => {
    const parsed = parseRules({ riskThreshold: 0.3 });
    if (!parsed.success) throw new Error("rules should be valid");
    const risks = risksAtEachTurn(souring);
    const d = decide(parsed.rules, souring);
    expect(risks[2]).toBeGreaterThanOrEqual(0.3);
    expect(d.triggers.at(-1)).toBe("risk");
    expect(decide(DEFAULT_RULES, souring).triggers).not.toContain("risk");
  });
});
