import { tokenize } from "../ai/local/text";
import { STOPWORDS } from "./stopwords";

/** Longest query we send to full-text search: a pasted log should not become a 500-term OR. */
const MAX_TERMS = 16;

/**
 * The topic words of a text, folded (lower case, accents removed), stopwords and one-letter tokens dropped,
 * each once, in order of appearance.
 */
export function contentTerms(text: string, max = MAX_TERMS): string[] {
  const out: string[] = [];
  for (const { norm } of tokenize(text)) {
    // Digits alone ("2", "10") say nothing about the topic; "2fa", "429" and "saml2" do.
    if (norm.length < 2 || STOPWORDS.has(norm) || /^\d$/.test(norm)) continue;
    if (!out.includes(norm)) out.push(norm);
    if (out.length === max) break;
  }
  return out;
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

const SUFFIXES = ["ations", "ation", "ions", "ion", "ments", "ment", "ings", "ing", "ies", "ed", "es", "s"];

/**
 * A light stem, close enough to the porter stemmer of the FTS index for telling which words of a question
 * appear in a passage ("invoices" ~ "invoice", "exporting" ~ "export", "deletion" ~ "deleted"). Full Porter
 * is English-only; stripping a few suffixes works as well on "facturas" or "contraseñas".
 */
export function stem(word: string): string {
  let w = word.replace(/'s$/, "");
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length < 3 || !w.endsWith(suffix)) continue;
    // "access", "status", "analysis" keep their s.
    if (suffix === "s" && /[sui]s$/.test(w)) break;
    w = suffix === "ies" ? `${w.slice(0, -3)}y` : w.slice(0, -suffix.length);
    break;
  }
  return w.length > 3 ? w.replace(/e$/, "") : w;
}

/** Whether two stems are forms of one word: equal, or one a short extension of the other ("cancel", "cancell"). */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short);
}

/** The stems of every word of a text, for testing which query terms it contains. */
export function stemSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const { norm } of tokenize(text)) out.add(stem(norm));
  return out;
}

/** Whether `stems` (from `stemSet`) contains a form of `term`. */
export function containsTerm(stems: ReadonlySet<string>, term: string): boolean {
  const s = stem(term);
  if (stems.has(s)) return true;
  for (const candidate of stems) if (stemsMatch(s, candidate)) return true;
  return false;
}
