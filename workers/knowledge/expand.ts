import { tokenize } from "../ai/local/text";
import { relatedWords } from "./lexicon";
import { stemIn } from "./stemming";
import { STOPWORDS } from "./stopwords";
import { corrections } from "./typos";

/** A word of the customer's question and the forms that count as it: itself, its synonyms, its corrections. */
export interface QueryTerm {
  term: string;
  forms: readonly string[];
}

/** Enough forms for a word's synonyms in six languages, few enough that a pasted paragraph stays cheap. */
const MAX_FORMS = 32;

/**
 * The words of the workspace's article titles and tags: the names its help centre gives to things, which a
 * misspelt word of the customer's is corrected towards. Learned from the workspace's own articles, so a new
 * help centre brings its own vocabulary (product names, features) without anyone writing a list.
 */
export function titleVocabulary(
  articles: readonly { title: string; tags: readonly string[] }[],
): Set<string> {
  const out = new Set<string>();
  for (const a of articles) {
    for (const { norm } of tokenize(`${a.title} ${a.tags.join(" ")}`)) {
      if (norm.length > 1 && !STOPWORDS.has(norm)) out.add(norm);
    }
  }
  return out;
}

/**
 * The forms each query word is searched and matched by. A word some article contains is searched as itself:
 * the help centre already uses the customer's word, and widening it ("data" → privacy, retention) would only
 * blur which article is about it. A word no article contains (`unknown`) is read as what it probably means:
 * corrected towards the workspace's vocabulary when it looks like a typo ("invocie", "pasword"), and widened
 * to the words the lexicon groups with it or its correction (synonyms, translations, related terms: "billed" →
 * invoice, "olvidé" → forgot). Its weight then comes from how many articles those forms find, so a word
 * that means nothing here ("Salesforce") still weighs most and still makes the bot decline.
 */
export function expandTerms(
  terms: readonly string[],
  language: string,
  vocabulary: ReadonlySet<string>,
  unknown: ReadonlySet<string>,
): QueryTerm[] {
  return terms.map((term) => {
    if (!unknown.has(term)) return { term, forms: [term] };
    const fixed = corrections(term, vocabulary);
    const forms = new Set([term, ...fixed]);
    for (const word of [term, ...fixed])
      for (const related of relatedWords(word, language)) forms.add(related);
    return { term, forms: [...forms].slice(0, MAX_FORMS) };
  });
}

/** Whether a text, as `stemsOf(text, language)`, contains one of the term's forms. */
export function containsTerm(stems: ReadonlySet<string>, term: QueryTerm, language: string): boolean {
  return term.forms.some((form) => stems.has(stemIn(form, language)));
}
