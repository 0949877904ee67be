import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { BASE, client, newWorkspace } from "./helpers";

describe("REST errors and auth", () => {
  it("401 without a key, with an unknown key, and with a malformed header", async () => {
    for (const key of [null, "bk_not_a_real_key"]) {
      const res = await client(key)("POST", "/api/v1/conversations", {});
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe("unauthorized");
    }
    const res = await exports.default.fetch(`${BASE}/api/v1/conversations`, {
      headers: { authorization: "Basic x" },
    });
    expect(res.status).toBe(401);
  });

  it("400 names the field and the reason, and changes nothing", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const cases: [unknown, string][] = [
      [{}, "text"],
      [{ text: "" }, "text"],
      [{ text: "   " }, "text"],
      [{ text: 42 }, "text"],
      [{ text: "hi", role: "agent" }, "role"],
      [{ text: "hi", clientId: "has spaces" }, "clientId"],
      [{ text: "hi", extra: true }, "extra"],
    ];
    for (const [body, field] of cases) {
      const res = await api("POST", `/api/v1/conversations/${conv.id}/messages`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe("invalid_request");
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(res.body.error.message).toContain(field);
    }
    const bad = await api("POST", "/api/v1/conversations", { customer: { email: "not-an-email" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe("customer.email");
    const detail = await api("GET", `/api/v1/conversations/${conv.id}`);
    expect(detail.body.messages).toEqual([]);
  });

  it("400 for a body that is not JSON", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const res = await api("POST", `/api/v1/conversations/${conv.id}/messages`, "{not json");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_json");
  });

  it("413 for a text over the limit and for an oversized body, storing nothing", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const long = await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "x".repeat(4001) });
    expect(long.status).toBe(413);
    expect(long.body.error).toMatchObject({ code: "too_large" });
    expect(long.body.error.message).toContain("text");
    const huge = await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
      text: "hi",
      pad: "y".repeat(70_000),
    });
    expect(huge.status).toBe(413);
    const detail = await api("GET", `/api/v1/conversations/${conv.id}`);
    expect(detail.body.messages).toEqual([]);
  });

  it("404 for another workspace's conversation, which stays untouched", async () => {
    const mine = await newWorkspace("Mine");
    const theirs = await newWorkspace("Theirs");
    const { body: conv } = await theirs.api("POST", "/api/v1/conversations", {});
    expect((await mine.api("GET", `/api/v1/conversations/${conv.id}`)).status).toBe(404);
    const post = await mine.api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "sneaky" });
    expect(post.status).toBe(404);
    expect(post.body.error.code).toBe("not_found");
    const list = await mine.api("GET", "/api/v1/conversations");
    expect(list.body.conversations).toEqual([]);
    expect((await theirs.api("GET", `/api/v1/conversations/${conv.id}`)).body.messages).toEqual([]);
  });

  it("404 for ids that cannot exist and routes that do not", async () => {
    const { api } = await newWorkspace();
    expect((await api("GET", "/api/v1/conversations/cv_000000000000000000000000")).status).toBe(404);
    expect((await api("GET", "/api/v1/conversations/../../etc")).status).toBe(404);
    const nope = await api("GET", "/api/v1/nothing-here");
    expect(nope.status).toBe(404);
    expect(nope.body.error.code).toBe("not_found");
  });

  it("lists conversations with a status filter and rejects a bad one", async () => {
    const { api } = await newWorkspace();
    const bad = await api("GET", "/api/v1/conversations?status=sleeping&limit=0");
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(["limit", "status"]);
  });

  it("serves an OpenAPI 3.1 document and a readable reference page", async () => {
    const doc = await client(null)("GET", "/api/v1/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe("3.1.0");
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/conversations",
        "/api/v1/conversations/{id}",
        "/api/v1/conversations/{id}/messages",
      ]),
    );
    const page = await client(null)("GET", "/api/v1/reference");
    expect(page.status).toBe(200);
    expect(page.body).toContain("/api/v1/conversations/{id}/messages");
    expect(page.body).toContain("Post a customer or bot message");
  });
});
