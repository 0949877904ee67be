import { stemIn } from "../../../knowledge/stemming";
import type { Language } from "../../provider";
import { languageOf } from "../language";
import { CONTRAST, LANGUAGE_PACKS, NEGATORS, stemClass, WORD_CLASS } from "../languages";
import { fold, tokenize } from "../text";

/**
 * Turns a message into the hashed features the linear model reads. Word unigrams and bigrams carry the
 * meaning; character n-grams inside each word carry it through typos, inflection and missing accents
 * ("refund", "refunded", "refnud" share most of their trigrams); a word inside a negation's scope gets a
 * second, marked feature, so "not working" and "working" can weigh differently without hand-written rules.
 */
/** The model's heads: the yes/no signals and the category softmax. */
export type HeadName = "human" | "negative" | "rejects" | "sensitive" | "failure" | "category";

export interface FeatureOptions {
  /** The feature space has 2^bits slots; hashes are reduced with a mask. */
  readonly bits: number;
  /** Character n-gram sizes taken inside each word (with `<` and `>` marking its edges). */
  readonly charGrams: readonly number[];
  /** Mark the words after a negator in the same clause. */
  readonly negation: boolean;
  /** Spell out the chat abbreviations of the message's language first ("u" → "you", "xq" → "porque"). */
  readonly textspeak: boolean;
  /**
   * Add features for the language packs' word classes: a class word also counts as its class, in unigrams,
   * bigrams and a clause-level "contact … person" pair, so a pattern seen with one word carries to the rest.
   */
  readonly wordClasses: boolean;
  /** Heads that read the word group only: character n-grams help categories but blur requests. */
  readonly wordsOnlyHeads: readonly HeadName[];
  /** Also pair each word with the one two before it, so "talk to a person" and "talk to person" share "to person". */
  readonly skipBigrams?: boolean;
  /**
   * Add each word's stem in the message's language, and let stems join word classes, so a verb's other
   * persons and tenses ("chiamate", "chiamasse") read like the form seen in training.
   */
  readonly stems?: boolean;
  /** Capitalised words inside a sentence are names ("Microsoft Teams", "Agent Builder") and join no word class. */
  readonly names?: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?|[.,;:!?]/gu;
const PUNCTUATION = /^[.,;:!?]$/;
const NEGATION_SCOPE = 3;

/** FNV-1a over UTF-16 code units, masked to `bits`: fast, stable across runtimes, no allocation. */
export function hash(s: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & ((1 << bits) - 1);
}

function lengthBucket(count: number): string {
  if (count <= 1) return "len:1";
  if (count <= 3) return "len:2-3";
  if (count <= 8) return "len:4-8";
  if (count <= 20) return "len:9-20";
  return "len:21+";
}

function shouted(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A capitalised word inside a sentence ("and with Teams?", "I use Agent Builder"): a name, not a class word. */
const NAME_INSIDE = /(?<![.!?]\s*|^\s*)\b(\p{Lu}\p{Ll}+)/gu;

/** The folded names of a message (not for a shouted one, where every word is capitalised). */
function namesOf(text: string): ReadonlySet<string> {
  return new Set([...text.matchAll(NAME_INSIDE)].map((m) => fold(m[1] as string)));
}

/** Shortest a verb can be once a pronoun is cut off its end ("dame" stays "dame"). */
const MIN_VERB = 4;

/**
 * The stems a word stands for in a language: its own, and, when it ends in one of the language's clitic
 * pronouns, the stem of the verb without it ("chiamatemi" → "chiam"). Stems equal to the word add nothing.
 */
function stemsOf(token: string, language: Language): string[] {
  const out = new Set([stemIn(token, language)]);
  const clitic = LANGUAGE_PACKS[language].clitics?.find((c) => token.endsWith(c));
  if (clitic !== undefined && token.length - clitic.length >= MIN_VERB) {
    out.add(stemIn(token.slice(0, -clitic.length), language));
  }
  out.delete(token);
  return [...out];
}

/**
 * A message as the model reads it: the slots of its word features and of its character n-grams, each group
 * sorted and distinct. Within a group every present feature has the value 1/√count (see `groupValue`).
 */
export interface Features {
  readonly words: Uint32Array;
  readonly chars: Uint32Array;
}

/** Each group is scaled to length 1, so a long message's logits are no larger than a short one's. */
export function groupValue(slots: Uint32Array): number {
  return slots.length > 0 ? 1 / Math.sqrt(slots.length) : 0;
}

/**
 * The hashed features of `text`. Word features (unigrams, bigrams, negation marks, word classes, length,
 * shouting) and character n-grams are two groups, each scaled on its own, so the many character n-grams of
 * a word do not drown the word itself. Features are binary, since a repeated word is weak extra evidence.
 */
export function featurize(text: string, options: FeatureOptions): Features {
  const { bits, charGrams, negation } = options;
  let tokens: string[] = fold(text).match(WORD) ?? [];
  const language = options.textspeak || options.stems ? languageOf(tokenize(text), text) : "en";
  if (options.textspeak) {
    const { textspeak } = LANGUAGE_PACKS[language];
    tokens = tokens.flatMap((t) => textspeak[t]?.split(" ") ?? [t]);
  }
  const wordGroup = new Set<number>();
  const charGroup = new Set<number>();
  const word = (feature: string) => wordGroup.add(hash(feature, bits));
  word("bias");
  word(lengthBucket(tokens.filter((t) => !PUNCTUATION.test(t)).length));
  const loud = shouted(text);
  if (loud) word("shout");
  const names = options.names && !loud ? namesOf(text) : new Set<string>();
  let negated = 0;
  let previous = "^";
  let beforePrevious = "^";
  let previousView = "^";
  const clauseClasses = new Set<string>();
  for (const token of tokens) {
    // Contrast words end a negation's scope: "not cheap but it works".
    if (PUNCTUATION.test(token) || CONTRAST.has(token)) {
      negated = 0;
      clauseClasses.clear();
    }
    word(`w:${token}`);
    word(`b:${previous} ${token}`);
    if (options.skipBigrams) word(`s:${beforePrevious} ${token}`);
    beforePrevious = previous;
    previous = token;
    const stems = options.stems && !PUNCTUATION.test(token) ? stemsOf(token, language) : [];
    for (const stem of stems) word(`st:${stem}`);
    if (options.wordClasses) {
      const cls = names.has(token)
        ? undefined
        : (WORD_CLASS.get(token) ??
          stems.map((stem) => stemClass(language, stem)).find((c) => c !== undefined));
      const view = cls === undefined ? token : `<${cls}>`;
      if (cls !== undefined || previousView.startsWith("<")) word(`kb:${previousView} ${view}`);
      if (cls !== undefined) {
        word(`k:${cls}${negated > 0 ? ":negated" : ""}`);
        for (const earlier of clauseClasses) word(`kk:${earlier} ${cls}`);
        clauseClasses.add(cls);
      }
      previousView = view;
    }
    if (PUNCTUATION.test(token)) continue;
    if (negation && negated > 0) {
      word(`n:${token}`);
      negated--;
    }
    if (NEGATORS.has(token)) negated = NEGATION_SCOPE;
    const padded = `<${token}>`;
    for (const n of charGrams) {
      for (let i = 0; i + n <= padded.length; i++) charGroup.add(hash(`c:${padded.slice(i, i + n)}`, bits));
    }
  }
  word(`b:${previous} $`);
  return { words: Uint32Array.from(wordGroup).sort(), chars: Uint32Array.from(charGroup).sort() };
}
