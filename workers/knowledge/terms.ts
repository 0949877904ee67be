import { tokenize } from "../ai/local/text";
import type { QueryTerm } from "./expand";
import { stemIn } from "./stemming";
import { STOPWORDS } from "./stopwords";

/** Longest query we send to full-text search: a pasted log should not become a 500-term OR. */
const MAX_TERMS = 16;
/** Longer than the longest words of the six languages ("Rechtsschutzversicherungsgesellschaften", 39). */
const MAX_WORD = 40;

/**
 * The topic words of a text, folded (lower case, accents removed), stopwords and one-letter tokens dropped,
 * each once, in order of appearance.
 */
export function contentTerms(text: string, max = MAX_TERMS): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const norm = unElided(token.norm);
    // Digits alone ("2", "10") say nothing about the topic; "2fa", "429" and "saml2" do. A token longer than
    // any word (a pasted key, a run of one letter) is no topic either, and reading it as a possible typo or
    // compound would cost time in proportion to its length squared.
    if (norm.length < 2 || norm.length > MAX_WORD || STOPWORDS.has(norm) || /^\d$/.test(norm)) continue;
    if (!out.includes(norm)) out.push(norm);
    if (out.length === max) break;
  }
  return out;
}

/** French and Italian articles and pronouns joined to the next word ("l'abbonamento", "d'orbit", "j'ai"). */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|dell|all|dall|nell|sull|quell|un)'(?=\p{L}{2})/u;

/**
 * A folded token without an elided article before it or an English possessive after it: "l'abbonamento" is
 * "abbonamento", "router's" is "router".
 */
export function unElided(norm: string): string {
  return norm.replace(ELISION, "").replace(/'s$/, "");
}

/**
 * An FTS5 MATCH expression that finds articles with any of the terms. Every term is a quoted string (inner
 * quotes doubled), so nothing a customer types (`"`, `*`, `NEAR`, `AND`, `-`, `:`) is read as FTS5 syntax.
 * Null when there is nothing to search for: FTS5 rejects an empty expression.
 */
export function matchExpression(terms: readonly string[]): string | null {
  const quoted = terms.filter((t) => t.trim() !== "").map((t) => `"${t.replaceAll('"', '""')}"`);
  return quoted.length > 0 ? quoted.join(" OR ") : null;
}

/** Stems shorter than this are searched as words, not prefixes: "us*" would match half the index. */
const MIN_PREFIX = 4;

/**
 * The FTS5 expression for query terms and all their forms: each form as a word (the index's porter stemmer
 * reads English inflections), and with `prefixes` its stem in the customer's language as a prefix, since
 * porter does not know that "olvidé" and "olvidaste" are one verb. Prefixes widen recall for finding
 * candidates, but also match unrelated words ("pass"* for "passe"), so counting which articles contain a
 * term goes without them.
 */
export function formsExpression(
  terms: readonly QueryTerm[],
  language: string,
  prefixes = true,
): string | null {
  const words = new Set<string>();
  for (const term of terms) {
    for (const form of term.forms) {
      const stem = stemIn(form, language);
      // The prefix finds the word itself too when the stem begins it: one phrase instead of two.
      const prefix = prefixes && stem.length >= MIN_PREFIX && stem !== form;
      if (prefix) words.add(`"${stem.replaceAll('"', '""')}"*`);
      if (!prefix || !form.startsWith(stem)) words.add(`"${form.replaceAll('"', '""')}"`);
    }
  }
  return words.size > 0 ? [...words].join(" OR ") : null;
}
