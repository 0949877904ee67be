import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, parseRules, type Rules } from "../../../workers/domain/rules";
import { decide } from "../../../workers/domain/triggers";

const fires = (text: string, rules: Rules = DEFAULT_RULES): boolean =>
  decide(rules, [{ role: "customer", text }]).triggers.includes("keyword_rule");

const withKeywords = (keywords: { phrases?: string[]; patterns?: string[] }): Rules => {
  const parsed = parseRules({ keywords });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.rules;
};

describe("keyword rules", () => {
  it("fire on cancelling a plan, and not when the customer negates it", () => {
    expect(fires("please cancel my subscription today")).toBe(true);
    expect(fires("I don't want to cancel my subscription, just pause it")).toBe(false);
    expect(fires("I do NOT want to cancel my plan")).toBe(false);
    expect(fires("no quiero cancelar mi suscripción")).toBe(false);
  });

  it("still fire when the customer cannot do it themselves: that is a request, not a refusal", () => {
    expect(fires("why can't I cancel my subscription?")).toBe(true);
    expect(fires("no puedo cancelar mi suscripción")).toBe(true);
  });

  it("keep negation inside its clause: a negation before a full stop does not reach the keyword", () => {
    expect(fires("Not happy. Cancel my subscription.")).toBe(true);
    expect(fires("it's not working, but cancel my plan anyway")).toBe(true);
  });

  it("treat a workspace's phrases as whole words with the same negation", () => {
    const rules = withKeywords({ phrases: ["speak to legal"] });
    expect(fires("I need to speak to legal", rules)).toBe(true);
    expect(fires("no need to speak to legal", rules)).toBe(false);
    expect(fires("I need to speak to legalese experts", rules)).toBe(false);
  });

  it("run a workspace's patterns with a linear-time engine, so an exponential pattern still answers", () => {
    const rules = withKeywords({ patterns: ["(a|aa)+$"] });
    expect(fires(`${"a".repeat(40)}`, rules)).toBe(true);
    expect(fires(`${"a".repeat(40)}b`, rules)).toBe(false);
  });

  it("refuse, naming the field, a pattern that needs backtracking", () => {
    for (const pattern of ["(?<=re)fund", "(a)\\1"]) {
      const parsed = parseRules({ keywords: { patterns: ["cancel", pattern] } });
      expect(parsed.success).toBe(false);
      if (parsed.success) continue;
      expect(parsed.issues[0]?.field).toBe("keywords.patterns.1");
      expect(parsed.issues[0]?.message).toContain("linear time");
    }
  });
});
