import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoKnowledge } from "../../../scripts/demo-knowledge";
import { migratedSqliteDb } from "../../../scripts/sqlite-db";
import type { ChatTurn } from "../../../workers/ai/provider";
import { createArticle, retrieveForTurn } from "../../../workers/db/knowledge";
import { splitPassages } from "../../../workers/knowledge/passages";

// The production data functions and SQL on SQLite in Node (as the eval runs them); the same run in workerd
// against D1 in test/workers/knowledge-retrieval.test.ts.
const db = migratedSqliteDb();
const customer = (text: string): ChatTurn => ({ role: "customer", text });

beforeAll(async () => {
  await seedDemoKnowledge(db, "ws_demo");
  await createArticle(db, "ws_other", {
    title: "Connect Salesforce",
    body: "Another workspace's Salesforce integration.",
  });
});

describe("retrieval", () => {
  it("answers with the paragraph that holds the question's words", async () => {
    const [top] = await retrieveForTurn(db, "ws_demo", [
      customer("how long is the password reset link valid?"),
    ]);
    expect(top?.articleId).toBe("kb_demo_password");
    expect(top?.passage).toMatch(/^If you forgot your password.*valid for one hour/s);
  });

  it("covers little of a question about something the knowledge base never mentions", async () => {
    const [top] = await retrieveForTurn(db, "ws_demo", [customer("Do you integrate with Salesforce?")]);
    expect(top?.coverage ?? 0).toBeLessThan(0.4);
  });

  it("finds the Teams article for a follow-up that only names Teams", async () => {
    const first = customer("How do I connect Slack?");
    expect((await retrieveForTurn(db, "ws_demo", [first]))[0]?.articleId).toBe("kb_demo_slack");
    const history = [first, { role: "bot" as const, text: "Go to Settings → Integrations → Slack." }];
    const [top] = await retrieveForTurn(db, "ws_demo", [...history, customer("and with Teams?")]);
    expect(top?.articleId).toBe("kb_demo_teams");
    expect(top?.passage).toMatch(/^To connect it/);
  });

  it("is confident about a follow-up only with its context", async () => {
    const question = customer("what about the entire workspace?");
    const alone = await retrieveForTurn(db, "ws_demo", [question]);
    const followUp = await retrieveForTurn(db, "ws_demo", [customer("How do I export a project?"), question]);
    expect(followUp[0]?.articleId).toBe("kb_demo_exports");
    expect(followUp[0]?.coverage).toBeGreaterThan(alone[0]?.coverage ?? 0);
  });

  it("never returns another workspace's article", async () => {
    const results = await retrieveForTurn(db, "ws_demo", [customer("Salesforce integration")]);
    expect(results.map((r) => r.articleId)).not.toContain(expect.stringMatching(/^kb_(?!demo)/));
    expect(await retrieveForTurn(db, "ws_nobody", [customer("Salesforce")])).toEqual([]);
  });
});

describe("passages", () => {
  it("splits at blank lines and cuts long paragraphs at sentence ends", () => {
    const long = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} is here.`).join(" ");
    const passages = splitPassages(`Short intro.\n\n${long}\n\n\nLast.`);
    expect(passages[0]).toBe("Short intro.");
    expect(passages.at(-1)).toBe("Last.");
    expect(passages.length).toBeGreaterThan(3);
    for (const p of passages) expect(p.length).toBeLessThanOrEqual(600);
    expect(passages.slice(1, -1).join(" ")).toBe(long);
  });
});
