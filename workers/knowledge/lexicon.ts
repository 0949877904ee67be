import { fold } from "../ai/local/text";
import { stemIn } from "./stemming";
import { CONCEPTS, type Concept, LANGUAGES, type LexiconLanguage } from "./support-lexicon";

/** `language:stem` → the concepts a word of that language with that stem says, built once per isolate. */
const INDEX: ReadonlyMap<string, readonly number[]> = (() => {
  const index = new Map<string, number[]>();
  CONCEPTS.forEach((concept, c) => {
    for (const language of LANGUAGES) {
      for (const word of concept.words[language]) {
        const key = `${language}:${stemIn(fold(word), language)}`;
        const concepts = index.get(key) ?? [];
        if (!concepts.includes(c)) concepts.push(c);
        index.set(key, concepts);
      }
    }
  });
  return index;
})();

const BY_ID: ReadonlyMap<string, number> = new Map(CONCEPTS.map((c, i) => [c.id, i]));

/** Every word of the lexicon: known words, which a misspelling may be corrected towards. */
export const LEXICON_WORDS: ReadonlySet<string> = new Set(
  CONCEPTS.flatMap((c) => LANGUAGES.flatMap((l) => c.words[l].map(fold))),
);

/** Folded word → the languages whose lexicon words it is: a vote on the question's language. */
const LANGUAGES_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const concept of CONCEPTS) {
    for (const language of LANGUAGES) {
      for (const word of concept.words[language]) {
        const languages = out.get(fold(word)) ?? [];
        if (!languages.includes(language)) languages.push(language);
        out.set(fold(word), languages);
      }
    }
  }
  return out;
})();

/** The languages whose support words a folded word is, as written (not stemmed). */
export function lexiconLanguages(word: string): readonly string[] {
  return LANGUAGES_OF.get(word) ?? [];
}

/** Words shorter than this are looked up in the customer's language and English only: "con", "per", "dos". */
const MIN_ANY_LANGUAGE = 6;

/**
 * The concepts a folded word says: read as a word of the customer's language, then of English (customers mix
 * it in); a longer word no concept knows in either is tried in the other languages, since a short question's
 * language is often misread. A word is only ever read with its own language's stemmer: an English "plane"
 * is not stemmed as Italian into "plan".
 */
export function conceptsOf(word: string, language: string): Concept[] {
  const found = new Set<number>();
  const lookIn = (l: string) => {
    for (const c of INDEX.get(`${l}:${stemIn(word, l)}`) ?? []) found.add(c);
  };
  lookIn(language);
  if (language !== "en") lookIn("en");
  if (found.size === 0 && word.length >= MIN_ANY_LANGUAGE) for (const l of LANGUAGES) lookIn(l);
  return [...found].flatMap((c) => CONCEPTS[c] ?? []);
}

/** The concepts `concept` names as related: the ideas a question about it is usually about. */
export function relatedConcepts(concept: Concept): Concept[] {
  return concept.related.flatMap((id) => CONCEPTS[BY_ID.get(id) ?? -1] ?? []);
}

/**
 * A concept's words in the given languages (English always: help centres in other languages keep English
 * product words). These are the forms a query word is searched and matched by.
 */
export function wordsOf(concept: Concept, languages: ReadonlySet<string>): string[] {
  return LANGUAGES.filter((l: LexiconLanguage) => l === "en" || languages.has(l)).flatMap((l) =>
    concept.words[l].map(fold),
  );
}
