import { COMMON_WORDS } from "./common-words";

/**
 * Everyday words of the six languages ("find", "way", "buon", "acho", "trouver"): the most common words of
 * each by frequency (`common-words.ts`), far more than the function words dropped from queries
 * (`stopwords.ts`). They are not dropped: "order" or "turn" may be just what an article is about, and when
 * an article contains one it counts. But an everyday word *no* article contains must not weigh like
 * "Salesforce" or "payroll" do, or every paraphrase with a "grab" or an "andato" in it would be declined.
 */
const GENERIC: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [language, words] of Object.entries(COMMON_WORDS)) {
    for (const word of words.split(" ")) {
      const languages = out.get(word) ?? [];
      if (!languages.includes(language)) languages.push(language);
      out.set(word, languages);
    }
  }
  return out;
})();

/** The languages whose everyday word a folded word is (none for a word of none). */
export function genericIn(word: string): readonly string[] {
  return GENERIC.get(word) ?? [];
}

/** Whether a folded word is an everyday word of the customer's language or of English. */
export function isGeneric(word: string, language: string): boolean {
  const languages = genericIn(word);
  return languages.includes(language) || languages.includes("en");
}
