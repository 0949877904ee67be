import { describe, expect, it } from "vitest";
import { fieldErrors, toDraft, toPatch } from "../../web/agent/rules/rules-form";
import { DEFAULT_RULES, parseRules } from "../../workers/domain/rules";

describe("the rules editor's form", () => {
  it("sends back the rules it was loaded with when nothing was changed (topics in the form's order)", () => {
    const parsed = parseRules(toPatch(toDraft(DEFAULT_RULES)));
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    const { categories, ...rest } = parsed.rules;
    const { categories: expected, ...expectedRest } = DEFAULT_RULES;
    expect(rest).toEqual(expectedRest);
    expect(categories).toHaveLength(expected.length);
    expect(categories).toEqual(expect.arrayContaining(expected));
  });

  it("reads lines, intents and numbers as typed, and an empty risk threshold as off", () => {
    const draft = toDraft({ ...DEFAULT_RULES, riskThreshold: 0.8 });
    draft.phrases = "  speak to a manager \n\n  close my account";
    draft.categories.technical = { on: true, intents: "outage, data_loss ," };
    draft.categories.sales = { on: false, intents: "high_value" };
    draft.turnLimit = " 3 ";
    draft.riskThreshold = "";
    const patch = toPatch(draft);
    expect(patch.keywords).toMatchObject({ phrases: ["speak to a manager", "close my account"] });
    expect(patch.categories).toEqual([
      { category: "billing", intents: ["refund", "billing_dispute"] },
      { category: "technical", intents: ["outage", "data_loss"] },
      { category: "legal" },
    ]);
    expect(patch).toMatchObject({ turnLimit: 3, riskThreshold: null });
  });

  it("leaves what is not a number as typed, so the server names the field and why", () => {
    const draft = toDraft(DEFAULT_RULES);
    draft.failureCount = "two";
    const parsed = parseRules(toPatch(draft));
    expect(parsed.success).toBe(false);
    expect(!parsed.success && parsed.issues.map((i) => i.field)).toEqual(["failureCount"]);
  });

  it("puts each of the API's field errors next to its control, a list's item by its line", () => {
    const errors = fieldErrors([
      { field: "keywords.patterns[1]", reason: "not a regular expression" },
      { field: "rules.turnLimit", reason: "Too small: expected number to be >=1" },
      { field: "sentiment.strongNegativeScore", reason: "must be at or below negativeScore" },
      { field: "languages", reason: "Too small" },
      { field: "mystery", reason: "odd" },
    ]);
    expect(errors).toEqual({
      patterns: ["Line 2: not a regular expression"],
      turnLimit: ["Too small: expected number to be >=1"],
      strongNegativeScore: ["must be at or below negativeScore"],
      languages: ["Too small"],
      form: ["mystery: odd"],
    });
  });
});
