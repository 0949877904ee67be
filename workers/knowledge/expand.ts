import { tokenize } from "../ai/local/text";
import { isGeneric } from "./generic";
import { conceptsOf, relatedConcepts, wordsOf } from "./lexicon";
import { stemIn } from "./stemming";
import { STOPWORDS } from "./stopwords";
import type { Concept } from "./support-lexicon";
import { corrections } from "./typos";

/** A word of the customer's question and the forms that count as it: itself, its synonyms, its corrections. */
export interface QueryTerm {
  term: string;
  /** The word itself and its typo corrections first (`own` of them), then the words of its concepts. */
  forms: readonly string[];
  /** How many of `forms` are the customer's own word and its corrections: a match on them counts in full. */
  own: number;
  /**
   * How much the word counts, as a share of its rarity weight: 1 for a word that names something; less for
   * an everyday word ("grab", "make"); more for a name nothing here knows ("Netflix").
   */
  salience: number;
}

/** What a workspace's help centre is written in: the words its titles and tags use, and its languages. */
export interface Vocabulary {
  /** Words a misspelling is corrected towards: the titles' and tags' words, and the lexicon's. */
  words: ReadonlySet<string>;
  /** The languages of its articles: a concept is searched in the words of these. */
  languages: ReadonlySet<string>;
}

/** Enough forms for a word's concepts in a few languages, few enough that a pasted paragraph stays cheap. */
const MAX_FORMS = 64;
/**
 * An everyday word no article and no concept knows counts this much: mostly not the topic. So does a word
 * the lexicon knows when no article says anything of its concept ("March" where no article names a month):
 * it is ordinary support vocabulary, not a sign the question is about something else.
 */
export const GENERIC_SALIENCE = 0.25;
/**
 * A name the customer capitalised that no article and no concept knows ("Netflix", "Instagram", "Hotmail")
 * counts this much: the question is about that thing, and this help centre does not know it.
 */
const NAME_SALIENCE = 8;

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
 * The forms each query word is searched and matched by. Every word counts as itself and as the concepts of
 * the support lexicon it says, in the help centre's languages: "factura" finds "invoice", "olvidé" finds
 * "forgot", a German question the English article. A word no article contains (`unknown`) is read further,
 * as what it probably means: corrected towards the workspace's vocabulary when it looks like a typo
 * ("invocie", "pasword"), and widened to the concepts related to its own ("expired" → card, payment). Its
 * weight then comes from how many articles those forms find, so a word that means nothing here
 * ("Salesforce") still weighs most and still makes the bot decline; an everyday word that means nothing here
 * ("grab") weighs little.
 */
export function expandTerms(
  terms: readonly string[],
  language: string,
  vocabulary: Vocabulary,
  unknown: ReadonlySet<string>,
  names: ReadonlySet<string> = new Set(),
): QueryTerm[] {
  return terms.flatMap((term) => {
    const concepts = new Set<Concept>(conceptsOf(term, language));
    if (!unknown.has(term)) {
      // An everyday word ("make", "see") some article happens to use is still not what a question is about,
      // unless the help centre names a topic with it (a title's or tag's word: "password", "order").
      const everyday = concepts.size === 0 && !vocabulary.words.has(term) && isGeneric(term, language);
      return [termWith(term, concepts, vocabulary, everyday ? GENERIC_SALIENCE : 1)];
    }
    const fixed = corrections(term, vocabulary.words);
    for (const word of fixed) for (const c of conceptsOf(word, language)) concepts.add(c);
    if (concepts.size === 0 && fixed.length === 0) {
      const parts = compoundParts(term, language, vocabulary);
      if (parts)
        return parts.map((part) => termWith(part, new Set(conceptsOf(part, language)), vocabulary, 1));
    }
    const salience = concepts.size > 0 || fixed.length > 0 ? 1 : unknownSalience(term, language, names);
    for (const c of [...concepts]) for (const r of relatedConcepts(c)) concepts.add(r);
    return [termWith(term, concepts, vocabulary, salience, fixed)];
  });
}

/** Words shorter than this are not split. */
const MIN_COMPOUND = 7;
const MIN_PART = 4;

/**
 * A compound word split into two words the help centre or the lexicon knows, or null: German writes
 * "Zahlungsmethode" for payment method and "Zeiterfassung" for time tracking, and customers everywhere
 * write "timesheet" or "setup" as one word. The linking "s" of German compounds is dropped ("Zahlungs-").
 * The split leaving the longest known first part wins.
 */
export function compoundParts(word: string, language: string, vocabulary: Vocabulary): string[] | null {
  if (word.length < MIN_COMPOUND || /\d/.test(word)) return null;
  // The help centre's own short words count ("ms" of "msteams"), the lexicon's from four letters.
  const known = (part: string) =>
    (part.length >= 2 && vocabulary.words.has(part)) ||
    (part.length >= MIN_PART && conceptsOf(part, language).length > 0);
  for (let i = word.length - MIN_PART; i >= 2; i--) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (!known(tail)) continue;
    if (known(head)) return [head, tail];
    if (head.endsWith("s") && known(head.slice(0, -1))) return [head.slice(0, -1), tail];
  }
  return null;
}

function unknownSalience(term: string, language: string, names: ReadonlySet<string>): number {
  if (names.has(term)) return NAME_SALIENCE;
  return isGeneric(term, language) ? GENERIC_SALIENCE : 1;
}

function termWith(
  term: string,
  concepts: ReadonlySet<Concept>,
  vocabulary: Vocabulary,
  salience: number,
  fixed: readonly string[] = [],
): QueryTerm {
  const forms = new Set([term, ...fixed]);
  const own = forms.size;
  for (const c of concepts) for (const w of wordsOf(c, vocabulary.languages)) forms.add(w);
  return { term, forms: [...forms].slice(0, MAX_FORMS), own, salience };
}

/**
 * A synonym or translation counts this much of the customer's own word: between an article that says
 * "retention" and one that only says a word of the same concept, the first is more likely the answer.
 */
const SYNONYM_CREDIT = 0.8;

/** Each term's forms stemmed per article language, computed once per turn rather than per article. */
const FORM_STEMS = new WeakMap<QueryTerm, Map<string, { own: Set<string>; all: Set<string> }>>();

function formStems(term: QueryTerm, language: string): { own: Set<string>; all: Set<string> } {
  const byLanguage = FORM_STEMS.get(term) ?? new Map<string, { own: Set<string>; all: Set<string> }>();
  FORM_STEMS.set(term, byLanguage);
  const known = byLanguage.get(language);
  if (known) return known;
  const stems = {
    own: new Set(term.forms.slice(0, term.own).map((f) => stemIn(f, language))),
    all: new Set(term.forms.map((f) => stemIn(f, language))),
  };
  byLanguage.set(language, stems);
  return stems;
}

/**
 * How well a text, as `stemsOf(text, language)`, holds the term: 1 when it contains the customer's word (or
 * its correction), `SYNONYM_CREDIT` when only a word of the same concept, 0 when neither.
 */
export function termMatch(stems: ReadonlySet<string>, term: QueryTerm, language: string): number {
  const { own, all } = formStems(term, language);
  for (const stem of own) if (stems.has(stem)) return 1;
  for (const stem of all) if (stems.has(stem)) return SYNONYM_CREDIT;
  return 0;
}
