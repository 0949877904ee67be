import stopwordsIso from "stopwords-iso/stopwords-iso.json";
import { fold } from "../ai/local/text";

/**
 * Everyday words of the six languages that say little about a topic ("find", "way", "thing", "encontrar",
 * "trouver", "finden"): the stopwords-iso lists, far longer than the function words dropped from queries
 * (`stopwords.ts`). They are not dropped: "order" or "turn" may be just what an article is about, and when
 * an article contains one it counts. But a generic word *no* article contains must not weigh like
 * "Salesforce" does, or every paraphrase with a "grab" or a "whatever" in it would be declined.
 */
const LISTS: Readonly<Record<string, readonly string[]>> = {
  en: stopwordsIso.en,
  es: stopwordsIso.es,
  fr: stopwordsIso.fr,
  de: stopwordsIso.de,
  pt: stopwordsIso.pt,
  it: stopwordsIso.it,
};

/** Folded word → the languages whose everyday words it is. */
const GENERIC: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [language, words] of Object.entries(LISTS)) {
    for (const word of words) {
      const folded = fold(word);
      const languages = out.get(folded) ?? [];
      if (!languages.includes(language)) languages.push(language);
      out.set(folded, languages);
    }
  }
  return out;
})();

/** The languages whose everyday word a folded word is (none for a word of none). */
export function genericIn(word: string): readonly string[] {
  return GENERIC.get(word) ?? [];
}

/** Whether a folded word is an everyday word of one of the six languages. */
export function isGeneric(word: string): boolean {
  return GENERIC.has(word);
}
