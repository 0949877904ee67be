import type { Context } from "hono";
import type { SemanticIndex } from "../knowledge/semantic-index";
import { semanticIndexFor } from "../knowledge/semantic-index";
import type { AppEnv } from "./context";
import { ApiError } from "./errors";

/**
 * Brings the vector index up to date after an article was written, once the response is sent: embedding
 * takes seconds and the article is already searchable by full text. Best effort: a failure is logged and
 * `POST /api/v1/knowledge/reindex` repairs it. Nothing happens where the index is not bound (locally, tests).
 */
export function afterArticleWrite(
  c: Context<AppEnv>,
  work: (index: SemanticIndex) => Promise<unknown>,
): void {
  const index = semanticIndexFor(c.env);
  if (index) c.executionCtx.waitUntil(work(index));
}

/** The index for a re-index request, or the error that says this deployment has none. */
export function requireSemanticIndex(c: Context<AppEnv>): SemanticIndex {
  const index = semanticIndexFor(c.env);
  if (!index) {
    throw new ApiError(
      501,
      "not_configured",
      "Semantic search is not configured here: it needs the AI and VECTORIZE bindings (docs/operations.md)",
    );
  }
  return index;
}
