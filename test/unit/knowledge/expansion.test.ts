import { describe, expect, it } from "vitest";
import { compoundParts, expandTerms, type Vocabulary } from "../../../workers/knowledge/expand";
import { conceptsOf, LEXICON_WORDS } from "../../../workers/knowledge/lexicon";
import { questionLanguage } from "../../../workers/knowledge/question-language";
import { unElided } from "../../../workers/knowledge/terms";
import { corrections, editDistance } from "../../../workers/knowledge/typos";

const vocabulary: Vocabulary = {
  words: new Set(["invoice", "password", "plans", "teams", "ms", ...LEXICON_WORDS]),
  languages: new Set(["en"]),
};
const expand = (term: string, language = "en", unknown = [term], names: string[] = []) =>
  expandTerms([term], language, vocabulary, new Set(unknown), new Set(names));
const forms = (term: string, language = "en", unknown = [term]) =>
  expand(term, language, unknown)[0]?.forms ?? [];

describe("query expansion", () => {
  it("counts a swap of two letters as one typo", () => {
    expect(editDistance("invocie", "invoice", 2)).toBe(1);
    expect(editDistance("pasword", "password", 2)).toBe(1);
  });

  it("corrects a misspelt word towards the workspace's vocabulary, never a short real word", () => {
    expect(corrections("pasword", vocabulary.words)).toEqual(["password"]);
    expect(corrections("plane", vocabulary.words)).toEqual([]);
    expect(corrections("429", vocabulary.words)).toEqual([]);
  });

  it("reads a word of any of the six languages as its concept, in the help centre's language", () => {
    expect(forms("billed")).toContain("invoice");
    expect(forms("contrasena", "es")).toContain("password");
    expect(forms("olvide", "es")).toContain("forgot");
    expect(forms("Rechnungen".toLowerCase(), "de")).toContain("invoice");
  });

  it("widens a word no article contains to related concepts, and a word they contain only to its own", () => {
    expect(forms("expired")).toEqual(expect.arrayContaining(["card", "payment"]));
    expect(forms("expired", "en", [])).not.toContain("card");
  });

  it("reads a word only as the customer's language or English: an English “plane” is no Italian plan", () => {
    expect(conceptsOf("plane", "en")).toEqual([]);
    expect(forms("plane")).not.toContain("plans");
  });

  it("splits a compound into words the help centre or the lexicon knows", () => {
    expect(compoundParts("zahlungsmethode", "de", vocabulary)).toEqual(["zahlungs", "methode"]);
    expect(compoundParts("msteams", "en", vocabulary)).toEqual(["ms", "teams"]);
    expect(compoundParts("salesforce", "en", vocabulary)).toBeNull();
  });

  it("weighs an unknown everyday word little and an unknown name much", () => {
    expect(expand("way")[0]?.salience).toBeLessThan(expand("salesforce")[0]?.salience ?? 0);
    expect(expand("salesforce", "en", ["salesforce"], ["salesforce"])[0]?.salience).toBeGreaterThan(1);
  });

  it("reads elided articles and possessives off a word", () => {
    expect(unElided("l'abbonamento")).toBe("abbonamento");
    expect(unElided("router's")).toBe("router");
    expect(unElided("can't")).toBe("can't");
  });

  it("reads a short question's language from its everyday words", () => {
    expect(questionLanguage(["come", "faccio", "a", "disdire", "abbonamento"], "en")).toBe("it");
    expect(questionLanguage(["how", "do", "i", "cancel"], "en")).toBe("en");
  });
});
