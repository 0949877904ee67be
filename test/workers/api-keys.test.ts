import { describe, expect, it } from "vitest";
import { client, newWorkspace } from "./helpers";
import { signedInAgent } from "./queue-helpers";

describe("API keys with scopes", () => {
  it("a scoped key does what its scopes allow and is refused, naming the scope, elsewhere", async () => {
    const { api } = await newWorkspace();
    const created = await api("POST", "/api/v1/api-keys", {
      name: "Reporting",
      scopes: ["metrics:read", "conversations:read"],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Reporting",
      scopes: ["metrics:read", "conversations:read"],
      lastUsedAt: null,
    });
    expect(created.body.key).toMatch(/^bk_/);
    const reporting = client(created.body.key);
    expect((await reporting("GET", "/api/v1/conversations")).status).toBe(200);
    expect((await reporting("GET", "/api/v1/metrics?from=2026-03-01&to=2026-03-02")).status).toBe(200);
    const start = await reporting("POST", "/api/v1/conversations", {});
    expect(start.status).toBe(403);
    expect(start.body.error).toMatchObject({
      code: "insufficient_scope",
      details: { required: "conversations:write" },
    });
    expect((await reporting("PUT", "/api/v1/rules", {})).status).toBe(403);
    expect((await reporting("GET", "/api/v1/api-keys")).status).toBe(403);
    // Nothing was started by the refused call.
    expect((await api("GET", "/api/v1/conversations")).body.conversations).toEqual([]);
  });

  it("lists keys with their last use and never the key; a revoked key is refused at once", async () => {
    const { api } = await newWorkspace();
    const { body: key } = await api("POST", "/api/v1/api-keys", { name: "CRM", scopes: ["webhooks"] });
    expect((await client(key.key)("GET", "/api/v1/webhooks")).status).toBe(200);
    const listed = await api("GET", "/api/v1/api-keys");
    const crm = listed.body.apiKeys.find((k: { id: string }) => k.id === key.id);
    expect(crm).toMatchObject({ name: "CRM", prefix: key.key.slice(0, 8), revokedAt: null });
    expect(Date.parse(crm.lastUsedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(listed.body)).not.toContain(key.key);
    // The workspace's first key has no recorded scopes: every one.
    expect(listed.body.apiKeys.some((k: { scopes: unknown }) => k.scopes === null)).toBe(true);

    expect((await api("DELETE", `/api/v1/api-keys/${key.id}`)).status).toBe(204);
    expect((await client(key.key)("GET", "/api/v1/webhooks")).status).toBe(401);
    expect((await api("DELETE", `/api/v1/api-keys/${key.id}`)).status).toBe(404);
  });

  it("is managed by admin keys of the workspace only, with named errors for bad input", async () => {
    const { api } = await newWorkspace();
    const other = await newWorkspace();
    const { body: key } = await api("POST", "/api/v1/api-keys", { name: "CRM", scopes: ["webhooks"] });
    expect((await other.api("DELETE", `/api/v1/api-keys/${key.id}`)).status).toBe(404);
    const boss = await signedInAgent(api, { name: "Bea", role: "supervisor" });
    expect((await boss.session("GET", "/api/v1/api-keys")).status).toBe(403);
    const bad = await api("POST", "/api/v1/api-keys", { name: "x", scopes: ["everything"] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe("scopes[0]");
    const none = await api("POST", "/api/v1/api-keys", { name: "x", scopes: [] });
    expect(none.body.error.details[0].field).toBe("scopes");
  });
});
