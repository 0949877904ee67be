import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoKnowledge } from "../../../scripts/demo-knowledge";
import { migratedSqliteDb } from "../../../scripts/sqlite-db";
import type { ChatTurn } from "../../../workers/ai/provider";
import { answerOffline } from "../../../workers/bot/answer";
import { DEFAULT_PERSONA } from "../../../workers/bot/persona";
import { createArticle, listArticles, retrieveForTurn } from "../../../workers/db/knowledge";
import { SemanticIndex } from "../../../workers/knowledge/semantic-index";
import { embeddingAi, FakeVectorize } from "./fakes";

// retrieveForTurn with the vector index: the production SQL on SQLite in Node, Vectorize as an in-memory fake
// and bge-m3 as a concept table (test/unit/knowledge/fakes.ts).
const db = migratedSqliteDb();
const index = new FakeVectorize();
const semantic = new SemanticIndex(embeddingAi(), index, { onFailure: () => {} });
const customer = (text: string): ChatTurn => ({ role: "customer", text });

beforeAll(async () => {
  await seedDemoKnowledge(db, "ws_demo");
  const { articles } = await listArticles(db, "ws_demo", { limit: 100 });
  await semantic.indexArticles("ws_demo", articles);
  const other = await createArticle(db, "ws_other", { title: "NGO rates", body: "NGOs pay a reduced rate." });
  await semantic.indexArticles("ws_other", [other]);
});

describe("hybrid retrieval", () => {
  it("answers a paraphrase that shares no word with its article, quoting the passage it matched", async () => {
    // Words neither the articles nor the lexicon know ("a cheaper deal for NGOs" the lexicon now finds).
    const history = [customer("Any special terms for good causes?")];
    const offline = await retrieveForTurn(db, "ws_demo", history);
    expect(answerOffline(DEFAULT_PERSONA, "", offline, history, "en").failed).toBe(true);
    const hybrid = await retrieveForTurn(db, "ws_demo", history, { semantic });
    expect(hybrid[0]).toMatchObject({
      articleId: "kb_demo_plans",
      passage: expect.stringMatching(/^Every paid plan/),
    });
    const answer = answerOffline(DEFAULT_PERSONA, "", hybrid, history, "en");
    expect(answer).toMatchObject({ failed: false, citations: [{ articleId: "kb_demo_plans" }] });
  });

  it("keeps what full-text search already answers, with its confidence", async () => {
    const history = [customer("How do I connect Slack?")];
    const [lexical] = await retrieveForTurn(db, "ws_demo", history);
    const [hybrid] = await retrieveForTurn(db, "ws_demo", history, { semantic });
    expect(hybrid?.articleId).toBe("kb_demo_slack");
    expect(hybrid?.coverage).toBeGreaterThanOrEqual(lexical?.coverage ?? 1);
  });

  it("never brings in another workspace's article, even if the index were to return it", async () => {
    const leaky = new SemanticIndex(
      embeddingAi(),
      {
        upsert: async () => ({}),
        deleteByIds: async () => ({}),
        // An index ignoring the namespace: D1's workspace filter still keeps the article out.
        query: (vector, options) => index.query(vector, { ...options, namespace: "ws_other" }),
      },
      { onFailure: () => {} },
    );
    const retrieved = await retrieveForTurn(db, "ws_demo", [customer("Is there a cheaper deal for NGOs?")], {
      semantic: leaky,
    });
    expect(retrieved.map((a) => a.title)).not.toContain("NGO rates");
  });

  it("is exactly full-text retrieval when the index fails", async () => {
    const failing = new SemanticIndex(
      embeddingAi(async () => {
        throw new Error("capacity");
      }),
      index,
      { onFailure: () => {} },
    );
    for (const text of ["Is there a cheaper deal for NGOs?", "How do I connect Slack?", "and with Teams?"]) {
      const history = [customer("How do I connect Slack?"), customer(text)];
      expect(await retrieveForTurn(db, "ws_demo", history, { semantic: failing })).toEqual(
        await retrieveForTurn(db, "ws_demo", history),
      );
    }
  });

  it("asks nothing of the index for a message with no topic words", async () => {
    const before = index.queries.length;
    expect(await retrieveForTurn(db, "ws_demo", [customer("hello!")], { semantic })).toEqual([]);
    expect(index.queries.length).toBe(before);
  });
});
