import { type QueryTerm, termMatch } from "./expand";
import { stemsOf } from "./stemming";

/** Paragraphs longer than this are cut into groups of sentences, so an answer stays chat-sized. */
const MAX_PASSAGE_CHARS = 600;

/**
 * An article body cut into passages: its paragraphs (split at blank lines), long ones cut at sentence ends.
 * Steps written on consecutive lines stay together in one passage.
 */
export function splitPassages(body: string): string[] {
  const out: string[] = [];
  for (const paragraph of body.split(/\n\s*\n/)) {
    const text = paragraph.trim();
    if (text === "") continue;
    if (text.length <= MAX_PASSAGE_CHARS) {
      out.push(text);
      continue;
    }
    let current = "";
    for (const sentence of text.match(/[^.!?]+(?:[.!?]+["”)]?\s*|$)/g) ?? [text]) {
      if (current !== "" && current.length + sentence.length > MAX_PASSAGE_CHARS) {
        out.push(current.trim());
        current = "";
      }
      current += sentence;
    }
    if (current.trim() !== "") out.push(current.trim());
  }
  return out;
}

/** A term of the query with the weight it carries. */
export interface WeightedTerm {
  term: QueryTerm;
  weight: number;
}

/**
 * The passage that contains the most query weight; the first passage (an article's summary, by habit) when
 * none contains any, e.g. when only the title matched.
 */
export function bestPassage(body: string, terms: readonly WeightedTerm[], language: string): string {
  const passages = splitPassages(body);
  let best = passages[0] ?? body.trim();
  let bestScore = 0;
  for (const passage of passages) {
    const stems = stemsOf(passage, language);
    let score = 0;
    for (const { term, weight } of terms) score += weight * termMatch(stems, term, language);
    if (score > bestScore) {
      best = passage;
      bestScore = score;
    }
  }
  return best;
}
