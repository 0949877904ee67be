import { evictDurableObject, runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import type { ConversationServer } from "../../durable-objects/conversation/conversation-server";
import { newWorkspace } from "./helpers";
import { openSocket } from "./socket-helpers";

const stub = (id: string) => env.Conversation.getByName(id) as DurableObjectStub<ConversationServer>;

it("a conversation whose object restarts mid-handoff, sockets closed, loses nothing and resumes without gap or duplicate", async () => {
  const { api } = await newWorkspace("Restart");
  const { body: conv } = await api("POST", "/api/v1/conversations", {});
  const socket = await openSocket(conv.id, conv.customerToken);
  socket.send({ type: "message", clientId: "c-1", text: "I want to talk to a person please" });
  await socket.waitFor(() =>
    socket.messages().some((m) => m.meta.event === "status" && m.meta.to === "queued"),
  );

  // The restart: the instance and its memory are gone, every socket with it.
  await evictDurableObject(stub(conv.id), { webSockets: "close" });
  await socket.closedWithin();
  const seen = socket.messages().map((m) => m.seq);

  // Something happens while the customer is away.
  const missed = await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
    role: "bot",
    text: "Someone will be with you shortly",
  });
  expect(missed.status).toBe(201);

  const back = await openSocket(conv.id, conv.customerToken, Math.max(...seen));
  try {
    await back.waitFor(() => back.messages().some((m) => m.seq === missed.body.message.seq));
    // Before and after the restart together: every message of the history exactly once, in order.
    const history = (await api("GET", `/api/v1/conversations/${conv.id}`)).body.messages;
    expect([...seen, ...back.messages().map((m) => m.seq)]).toEqual(
      history.map((m: { seq: number }) => m.seq),
    );
    expect(back.frames.find((f) => f.type === "conversation")).toMatchObject({
      conversation: { status: "queued" },
    });
    back.send({ type: "message", clientId: "c-2", text: "thanks, I'll wait" });
    await back.waitFor(() => back.messages().some((m) => m.clientId === "c-2"));
  } finally {
    back.close();
  }

  // The record reaches D1 as well, all of it, once the restarted object's alarm runs.
  while ((await stub(conv.id).pendingRecords()) > 0) await runDurableObjectAlarm(stub(conv.id));
  const { results } = await env.DB.prepare("SELECT seq FROM messages WHERE conversation_id = ? ORDER BY seq")
    .bind(conv.id)
    .all<{ seq: number }>();
  const detail = (await api("GET", `/api/v1/conversations/${conv.id}`)).body;
  expect(results.map((r) => r.seq)).toEqual(detail.messages.map((m: { seq: number }) => m.seq));
  expect(detail.status).toBe("queued");
});
