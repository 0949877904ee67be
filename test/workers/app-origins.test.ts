import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { BASE, newWorkspace } from "./helpers";
import { signedInAgent } from "./queue-helpers";

/** The origin vitest.config.ts lists in APP_ORIGINS: the agent app served from Pages. */
const APP = "https://agents.example.test";
const STRANGER = "https://evil.example.test";

const preflight = (path: string, origin: string) =>
  exports.default.fetch(`${BASE}${path}`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization,content-type",
    },
  });

async function agentOf() {
  const ws = await newWorkspace();
  const agent = await signedInAgent(ws.api, { name: "Ada", skills: ["technical"] });
  return { ws, agent };
}

describe("the agent API answers the app's configured origins, and only those", () => {
  it("a preflight from the app's origin is allowed with that origin echoed, never *", async () => {
    const res = await preflight("/api/v1/auth/login", APP);
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(APP);
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    expect(res.headers.get("vary")).toMatch(/origin/i);
  });

  it("the app signs in and calls with its session from its own origin", async () => {
    const { agent } = await agentOf();
    const res = await agent.session("GET", "/api/v1/conversations?status=assigned", undefined, {
      origin: APP,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe(APP);
  });

  it("a preflight from another origin is refused with 403 and no CORS headers", async () => {
    const res = await preflight("/api/v1/auth/login", STRANGER);
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(await res.json()).toMatchObject({ error: { code: "origin_not_allowed" } });
  });

  it("a request from another origin is refused and changes nothing, even with a valid session", async () => {
    const { agent } = await agentOf();
    const refused = await agent.session(
      "PUT",
      `/api/v1/agents/${agent.id}/status`,
      { status: "online" },
      { origin: STRANGER },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("origin_not_allowed");
    expect(refused.body.error.message).toContain(STRANGER);
    const me = await agent.session("GET", "/api/v1/queue");
    expect(me.body.agents.find((a: { id: string }) => a.id === agent.id).status).not.toBe("online");
  });

  it("the Worker's own origin (the app at /app/) and callers without Origin (servers) still pass", async () => {
    const { ws } = await agentOf();
    expect((await ws.api("GET", "/api/v1/queue", undefined, { origin: BASE })).status).toBe(200);
    expect((await ws.api("GET", "/api/v1/queue")).status).toBe(200);
  });

  it("the widget's door stays open to any site (its key has its own list)", async () => {
    const res = await preflight("/api/v1/widget/conversations", STRANGER);
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("agent sockets open from the app's origins only", () => {
  const openQueue = (workspaceId: string, token: string, origin: string) =>
    exports.default.fetch(`${BASE}/parties/queue/${workspaceId}?token=${encodeURIComponent(token)}`, {
      headers: { Upgrade: "websocket", origin },
    });

  it("the app's origin gets its queue socket", async () => {
    const { ws, agent } = await agentOf();
    const res = await openQueue(ws.id, agent.token, APP);
    expect(res.status).toBe(101);
    res.webSocket?.accept();
    res.webSocket?.close(1000, "done");
  });

  it("another origin is refused before the socket opens", async () => {
    const { ws, agent } = await agentOf();
    const res = await openQueue(ws.id, agent.token, STRANGER);
    expect(res.status).toBe(403);
    expect(res.webSocket).toBeNull();
  });
});
