import { env } from "cloudflare:workers";
import { expect, it } from "vitest";

it("the knowledge FTS index follows inserts, updates and deletes, per workspace", async () => {
  const insert = env.DB.prepare(
    "INSERT INTO knowledge_articles (id, workspace_id, title, body, tags, language, created_at, updated_at) VALUES (?, ?, ?, ?, '[]', 'en', '', '')",
  );
  await env.DB.batch([
    insert.bind("a1", "ws_a", "Invoices", "Download invoices from Billing"),
    insert.bind("a2", "ws_a", "Teams", "Invite your colleagues to a team"),
    insert.bind("b1", "ws_b", "Invoices elsewhere", "Another workspace's invoices"),
  ]);
  const search = async (ws: string, q: string) =>
    (
      await env.DB.prepare(
        "SELECT a.id FROM knowledge_fts f JOIN knowledge_articles a ON a.rowid = f.rowid WHERE knowledge_fts MATCH ? AND f.workspace_id = ? ORDER BY bm25(knowledge_fts)",
      )
        .bind(q, ws)
        .all<{ id: string }>()
    ).results.map((r) => r.id);
  expect(await search("ws_a", "invoice")).toEqual(["a1"]);
  await env.DB.prepare(
    "UPDATE knowledge_articles SET body = 'Invoices are under Billing; teams too' WHERE id = 'a2'",
  ).run();
  expect((await search("ws_a", "invoices")).sort()).toEqual(["a1", "a2"]);
  await env.DB.prepare("DELETE FROM knowledge_articles WHERE id = 'a1'").run();
  expect(await search("ws_a", "invoices")).toEqual(["a2"]);
  expect(await search("ws_b", "invoices")).toEqual(["b1"]);
});
