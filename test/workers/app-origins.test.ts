import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signConversationToken } from "../../workers/auth/conversation-token";
import { TEST_SECRETS } from "../secrets";
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

  const openConversation = (id: string, token: string, origin: string) =>
    exports.default.fetch(`${BASE}/parties/conversation/${id}?token=${encodeURIComponent(token)}`, {
      headers: { Upgrade: "websocket", origin },
    });

  /** A conversation, its customer's token, and a supervisor's token for it (supervisors may watch any). */
  async function conversation() {
    const { ws } = await agentOf();
    const sue = await signedInAgent(ws.api, { name: "Sue", role: "supervisor" });
    const { body } = await ws.api("POST", "/api/v1/conversations", {});
    const supervisor = await signConversationToken(TEST_SECRETS.TOKEN_SECRET, {
      ws: ws.id,
      conv: body.id,
      sub: `agent:${sue.id}`,
    });
    return { id: body.id as string, customer: body.customerToken as string, supervisor };
  }

  const opened = async (res: Response) => {
    res.webSocket?.accept();
    res.webSocket?.close(1000, "done");
    return res.status;
  };

  it("an agent's conversation socket opens from the app's origin, not from another", async () => {
    const c = await conversation();
    expect(await opened(await openConversation(c.id, c.supervisor, APP))).toBe(101);
    expect(await opened(await openConversation(c.id, c.supervisor, STRANGER))).toBe(403);
  });

  it("a customer's socket opens from any site, since the widget is embedded anywhere", async () => {
    const c = await conversation();
    expect(await opened(await openConversation(c.id, c.customer, STRANGER))).toBe(101);
  });
});
