import { describe, expect, it } from "vitest";
import type { Article } from "../../../workers/knowledge/article";
import { SemanticIndex, semanticIndexFor } from "../../../workers/knowledge/semantic-index";
import { MAX_VECTORS_PER_ARTICLE, parseVectorId, vectorId } from "../../../workers/knowledge/vectors";
import { embeddingAi, FakeVectorize } from "./fakes";

function article(id: string, title: string, paragraphs: string[]): Article {
  const now = "2026-01-01T00:00:00.000Z";
  return {
    id,
    title,
    body: paragraphs.join("\n\n"),
    tags: [],
    language: "en",
    createdAt: now,
    updatedAt: now,
  };
}

const nonprofit = article("kb_np", "Special plans", [
  "Plans and prices.",
  "Nonprofits and schools get half price.",
]);
const slack = article("kb_slack", "Connect Orbit to Slack", [
  "Open Settings, then Slack, and click Connect.",
]);

function setup() {
  const ai = embeddingAi();
  const index = new FakeVectorize();
  const failures: string[] = [];
  const semantic = new SemanticIndex(ai, index, {
    queryTimeoutMs: 50,
    writeTimeoutMs: 50,
    onFailure: (op, detail) => failures.push(`${op}: ${detail}`),
  });
  return { ai, index, semantic, failures };
}

describe("vector ids", () => {
  it("round-trip article and passage, and refuse ids this code did not write", () => {
    expect(parseVectorId(vectorId("kb_a#b", 3))).toEqual({ articleId: "kb_a#b", passage: 3 });
    expect(parseVectorId("kb_a")).toBeNull();
    expect(parseVectorId("#2")).toBeNull();
    expect(parseVectorId("kb_a#x")).toBeNull();
  });
});

describe("SemanticIndex writes", () => {
  it("upserts one vector per passage, titled, in the workspace's namespace with its metadata", async () => {
    const { ai, index, semantic } = setup();
    expect(await semantic.indexArticles("ws_a", [nonprofit])).toEqual({ ok: true, vectors: 2 });
    expect(ai.calls[0]?.texts).toEqual([
      "Special plans\n\nPlans and prices.",
      "Special plans\n\nNonprofits and schools get half price.",
    ]);
    expect(index.vectors.get("kb_np#1")).toMatchObject({
      namespace: "ws_a",
      metadata: { workspaceId: "ws_a", articleId: "kb_np" },
    });
  });

  it("removes the passages an update took away, and all of them on delete", async () => {
    const { index, semantic } = setup();
    await semantic.indexArticles("ws_a", [nonprofit]);
    await semantic.indexArticles("ws_a", [{ ...nonprofit, body: "Nonprofits get half price." }]);
    expect(index.idsOf("kb_np")).toEqual(["kb_np#0"]);
    expect(await semantic.removeArticle("kb_np")).toBe(true);
    expect(index.idsOf("kb_np")).toEqual([]);
  });

  it("caps the vectors of a very long article", async () => {
    const { index, semantic } = setup();
    const long = article(
      "kb_long",
      "Long",
      Array.from({ length: 50 }, (_, i) => `Paragraph ${i}.`),
    );
    expect(await semantic.indexArticles("ws_a", [long])).toEqual({
      ok: true,
      vectors: MAX_VECTORS_PER_ARTICLE,
    });
    expect(index.idsOf("kb_long")).toHaveLength(MAX_VECTORS_PER_ARTICLE);
  });

  it("indexes a page of articles in batches Vectorize accepts", async () => {
    const { ai, index, semantic } = setup();
    const deletes: number[] = [];
    const deleteByIds = index.deleteByIds.bind(index);
    index.deleteByIds = (ids) => {
      deletes.push(ids.length);
      return deleteByIds(ids);
    };
    const page = Array.from({ length: 50 }, (_, i) => article(`kb_${i}`, `Article ${i}`, ["One paragraph."]));
    expect(await semantic.indexArticles("ws_a", page)).toEqual({ ok: true, vectors: 50 });
    expect(ai.calls.map((c) => c.texts.length)).toEqual([32, 18]);
    expect(deletes).toEqual([1000, 550]);
    expect(index.vectors.size).toBe(50);
  });

  it("reports a failed embedding without writing anything or throwing", async () => {
    const index = new FakeVectorize();
    const semantic = new SemanticIndex(
      embeddingAi(async () => ({ shape: [1, 3], data: [[1, 2, 3]] })),
      index,
      { onFailure: () => {} },
    );
    expect(await semantic.indexArticles("ws_a", [slack])).toMatchObject({ ok: false });
    expect(index.vectors.size).toBe(0);
  });
});

describe("SemanticIndex queries", () => {
  it("finds a paraphrase, one neighbour per article with its closest passage", async () => {
    const { index, semantic } = setup();
    await semantic.indexArticles("ws_a", [nonprofit, slack]);
    const [top, ...rest] = (await semantic.neighbours("ws_a", "Is there a cheaper rate for NGOs?")) ?? [];
    expect(top).toMatchObject({ articleId: "kb_np", passage: 1 });
    expect(top?.similarity).toBeGreaterThan(0.9);
    expect(rest.map((n) => n.articleId)).not.toContain("kb_np");
    expect(index.queries[0]).toMatchObject({ namespace: "ws_a" });
  });

  it("never returns another workspace's articles", async () => {
    const { semantic } = setup();
    await semantic.indexArticles("ws_a", [nonprofit]);
    await semantic.indexArticles("ws_b", [{ ...slack, id: "kb_b_slack" }]);
    const found = await semantic.neighbours("ws_b", "cheaper rate for NGOs and schools");
    expect(found?.map((n) => n.articleId)).toEqual(["kb_b_slack"]);
  });

  it.each([
    ["the embedding hangs", () => new Promise<never>(() => {})],
    [
      "the embedding fails",
      async () => {
        throw new Error("5xx");
      },
    ],
    ["the embedding is malformed", async () => ({ data: "nope" })],
  ])("is null when %s, so retrieval goes on with full text", async (_case, answer) => {
    const failures: string[] = [];
    const semantic = new SemanticIndex(embeddingAi(answer), new FakeVectorize(), {
      queryTimeoutMs: 20,
      onFailure: (op, detail) => failures.push(`${op}: ${detail}`),
    });
    expect(await semantic.neighbours("ws_a", "cheaper rate?")).toBeNull();
    expect(failures).toHaveLength(1);
  });

  it("is null when the index hangs", async () => {
    const hanging = new SemanticIndex(
      embeddingAi(),
      { upsert: async () => ({}), deleteByIds: async () => ({}), query: () => new Promise<never>(() => {}) },
      { queryTimeoutMs: 20, onFailure: () => {} },
    );
    expect(await hanging.neighbours("ws_a", "cheaper rate?")).toBeNull();
  });
});

describe("semanticIndexFor", () => {
  it("exists only with both bindings", () => {
    expect(semanticIndexFor({})).toBeUndefined();
    expect(semanticIndexFor({ AI: embeddingAi() })).toBeUndefined();
    expect(semanticIndexFor({ VECTORIZE: new FakeVectorize() })).toBeUndefined();
    expect(semanticIndexFor({ AI: embeddingAi(), VECTORIZE: new FakeVectorize() })).toBeInstanceOf(
      SemanticIndex,
    );
  });
});
