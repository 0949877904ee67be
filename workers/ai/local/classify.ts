import type { Category, Classification } from "../provider";
import { wantsHuman } from "./human-request";
import { detectIntents, seatCount } from "./intents";
import { detectLanguage } from "./language";
import { CATEGORY_CUES } from "./lexicon/category-cues";
import { fold } from "./text";

/** Below this much evidence a message is `general` (greetings, thanks, opening hours…). */
const MIN_EVIDENCE = 1.5;
/** Seat counts this size make a message a sales question even without a sales word ("for 40 people"). */
const SALES_SEATS = 10;
/** On a tie, the category whose mistakes cost most wins: a legal matter misread as billing is worse. */
const TIE_ORDER: readonly Category[] = ["legal", "billing", "account", "sales", "technical"];

export function categorize(folded: string): Category {
  const score: Record<Category, number> = {
    general: 0,
    billing: 0,
    technical: 0,
    sales: 0,
    legal: 0,
    account: 0,
  };
  for (const [category, pattern, weight] of CATEGORY_CUES) {
    const hits = folded.match(pattern)?.length ?? 0;
    // Repeating a word is weaker evidence than a second, different cue.
    if (hits > 0) score[category] += weight * (1 + 0.25 * (hits - 1));
  }
  if (seatCount(folded) >= SALES_SEATS) score.sales += 2;
  let best: Category = "general";
  for (const category of TIE_ORDER) {
    if (score[category] >= MIN_EVIDENCE && score[category] > score[best]) best = category;
  }
  return best;
}

/** Category, intents, request for a human and language of one customer message, offline. */
export function classifyLocally(text: string): Classification {
  const folded = fold(text);
  const human = wantsHuman(text);
  const intents = detectIntents(folded);
  if (human) intents.unshift("human_request");
  return { category: categorize(folded), intents, wantsHuman: human, language: detectLanguage(text) };
}
