import { splitPassages } from "./passages";
import type { RetrievedArticle } from "./types";

/** An article the vector index found near the question: its closest passage and that passage's similarity. */
export interface Neighbour {
  articleId: string;
  /** Index into `splitPassages(body)` when the vector was written. */
  passage: number;
  /** Cosine similarity, -1 … 1. */
  similarity: number;
}

/**
 * Cosine similarities of bge-m3 mapped onto coverage: at or below the floor an article is merely on the same
 * kind of subject; at the ceiling it says what the question asks in other words. With the default threshold
 * 0.4 a paraphrase is answered from a similarity of 0.70. Not measured: the offline eval cannot run the
 * model, so these are conservative starting points to check against production traffic (docs/bot.md).
 */
export const SIMILARITY_FLOOR = 0.6;
export const SIMILARITY_FULL = 0.85;

/** How much of the question a passage answers, read from its similarity alone; 0 … 1. */
export function semanticCoverage(similarity: number): number {
  const share = (similarity - SIMILARITY_FLOOR) / (SIMILARITY_FULL - SIMILARITY_FLOOR);
  return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 1000;
}

/**
 * Merges full-text and vector retrieval for a turn by the stronger evidence for each article (CombMAX):
 * `score` is the larger of the word-based score and the similarity's coverage, and so is `coverage`, the
 * bot's confidence; the passage is the one the stronger evidence points at. So an answer only a paraphrase
 * finds is not declined for sharing no words, and similarity below the floor changes nothing: the index adds
 * evidence, it never demotes what the words found.
 *
 * Not reciprocal rank fusion: it rewards articles both retrievers list, and an article only the index finds
 * (the very case the index is for, a question sharing no word with it) would then lose to any article weakly
 * present in both, and fall out of the top three.
 *
 * `lexical` is the full-text ranking; `semanticOnly` the same word-based reading of articles only the index
 * found; `neighbours` the index's hits. A neighbour with neither (an article deleted since, or outside the
 * workspace as D1 read it) is dropped.
 */
export function fuseRetrieval(
  lexical: readonly RetrievedArticle[],
  semanticOnly: readonly RetrievedArticle[],
  neighbours: readonly Neighbour[],
  limit: number,
): RetrievedArticle[] {
  const fused = new Map(lexical.map((a) => [a.articleId, a]));
  const views = new Map([...semanticOnly, ...lexical].map((a) => [a.articleId, a]));
  for (const n of neighbours) {
    const view = views.get(n.articleId);
    if (!view) continue;
    const semantic = semanticCoverage(n.similarity);
    // Below the floor the index is no evidence, and an article words did not find has no other.
    if (semantic === 0 && !fused.has(n.articleId)) continue;
    const passage = splitPassages(view.body)[n.passage] ?? view.passage;
    fused.set(n.articleId, {
      ...view,
      score: Math.max(view.score, semantic),
      ...(semantic > view.coverage ? { coverage: semantic, passage } : {}),
    });
  }
  // Stable: articles of equal score keep the full-text order.
  return [...fused.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}
