import { describe, expect, it } from "vitest";
import { client, newWorkspace } from "./helpers";
import { signedInAgent } from "./queue-helpers";

const start = (key: string, origin: string) =>
  client(key)("POST", "/api/v1/widget/conversations", {}, { origin });

describe("widget keys and their allowed origins", () => {
  it("a new key starts conversations from its origins only, until they change or it is revoked", async () => {
    const { api } = await newWorkspace();
    const created = await api("POST", "/api/v1/widget-keys", { allowedOrigins: ["https://shop.example"] });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^pk_/);
    const { key, id } = created.body;
    expect((await start(key, "https://shop.example")).status).toBe(201);
    expect((await start(key, "https://evil.example")).status).toBe(403);

    const moved = await api("PUT", `/api/v1/widget-keys/${id}/origins`, {
      allowedOrigins: ["https://evil.example"],
    });
    expect(moved.body.allowedOrigins).toEqual(["https://evil.example"]);
    expect((await start(key, "https://shop.example")).status).toBe(403);

    expect((await api("DELETE", `/api/v1/widget-keys/${id}`)).status).toBe(204);
    expect((await start(key, "https://evil.example")).status).toBe(401);
    const listed = await api("GET", "/api/v1/widget-keys");
    expect(listed.body.widgetKeys).toHaveLength(1);
    expect(listed.body.widgetKeys[0].revokedAt).not.toBeNull();
  });

  it("refuses an origin with a path, another workspace's key, and a plain agent", async () => {
    const { api } = await newWorkspace();
    const other = await newWorkspace();
    const bad = await api("POST", "/api/v1/widget-keys", { allowedOrigins: ["https://shop.example/page"] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe("allowedOrigins[0]");
    const { body } = await api("POST", "/api/v1/widget-keys", {});
    expect(
      (await other.api("PUT", `/api/v1/widget-keys/${body.id}/origins`, { allowedOrigins: [] })).status,
    ).toBe(404);
    const leo = await signedInAgent(api, { name: "Leo" });
    expect((await leo.session("POST", "/api/v1/widget-keys", {})).status).toBe(403);
  });
});
