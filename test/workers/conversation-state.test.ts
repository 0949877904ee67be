import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ConversationServer } from "../../durable-objects/conversation/conversation-server";
import { newWorkspace } from "./helpers";
import { openSocket } from "./socket-helpers";

function stub(id: string) {
  return env.Conversation.getByName(id) as DurableObjectStub<ConversationServer>;
}

describe("conversation state", () => {
  it("records each status change in the history and refuses forbidden ones without changing anything", async () => {
    const { api, id: ws } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const results = await runInDurableObject(stub(conv.id), async (instance) => [
      await instance.setStatus(ws, "queued"),
      await instance.setStatus(ws, "bot"),
      await instance.setStatus(ws, "assigned"),
      await instance.setStatus("ws_someone_else", "resolved"),
    ]);
    expect(results[0]).toMatchObject({ conversation: { status: "queued" } });
    expect(results[1]).toMatchObject({ error: "invalid_transition" });
    expect(results[2]).toMatchObject({ conversation: { status: "assigned" } });
    expect(results[3]).toBeNull();
    const { body } = await api("GET", `/api/v1/conversations/${conv.id}`);
    expect(body.status).toBe("assigned");
    expect(
      body.messages.map((m: { seq: number; role: string; meta: { to: string } }) => [
        m.seq,
        m.role,
        m.meta.to,
      ]),
    ).toEqual([
      [1, "system", "queued"],
      [2, "system", "assigned"],
    ]);
  });

  it("keeps history and seq across eviction, and hibernated sockets keep working", async () => {
    const { api, id: ws } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "before eviction" });
    const socket = await openSocket(conv.id, conv.customerToken);
    try {
      await socket.waitFor(() => socket.messages().length === 1);
      await evictDurableObject(stub(conv.id));
      socket.send({ type: "message", clientId: "after-1", text: "after eviction" });
      await socket.waitFor(() => socket.messages().some((m) => m.clientId === "after-1"));
      const detail = await runInDurableObject(stub(conv.id), (i) => i.detail(ws));
      expect(detail?.messages.map((m) => [m.seq, m.text])).toEqual([
        [1, "before eviction"],
        [2, "after eviction"],
      ]);
    } finally {
      socket.close();
    }
  });
});
