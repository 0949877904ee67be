import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { openSocket } from "./socket-helpers";
import { START, upgradeStatus, userHash, widgetWorkspace } from "./widget-helpers";

/** A widget workspace with an identity secret, and a way to start chats whose D1 record is written. */
async function setUp() {
  const ws = await widgetWorkspace();
  const secret = (await ws.api("POST", "/api/v1/widget/identity/secret")).body.secret as string;
  const start = async (body: unknown) => {
    const res = await ws.widget("POST", START, body);
    expect(res.status).toBe(201);
    // Its record reaches D1 (where the workspace's open conversations are listed) by the outbox's alarm.
    await runDurableObjectAlarm(env.Conversation.getByName(res.body.id));
    return res.body as { id: string; customerToken: string };
  };
  return { ...ws, secret, start };
}

const stored = async (
  api: (m: string, p: string) => Promise<{ body: { messages: { clientId?: string }[] } }>,
  id: string,
  clientId: string,
) => (await api("GET", `/api/v1/conversations/${id}`)).body.messages.some((m) => m.clientId === clientId);

describe("switching on identity enforcement reaches sockets already open", () => {
  it("closes an unverified visitor's open socket at once; a verified customer keeps chatting", async () => {
    const { api, secret, start } = await setUp();
    const visitor = await start({ customer: { name: "Early" } });
    const member = await start({ userId: "u-1", userHash: await userHash(secret, "u-1") });
    const visitorSocket = await openSocket(visitor.id, visitor.customerToken);
    const memberSocket = await openSocket(member.id, member.customerToken);
    try {
      await visitorSocket.waitFor(() => visitorSocket.messages().length > 0);
      expect((await api("PUT", "/api/v1/widget/identity", { enforce: true })).status).toBe(200);
      expect(await visitorSocket.closedWithin()).toEqual({ code: 4403, reason: "identity_required" });
      expect(await upgradeStatus(visitor.id, visitor.customerToken)).toBe(403);

      memberSocket.send({ type: "message", clientId: "m-1", text: "still here" });
      await memberSocket.waitFor(() => memberSocket.messages().some((m) => m.clientId === "m-1"));
    } finally {
      visitorSocket.close();
      memberSocket.close();
    }
  });

  it("refuses an unverified visitor's message that would reopen a finished chat, and stores nothing", async () => {
    const { api, start } = await setUp();
    const visitor = await start({ customer: { name: "Late" } });
    const socket = await openSocket(visitor.id, visitor.customerToken);
    try {
      expect((await api("POST", `/api/v1/conversations/${visitor.id}/resolve`)).status).toBe(200);
      await runDurableObjectAlarm(env.Conversation.getByName(visitor.id));
      await api("PUT", "/api/v1/widget/identity", { enforce: true });
      socket.send({ type: "message", clientId: "late-1", text: "one more thing" });
      const frames = await socket.waitFor((f) => f.some((x) => x.type === "error"));
      expect(frames.find((x) => x.type === "error")).toMatchObject({
        code: "identity_required",
        clientId: "late-1",
      });
      expect((await socket.closedWithin()).code).toBe(4403);
      expect(await stored(api, visitor.id, "late-1")).toBe(false);
      const detail = await api("GET", `/api/v1/conversations/${visitor.id}`);
      expect(detail.body.status).toBe("resolved");
    } finally {
      socket.close();
    }
  });
});
