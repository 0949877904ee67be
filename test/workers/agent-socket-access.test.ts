import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signConversationToken } from "../../workers/auth/conversation-token";
import { TEST_SECRETS } from "../secrets";
import { type ApiClient, newWorkspace } from "./helpers";
import { eventually, openQueueSocket, signedInAgent } from "./queue-helpers";
import { openSocket } from "./socket-helpers";

const detail = async (api: ApiClient, id: string) => (await api("GET", `/api/v1/conversations/${id}`)).body;

/** A workspace where Bea (billing) holds a fresh conversation, with her conversation token from the API. */
async function held() {
  const ws = await newWorkspace();
  const bea = await signedInAgent(ws.api, { name: "Bea", skills: ["billing"] });
  await bea.online();
  // Someone has the skill a transfer targets (transfers to a skill nobody has are refused).
  await signedInAgent(ws.api, { name: "Tom", skills: ["technical"] });
  const { body: conv } = await ws.api("POST", "/api/v1/conversations", {});
  await ws.api("POST", `/api/v1/conversations/${conv.id}/messages`, {
    text: "I was charged twice and I want a refund",
  });
  await eventually(async () => expect((await detail(ws.api, conv.id)).handoff.agentId).toBe(bea.id));
  const token = (await bea.session("POST", `/api/v1/conversations/${conv.id}/agent-token`)).body
    .conversationToken as string;
  return { api: ws.api, workspaceId: ws.id, bea, id: conv.id as string, token };
}

describe("an agent's conversation socket lasts while the conversation is theirs", () => {
  it("an agent's token lives minutes, not the customer's 30 days", async () => {
    const { token } = await held();
    const claims = JSON.parse(atob(token.split(".")[0]?.replace(/-/g, "+").replace(/_/g, "/") ?? ""));
    expect(claims.exp - Date.now() / 1000).toBeLessThanOrEqual(10 * 60);
  });

  it("resolving closes the holder's socket, and their token no longer opens or replays it", async () => {
    const { api, bea, id, token } = await held();
    const socket = await openSocket(id, token);
    await socket.waitFor((f) => f.some((x) => x.type === "conversation"));
    expect((await bea.session("POST", `/api/v1/conversations/${id}/resolve`)).status).toBe(200);
    expect(await socket.closedWithin()).toEqual({ code: 4003, reason: "This conversation is not yours" });
    expect(socket.messages().some((m) => m.meta.event === "csat_request")).toBe(false);

    await api("POST", `/api/v1/conversations/${id}/messages`, { text: "secret follow-up" });
    const again = await openSocket(id, token);
    expect((await again.closedWithin()).code).toBe(4003);
    expect(again.messages()).toEqual([]);
  });

  it("a transfer closes the former holder's socket before the note reaches it", async () => {
    const { bea, id, token } = await held();
    const socket = await openSocket(id, token);
    await socket.waitFor((f) => f.some((x) => x.type === "conversation"));
    await bea.session("POST", `/api/v1/conversations/${id}/transfer`, { skill: "technical", note: "n" });
    expect((await socket.closedWithin()).code).toBe(4003);
    expect(socket.messages().some((m) => m.meta.reason === "transfer")).toBe(false);
  });

  it("deleting the agent closes their conversation and queue sockets, and their token is refused", async () => {
    const { api, workspaceId, bea, id, token } = await held();
    const conversation = await openSocket(id, token);
    const line = await openQueueSocket(workspaceId, bea.token);
    const lineClosed = new Promise<number>((r) => line.ws.addEventListener("close", (e) => r(e.code)));
    await conversation.waitFor((f) => f.some((x) => x.type === "conversation"));
    expect((await api("DELETE", `/api/v1/agents/${bea.id}`)).status).toBe(204);
    expect((await conversation.closedWithin()).code).toBe(4003);
    expect(await lineClosed).toBe(4003);
    await expect(openSocket(id, token)).rejects.toThrow(/401/);
  });

  it("a supervisor may watch a conversation they do not hold; a plain agent may not", async () => {
    const { api, workspaceId, id } = await held();
    const sue = await signedInAgent(api, { name: "Sue", role: "supervisor" });
    const leo = await signedInAgent(api, { name: "Leo" });
    const sign = (agentId: string) =>
      signConversationToken(TEST_SECRETS.TOKEN_SECRET, {
        ws: workspaceId,
        conv: id,
        sub: `agent:${agentId}`,
      });
    const watching = await openSocket(id, await sign(sue.id));
    const sneaking = await openSocket(id, await sign(leo.id));
    try {
      await watching.waitFor(() => watching.messages().length > 0);
      expect((await sneaking.closedWithin()).code).toBe(4003);
      expect(sneaking.messages()).toEqual([]);
    } finally {
      watching.close();
    }
  });

  it("a socket closes when its token expires", async () => {
    const { api, workspaceId, id } = await held();
    const sue = await signedInAgent(api, { name: "Sue", role: "supervisor" });
    const token = await signConversationToken(TEST_SECRETS.TOKEN_SECRET, {
      ws: workspaceId,
      conv: id,
      sub: `agent:${sue.id}`,
      exp: Math.floor(Date.now() / 1000) + 2,
    });
    const socket = await openSocket(id, token);
    await socket.waitFor(() => socket.messages().length > 0);
    expect((await socket.closedWithin(4000)).code).toBe(4001);
  });

  it("a demoted supervisor's watch ends at once, and no new token is given", async () => {
    const { api, workspaceId, id } = await held();
    // The line's record of the conversation is what the demotion walks through.
    await eventually(async () =>
      expect(
        await env.DB.prepare("SELECT id FROM conversations WHERE id = ?").bind(id).first(),
      ).not.toBeNull(),
    );
    const sue = await signedInAgent(api, { name: "Sue", role: "supervisor" });
    const token = await signConversationToken(TEST_SECRETS.TOKEN_SECRET, {
      ws: workspaceId,
      conv: id,
      sub: `agent:${sue.id}`,
    });
    const socket = await openSocket(id, token);
    await socket.waitFor(() => socket.messages().length > 0);
    await api("PATCH", `/api/v1/agents/${sue.id}`, { role: "agent" });
    expect((await socket.closedWithin(4000)).code).toBe(4003);
    const renewed = await sue.session("POST", `/api/v1/conversations/${id}/agent-token`);
    expect(renewed.status).toBe(403);
  });
});
