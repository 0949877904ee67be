import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../../../workers/domain/rules";
import { configInForce, DEFAULT_CONFIG, parseStoredConfig } from "../../../workers/domain/workspace-config";

const customRules = { ...DEFAULT_RULES, turnLimit: 3 };

describe("the workspace's stored documents", () => {
  it("reads documents never saved as the defaults, with no problem", () => {
    const { docs, problems } = parseStoredConfig({ rules: null, persona: null, settings: null });
    expect(docs).toEqual(DEFAULT_CONFIG);
    expect(problems).toEqual([]);
  });

  it("reports a document that no longer validates, naming the field, instead of returning the defaults", () => {
    const { docs, problems } = parseStoredConfig({
      rules: { ...customRules, turnLimit: "many" },
      persona: null,
      settings: null,
    });
    expect(docs.rules).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.document).toBe("rules");
    expect(problems[0]?.message).toContain("turnLimit");
  });

  it("keeps the last valid document in force when the stored one is invalid", () => {
    const lastGood = { ...DEFAULT_CONFIG, rules: customRules };
    const { docs } = parseStoredConfig({ rules: { turnLimit: "many" }, persona: null, settings: null });
    expect(configInForce(docs, lastGood).rules).toEqual(customRules);
  });

  it("falls back to the defaults only when no valid document was ever seen", () => {
    const { docs } = parseStoredConfig({ rules: { turnLimit: "many" }, persona: null, settings: null });
    expect(configInForce(docs, null).rules).toEqual(DEFAULT_RULES);
  });

  it("takes a valid stored document over the last one seen", () => {
    const lastGood = { ...DEFAULT_CONFIG, rules: customRules };
    const { docs } = parseStoredConfig({ rules: DEFAULT_RULES, persona: null, settings: null });
    expect(configInForce(docs, lastGood).rules).toEqual(DEFAULT_RULES);
  });
});
