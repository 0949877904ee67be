import { stemmer as en } from "@orama/stemmers/english";
import { stemmer as fr } from "@orama/stemmers/french";
import { stemmer as de } from "@orama/stemmers/german";
import { stemmer as it } from "@orama/stemmers/italian";
import { stemmer as pt } from "@orama/stemmers/portuguese";
import { stemmer as es } from "@orama/stemmers/spanish";
import { tokenize } from "../ai/local/text";

/** Snowball stemmers (Orama's port, plain JS, so they run in workerd) for the six languages Baton serves. */
const STEMMERS: Readonly<Record<string, (word: string) => string>> = { en, es, fr, de, pt, it };

const MEMO = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/**
 * The stem of a folded word in a language (English for any other): "invoices" and "invoice", "olvidé" and
 * "olvidaste", "exportieren" and "exportiert" share one. Both sides of a comparison must use the same
 * language's stemmer, which is why articles are read with their own language's.
 */
export function stemIn(word: string, language: string): string {
  const key = `${language}:${word}`;
  const known = MEMO.get(key);
  if (known !== undefined) return known;
  const stemmer = STEMMERS[language] ?? en;
  const stem = stemmer(word.replace(/'s$/, ""));
  // Every turn stems the same lexicon forms against every candidate: remember them, within a bound.
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(key, stem);
  return stem;
}

const TEXTS = new Map<string, ReadonlySet<string>>();
/** Articles and passages whose stems are kept: a help centre's worth, read again on every turn. */
const TEXTS_LIMIT = 2_000;

/**
 * The stems of every word of a text in a language, for testing which query terms it contains. Remembered
 * (the oldest forgotten first): every turn reads the same articles again.
 */
export function stemsOf(text: string, language: string): ReadonlySet<string> {
  const key = `${language}\n${text}`;
  const known = TEXTS.get(key);
  if (known) return known;
  const out = new Set<string>();
  for (const { norm } of tokenize(text)) out.add(stemIn(norm, language));
  if (TEXTS.size >= TEXTS_LIMIT) TEXTS.delete(TEXTS.keys().next().value ?? "");
  TEXTS.set(key, out);
  return out;
}

/** The languages with a stemmer, to look a word up in every one when the customer's language is unsure. */
export const STEMMED_LANGUAGES: readonly string[] = Object.keys(STEMMERS);
