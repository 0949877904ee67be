import { EMBEDDING_DIMENSIONS } from "../../../workers/ai/embeddings";
import type { AiBinding } from "../../../workers/ai/workers-ai";
import { cosine } from "../../../workers/knowledge/calibration";

/**
 * An in-memory Vectorize index with the documented binding shapes (`upsert` replaces whole vectors, `query`
 * scores by cosine within a namespace and an `$eq` metadata filter, `deleteByIds` ignores unknown ids).
 * A fake, because Vectorize has no local simulator: miniflare cannot run it and the real one needs an
 * account. It writes synchronously where the real index applies mutations a few seconds later.
 */
export class FakeVectorize implements Pick<VectorizeIndex, "upsert" | "query" | "deleteByIds"> {
  readonly vectors = new Map<string, VectorizeVector>();
  readonly queries: VectorizeQueryOptions[] = [];

  async upsert(vectors: VectorizeVector[]): Promise<VectorizeVectorMutation> {
    for (const v of vectors) this.vectors.set(v.id, { ...v, values: [...v.values] });
    return { ids: vectors.map((v) => v.id), count: vectors.length };
  }

  async deleteByIds(ids: string[]): Promise<VectorizeVectorMutation> {
    const deleted = ids.filter((id) => this.vectors.delete(id));
    return { ids: deleted, count: deleted.length };
  }

  async query(
    vector: VectorFloatArray | number[],
    options: VectorizeQueryOptions = {},
  ): Promise<VectorizeMatches> {
    this.queries.push(options);
    const matches = [...this.vectors.values()]
      .filter((v) => (v.namespace ?? "") === (options.namespace ?? v.namespace ?? ""))
      .filter((v) => matchesFilter(v.metadata, options.filter))
      .map((v): VectorizeMatch => {
        const match: VectorizeMatch = { id: v.id, score: cosine([...vector], [...v.values]) };
        if (v.namespace !== undefined) match.namespace = v.namespace;
        if (options.returnMetadata && options.returnMetadata !== "none" && v.metadata)
          match.metadata = v.metadata;
        return match;
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, options.topK ?? 5);
    return { matches, count: matches.length };
  }

  /** The vector ids held for an article, in passage order. */
  idsOf(articleId: string): string[] {
    return [...this.vectors.keys()].filter((id) => id.startsWith(`${articleId}#`)).sort();
  }
}

function matchesFilter(
  metadata: Record<string, VectorizeVectorMetadata> | undefined,
  filter: VectorizeVectorMetadataFilter | undefined,
): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([field, want]) => {
    const value = want !== null && typeof want === "object" && "$eq" in want ? want.$eq : want;
    return metadata?.[field] === value;
  });
}

/**
 * A stand-in for bge-m3 that knows paraphrases by a table of concepts: each concept is one dimension,
 * counted once per listed word stem the text contains. "terms for good causes" and "nonprofits and
 * schools get 50% off" share no word, yet land close, which is what the real model is for.
 */
export const CONCEPTS: Record<string, readonly string[]> = {
  charity: ["nonprofit", "ngo", "charit", "school", "good cause"],
  discount: ["discount", "cheap", "deal", "% off", "half price", "reduced"],
  slack: ["slack"],
  connect: ["connect", "link", "hook up", "integrat"],
  password: ["password", "log in", "sign in", "locked out"],
};

export function conceptVector(text: string): number[] {
  const lower = text.toLowerCase();
  const vector = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
  Object.values(CONCEPTS).forEach((stems, dim) => {
    for (const stem of stems) if (lower.includes(stem)) vector[dim] = (vector[dim] ?? 0) + 1;
  });
  return vector;
}

/** Workers AI answering `{text: string[]}` with the documented `{shape, data}`; `calls` records the inputs. */
export function embeddingAi(
  answer: (texts: string[]) => Promise<unknown> = async (texts) => ({
    shape: [texts.length, EMBEDDING_DIMENSIONS],
    data: texts.map(conceptVector),
    pooling: "cls",
  }),
): AiBinding & { calls: { model: string; texts: string[] }[] } {
  const calls: { model: string; texts: string[] }[] = [];
  return {
    calls,
    run(model, inputs) {
      const texts = "text" in inputs && Array.isArray(inputs.text) ? inputs.text.map(String) : [];
      calls.push({ model, texts });
      return answer(texts);
    },
  };
}
