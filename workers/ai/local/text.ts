import { CONTRAST } from "./languages";

/** A word of a message with where it sits, so phrase matches and clause boundaries can refer to it. */
export interface Token {
  /** Lower case, accents removed: the form lexicons are keyed by. */
  readonly norm: string;
  /** As written, to see capitals. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** Index of the clause (split at punctuation and "but"), so negation does not leak across clauses. */
  readonly clause: number;
}

const COMBINING_MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x7e\s]*$/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[.,;:!?¿¡()]+/gu;
const CLAUSE_BREAK = /^[.,;:!?¿¡()]+$/;

/**
 * Accents removed, apostrophes unified, case kept. Lexicons are written without accents because customers
 * often type without them ("pasame", "menschen"); string length is preserved for the scripts we support.
 */
export function plain(text: string): string {
  // Most chat lines are ASCII; skipping Unicode normalisation for them keeps the engine well under 1 ms.
  if (ASCII.test(text)) return text.replace(/`/g, "'");
  return text.normalize("NFD").replace(COMBINING_MARKS, "").replace(/[’‘`]/g, "'").normalize("NFC");
}

/** `plain` in lower case: the string phrase patterns run on. */
export function fold(text: string): string {
  return plain(text).toLowerCase();
}

export function tokenize(text: string): Token[] {
  const source = plain(text);
  const tokens: Token[] = [];
  let clause = 0;
  for (const m of source.matchAll(WORD)) {
    const raw = m[0];
    const norm = raw.toLowerCase();
    if (CLAUSE_BREAK.test(raw)) {
      clause++;
      continue;
    }
    if (CONTRAST.has(norm)) clause++;
    tokens.push({ norm, raw, start: m.index, end: m.index + raw.length, clause });
  }
  return tokens;
}

/** Content words of a message, for comparing two messages (repeated questions). */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text)) if (t.norm.length > 3) out.add(t.norm);
  return out;
}

/** Jaccard overlap of two word sets, 0 … 1. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
