import { describe, expect, it } from "vitest";
import { expandTerms } from "../../../workers/knowledge/expand";
import { LEXICON_WORDS } from "../../../workers/knowledge/lexicon";
import { corrections, editDistance } from "../../../workers/knowledge/typos";

const vocabulary = new Set(["invoice", "password", "plans", "teams", ...LEXICON_WORDS]);
const forms = (term: string, language = "en", unknown = [term]) =>
  expandTerms([term], language, vocabulary, new Set(unknown))[0]?.forms ?? [];

describe("query expansion", () => {
  it("counts a swap of two letters as one typo", () => {
    expect(editDistance("invocie", "invoice", 2)).toBe(1);
    expect(editDistance("pasword", "password", 2)).toBe(1);
  });

  it("corrects a misspelt word towards the workspace's vocabulary, never a short real word", () => {
    expect(corrections("pasword", vocabulary)).toEqual(["password"]);
    expect(corrections("plane", vocabulary)).toEqual([]);
    expect(corrections("429", vocabulary)).toEqual([]);
  });

  it("widens a word no article contains to what it means, in other languages too", () => {
    expect(forms("billed")).toContain("invoice");
    expect(forms("contrasena", "es")).toContain("password");
    expect(forms("olvide", "es")).toContain("forgot");
  });

  it("leaves a word the articles already use as it is", () => {
    expect(forms("billed", "en", [])).toEqual(["billed"]);
  });

  it("reads a word only as the customer's language or English: an English “plane” is no Italian plan", () => {
    expect(forms("plane")).not.toContain("plans");
  });
});
