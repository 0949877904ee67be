import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, mergeRules, parseRules, RulesSchema } from "../../workers/domain/rules";

describe("rules", () => {
  it("ships defaults matching the eval README", () => {
    expect(RulesSchema.parse(DEFAULT_RULES)).toEqual(DEFAULT_RULES);
    expect(DEFAULT_RULES.failureCount).toBe(2);
    expect(DEFAULT_RULES.turnLimit).toBe(6);
    expect(DEFAULT_RULES.sentiment.consecutiveNegative).toBe(2);
    expect(DEFAULT_RULES.riskThreshold).toBeNull();
  });

  it("names the field of a pattern that does not compile", () => {
    const result = parseRules({ keywords: { patterns: ["cancel", "(unclosed"] } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.field).toBe("keywords.patterns.1");
    expect(result.issues[0]?.message).toMatch(
      /^keywords\.patterns\.1: not a regular expression Baton can run in linear time/,
    );
  });

  it("names the field of an out-of-range number and of an unknown field", () => {
    const bad = parseRules({ turnLimit: 0, sentiment: { negativeScore: 2 }, surprise: true });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    const fields = bad.issues.map((i) => i.field);
    expect(fields).toContain("turnLimit");
    expect(fields).toContain("sentiment.negativeScore");
    expect(bad.issues.some((i) => i.message.includes("surprise"))).toBe(true);
  });

  it("rejects a strong-negative threshold above the negative one, naming it", () => {
    const result = parseRules({ sentiment: { strongNegativeScore: -0.1 } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.field).toBe("sentiment.strongNegativeScore");
  });

  it("merges a partial document onto the current rules", () => {
    const result = parseRules({ sentiment: { consecutiveNegative: 3 }, riskThreshold: 0.8 });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.rules.sentiment).toEqual({ ...DEFAULT_RULES.sentiment, consecutiveNegative: 3 });
    expect(result.rules.riskThreshold).toBe(0.8);
    expect(result.rules.keywords).toEqual(DEFAULT_RULES.keywords);
    expect(mergeRules(result.rules, { riskThreshold: null }).riskThreshold).toBeNull();
  });
});
