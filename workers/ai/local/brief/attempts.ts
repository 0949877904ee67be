import { detectLanguage } from "../language";
import { LANGUAGE_PACKS } from "../languages";

const MAX_CLAUSE = 160;
/** The brief keeps this many of the customer's own attempts, the latest ones. */
export const MAX_ATTEMPTS = 5;

/** Sentences and clauses of a message, trimmed, in order. */
function clauses(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
}

/**
 * What the customer says they already did themselves ("I cleared the cache and reinstalled", "ya reinicié
 * el router"), as the clauses that say it, so the agent does not ask them to do it again.
 */
export function customerAttempts(customerTexts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of customerTexts) {
    const own = LANGUAGE_PACKS[detectLanguage(text)].tried;
    for (const clause of clauses(text)) {
      const lower = clause.toLowerCase();
      if (!own.test(lower) && !LANGUAGE_PACKS.en.tried.test(lower)) continue;
      const quoted = clause.length > MAX_CLAUSE ? `${clause.slice(0, MAX_CLAUSE - 1)}…` : clause;
      if (!out.includes(quoted)) out.push(quoted);
    }
  }
  return out.slice(-MAX_ATTEMPTS);
}
