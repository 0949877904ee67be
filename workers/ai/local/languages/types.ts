import type { Language } from "../../provider";

/** The classes of `wordClasses`: who the customer wants, how they want to reach them, and the bot itself. */
export type WordClass = "person" | "contact" | "machine";

/**
 * What the offline analysers know about one language, by hand: small, deliberate lists. Everything else
 * (requests for a person, sentiment, categories) is learned from the corpus. Adding a language is adding
 * a file here, its corpus folder under data/triggers/, and retraining.
 */
export interface LanguagePack {
  readonly code: Language;
  /** Frequent function words: the cheapest reliable language cue for chat-length text. */
  readonly functionWords: readonly string[];
  /** Letters only this language (of the six) uses, a strong cue when present. */
  readonly letters?: RegExp;
  /** Words that negate what follows in their clause ("not bad", "pas mal", "nicht schlecht"). */
  readonly negators: readonly string[];
  /**
   * Words of being able ("can't", "no puedo", "kann … nicht"): a negation with one of them is a complaint,
   * not a refusal, so "I can't cancel my plan" still asks to cancel.
   */
  readonly ability: readonly string[];
  /**
   * How customers say what they already did themselves, matched on a lower-cased clause: first-person past
   * forms and "already" ("I restarted", "ya probé", "j'ai vidé", "hab ich kontrolliert", "já tentei",
   * "ho riavviato"). Linear: no nested repetition.
   */
  readonly tried: RegExp;
  /**
   * Words (folded) that play the same part in a request, grouped so the model can learn a pattern once for
   * all of them: "talk to a person" and "speak with an agent" are both `contact … person`. Classes are
   * named alike in every language, so a pattern learned in one carries over to the others.
   */
  readonly wordClasses: Readonly<Record<WordClass, readonly string[]>>;
  /** Greetings and courtesies (folded) that open a message or a reply without saying anything about the problem. */
  readonly pleasantries: readonly string[];
  /** Words after which the speaker's real point comes ("but"): they end a negation's scope. */
  readonly contrast: readonly string[];
  /**
   * Pronouns written onto the end of a verb ("llámenme", "chiamatemi", "pásamelo"), longest first. The
   * stemmers keep them, so without them the request's verb would not be recognised.
   */
  readonly clitics?: readonly string[];
  /** Chat spellings mapped to the word they stand for ("u" → "you"), folded, whole words only. */
  readonly textspeak: Readonly<Record<string, string>>;
}
