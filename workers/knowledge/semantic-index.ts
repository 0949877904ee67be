import { embedTexts } from "../ai/embeddings";
import { withTimeout } from "../ai/with-timeout";
import type { AiBinding } from "../ai/workers-ai";
import type { Article } from "./article";
import type { Neighbour } from "./fusion";
import { type PassageText, parseVectorId, passageTexts, vectorIdsFrom } from "./vectors";

/**
 * The part of a Vectorize binding this code uses; `VectorizeIndex` and `Vectorize` both fit. Vectorize has
 * no local simulator, so unit tests pass an in-memory fake of these documented shapes.
 */
export interface VectorIndex {
  upsert(vectors: VectorizeVector[]): Promise<unknown>;
  deleteByIds(ids: string[]): Promise<unknown>;
  query(vector: number[], options?: VectorizeQueryOptions): Promise<VectorizeMatches>;
}

export interface SemanticIndexOptions {
  /** For the embedding and the query on a customer's turn: the bot's answer waits for it. */
  queryTimeoutMs?: number;
  /** For embedding and writing an article's passages, off the request's path. */
  writeTimeoutMs?: number;
  /** Called when a call fails and retrieval or indexing goes without the index. */
  onFailure?: (operation: "query" | "index" | "remove", detail: string) => void;
}

export type IndexOutcome = { ok: true; vectors: number } | { ok: false; detail: string };

const DEFAULT_QUERY_TIMEOUT_MS = 1500;
const DEFAULT_WRITE_TIMEOUT_MS = 15_000;
/** Passages (vectors of 1024 floats) per embedding call and upsert: one article at most, a page at least. */
const BATCH = 32;
/** Vectorize's batch limit for a Worker (upserts; deletes are held to it too). */
const MAX_IDS_PER_CALL = 1000;
/** Nearest passages asked for; several may belong to one article. 20 is Vectorize's top K with metadata. */
const TOP_PASSAGES = 20;

/**
 * The knowledge base's vectors in Vectorize, embedded with Workers AI. Every vector lives in its workspace's
 * namespace (and carries `{workspaceId, articleId}`), and every query names the namespace, so one workspace
 * never retrieves another's articles. No method throws: a failure is reported and the caller carries on
 * with full-text search alone.
 */
export class SemanticIndex {
  private readonly queryTimeoutMs: number;
  private readonly writeTimeoutMs: number;

  constructor(
    private readonly ai: AiBinding,
    private readonly index: VectorIndex,
    private readonly options: SemanticIndexOptions = {},
  ) {
    this.queryTimeoutMs = options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
    this.writeTimeoutMs = options.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS;
  }

  /**
   * Writes the vectors of `articles` (created or changed) and removes passages they no longer have.
   * Idempotent: ids are derived from the article, so indexing again replaces rather than adds.
   */
  async indexArticles(workspaceId: string, articles: readonly Article[]): Promise<IndexOutcome> {
    const perArticle = articles.map(passageTexts);
    const passages = perArticle.flat();
    try {
      for (let start = 0; start < passages.length; start += BATCH) {
        await this.write(workspaceId, passages.slice(start, start + BATCH));
      }
      // Upserts first: a failure between the two leaves an extra passage (harmless), never a missing one.
      const stale = articles.flatMap((a, i) => vectorIdsFrom(a.id, perArticle[i]?.length ?? 0));
      for (let start = 0; start < stale.length; start += MAX_IDS_PER_CALL) {
        const ids = stale.slice(start, start + MAX_IDS_PER_CALL);
        await withTimeout(() => this.index.deleteByIds(ids), this.writeTimeoutMs);
      }
      return { ok: true, vectors: passages.length };
    } catch (reason) {
      const detail = reason instanceof Error ? reason.message : String(reason);
      this.options.onFailure?.("index", detail);
      return { ok: false, detail };
    }
  }

  private async write(workspaceId: string, batch: readonly PassageText[]): Promise<void> {
    const embedded = await embedTexts(
      this.ai,
      batch.map((p) => p.text),
      { timeoutMs: this.writeTimeoutMs },
    );
    if (!embedded.ok) throw new Error(`embedding ${embedded.reason}: ${embedded.detail}`);
    const vectors = batch.map(
      (p, i): VectorizeVector => ({
        id: p.id,
        values: embedded.vectors[i] ?? [],
        namespace: workspaceId,
        metadata: { workspaceId, articleId: p.articleId },
      }),
    );
    await withTimeout(() => this.index.upsert(vectors), this.writeTimeoutMs);
  }

  /** Removes every vector of a deleted article. */
  async removeArticle(articleId: string): Promise<boolean> {
    try {
      await withTimeout(() => this.index.deleteByIds(vectorIdsFrom(articleId, 0)), this.writeTimeoutMs);
      return true;
    } catch (reason) {
      this.options.onFailure?.("remove", String(reason));
      return false;
    }
  }

  /**
   * The workspace's articles nearest to `text`, best first, each with its closest passage; null when the
   * embedding or the index failed, so retrieval goes on with full-text search as it does without the index.
   */
  async neighbours(workspaceId: string, text: string, limit = 10): Promise<Neighbour[] | null> {
    if (text.trim() === "") return [];
    const embedded = await embedTexts(this.ai, [text], { timeoutMs: this.queryTimeoutMs });
    const vector = embedded.ok ? embedded.vectors[0] : undefined;
    if (!embedded.ok || !vector) {
      this.options.onFailure?.("query", embedded.ok ? "no vector" : `${embedded.reason}: ${embedded.detail}`);
      return null;
    }
    try {
      const { matches } = await withTimeout(
        () =>
          this.index.query(vector, { topK: TOP_PASSAGES, namespace: workspaceId, returnMetadata: "none" }),
        this.queryTimeoutMs,
      );
      const best = new Map<string, Neighbour>();
      for (const m of [...matches].sort((a, b) => b.score - a.score)) {
        const at = parseVectorId(m.id);
        if (at && !best.has(at.articleId)) best.set(at.articleId, { ...at, similarity: m.score });
      }
      return [...best.values()].slice(0, limit);
    } catch (reason) {
      this.options.onFailure?.("query", String(reason));
      return null;
    }
  }
}

/**
 * The semantic index when both bindings exist (production, `[env.production]` in wrangler.toml); undefined
 * locally and in tests, where retrieval is full-text search alone.
 */
export function semanticIndexFor(
  env: { AI?: AiBinding; VECTORIZE?: VectorIndex },
  options: SemanticIndexOptions = {},
): SemanticIndex | undefined {
  if (!env.AI || !env.VECTORIZE) return undefined;
  return new SemanticIndex(env.AI, env.VECTORIZE, {
    onFailure: (operation, detail) => console.warn(`semantic index ${operation} failed: ${detail}`),
    ...options,
  });
}
