import { describe, expect, it } from "vitest";
import { skillForCategory } from "../../../workers/domain/routing";

describe("category → skill", () => {
  it("follows the rules: billing → billing … and general → anyone", () => {
    for (const c of ["billing", "technical", "sales", "legal", "account"])
      expect(skillForCategory(c)).toBe(c);
    expect(skillForCategory("general")).toBeNull();
    expect(skillForCategory("unheard-of")).toBeNull();
  });

  it("lets a workspace override a category, including to anyone", () => {
    const overrides = { sales: "account", legal: null };
    expect(skillForCategory("sales", overrides)).toBe("account");
    expect(skillForCategory("legal", overrides)).toBeNull();
    expect(skillForCategory("billing", overrides)).toBe("billing");
  });
});
