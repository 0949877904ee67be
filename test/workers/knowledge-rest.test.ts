import { describe, expect, it } from "vitest";
import { client, newWorkspace } from "./helpers";

const article = {
  title: "Reset your password",
  body: "Click Forgot password on the sign-in page.\n\nThe link is valid for one hour.",
  tags: ["login"],
};

describe("knowledge REST", () => {
  it("creates, reads, changes and deletes an article", async () => {
    const { api } = await newWorkspace();
    const created = await api("POST", "/api/v1/knowledge", article);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...article, language: "en", id: expect.stringMatching(/^kb_/) });
    const id = created.body.id;

    expect((await api("GET", `/api/v1/knowledge/${id}`)).body).toEqual(created.body);

    const patched = await api("PATCH", `/api/v1/knowledge/${id}`, { tags: ["login", "password"] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      title: article.title,
      body: article.body,
      tags: ["login", "password"],
    });
    expect(patched.body.updatedAt >= created.body.updatedAt).toBe(true);

    expect((await api("DELETE", `/api/v1/knowledge/${id}`)).status).toBe(204);
    expect((await api("GET", `/api/v1/knowledge/${id}`)).status).toBe(404);
    expect((await api("DELETE", `/api/v1/knowledge/${id}`)).status).toBe(404);
  });

  it("lists every article once across pages, most recently changed first", async () => {
    const { api } = await newWorkspace();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await api("POST", "/api/v1/knowledge", { title: `Article ${i}`, body: "Text." })).body.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await api(
        "GET",
        `/api/v1/knowledge?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.articles.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.articles.map((a: { id: string }) => a.id));
      cursor = page.body.next;
    } while (cursor);
    expect(seen.sort()).toEqual([...ids].sort());
    const first = await api("GET", "/api/v1/knowledge?limit=1");
    expect(first.body.articles[0].id).toBe(ids[4]);
  });

  it("refuses invalid articles with a 400 that names the field", async () => {
    const { api } = await newWorkspace();
    const cases: Array<[unknown, string]> = [
      [{ body: "No title" }, "title"],
      [{ title: " ", body: "Blank title" }, "title"],
      [{ title: "T", body: "B", tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, "tags"],
      [{ title: "T", body: "B", language: "klingon" }, "language"],
      [{ title: "T", body: "B", author: "me" }, "author"],
    ];
    for (const [body, field] of cases) {
      const res = await api("POST", "/api/v1/knowledge", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const id = (await api("POST", "/api/v1/knowledge", article)).body.id;
    expect((await api("PATCH", `/api/v1/knowledge/${id}`, {})).status).toBe(400);
  });

  it("answers 413 for a title over 200 or a body over 20,000 characters", async () => {
    const { api } = await newWorkspace();
    const longTitle = await api("POST", "/api/v1/knowledge", { title: "x".repeat(201), body: "B" });
    expect(longTitle.status).toBe(413);
    expect(longTitle.body.error.message).toMatch(/^title/);
    const longBody = await api("POST", "/api/v1/knowledge", { title: "T", body: "x".repeat(20_001) });
    expect(longBody.status).toBe(413);
    expect(
      (await api("POST", "/api/v1/knowledge", { title: "x".repeat(200), body: "x".repeat(20_000) })).status,
    ).toBe(201);
  });

  it("keeps workspaces apart: another workspace's article is 404 and never listed or found", async () => {
    const a = await newWorkspace();
    const b = await newWorkspace();
    const id = (await a.api("POST", "/api/v1/knowledge", article)).body.id;
    expect((await b.api("GET", `/api/v1/knowledge/${id}`)).status).toBe(404);
    expect((await b.api("PATCH", `/api/v1/knowledge/${id}`, { title: "Mine now" })).status).toBe(404);
    expect((await b.api("DELETE", `/api/v1/knowledge/${id}`)).status).toBe(404);
    expect((await b.api("GET", "/api/v1/knowledge")).body.articles).toEqual([]);
    expect((await b.api("GET", "/api/v1/knowledge/search?q=password")).body.results).toEqual([]);
    expect((await a.api("GET", `/api/v1/knowledge/${id}`)).body.title).toBe(article.title);
  });

  it("needs an API key", async () => {
    expect((await client(null)("GET", "/api/v1/knowledge")).status).toBe(401);
  });

  it("is described in the OpenAPI document", async () => {
    const doc = await client(null)("GET", "/api/v1/openapi.json");
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/knowledge",
        "/api/v1/knowledge/search",
        "/api/v1/knowledge/{id}",
        "/api/v1/persona",
      ]),
    );
  });
});
