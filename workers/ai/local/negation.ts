import { ABILITY, CONTRAST, NEGATORS } from "./languages";

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
const CLAUSE_BREAK = /[.;:!?¿¡()\n]/;
/** How many words before a phrase a negator may stand and still negate it ("don't really want to"). */
const NEGATION_REACH = 3;

/**
 * True when the customer negates what starts at `index` of the folded text: a negator among the few words
 * before it in the same clause ("I don't want to cancel my plan", "no quiero cancelar", "ich will nicht
 * kündigen"). Not when the clause is about being able ("I can't cancel my plan", "no puedo cancelar"): that
 * customer still wants it done.
 */
export function negatedAt(folded: string, index: number): boolean {
  let start = 0;
  for (let i = index - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(folded[i] as string)) {
      start = i + 1;
      break;
    }
  }
  const before = folded.slice(start, index).match(WORD) ?? [];
  let from = 0;
  before.forEach((w, i) => {
    if (CONTRAST.has(w)) from = i + 1;
  });
  const clause = before.slice(from);
  if (clause.some((w) => ABILITY.has(w))) return false;
  return clause.slice(-NEGATION_REACH).some((w) => NEGATORS.has(w));
}
