import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import type { ConversationServer } from "../../durable-objects/conversation/conversation-server";
import { SOCKET_BUDGETS } from "../../durable-objects/conversation/socket-budget";
import type { Message } from "../../workers/protocol/message";
import { newWorkspace } from "./helpers";
import { openSocket } from "./socket-helpers";

function stub(id: string) {
  return env.Conversation.getByName(id) as DurableObjectStub<ConversationServer>;
}

const isHandoff = (m: Message) => m.meta.event === "status" && m.meta.to === "queued";

describe("concurrent customer messages while the bot owns the conversation", () => {
  it("acknowledges every stored message over REST and hands off once", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    // Losing the race to hand off is normal, not a failure to log.
    const logged = vi.spyOn(console, "error");
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api("POST", `/api/v1/conversations/${conv.id}/messages`, {
          text: `I want to talk to a person now (${i})`,
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
    const { body } = await api("GET", `/api/v1/conversations/${conv.id}`);
    expect(body.messages.filter((m: Message) => m.role === "customer")).toHaveLength(50);
    expect(body.messages.filter(isHandoff)).toHaveLength(1);
    expect(body.status).toBe("queued");
    expect(logged.mock.calls.map(String)).toEqual([]);
    logged.mockRestore();
  });

  it("acknowledges every message of a burst within the socket's budget, refuses none, and hands off once", async () => {
    // The largest burst a customer's socket takes at once (socket-limits.test.ts covers the ones beyond).
    const burst = SOCKET_BUDGETS.message.burst;
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    // A socket frame's handler that throws reaches nobody (no error frame, only the runtime's log), so the
    // test watches the object's handler itself.
    const failures: unknown[] = [];
    await runInDurableObject(stub(conv.id), (instance) => {
      const handle = instance.onMessage.bind(instance);
      instance.onMessage = async (...args) => {
        try {
          await handle(...args);
        } catch (err) {
          failures.push(err);
          throw err;
        }
      };
    });
    const socket = await openSocket(conv.id, conv.customerToken);
    try {
      await socket.waitFor((f) => f.some((x) => x.type === "conversation"));
      for (let i = 0; i < burst; i++) {
        socket.send({ type: "message", clientId: `c-${i}`, text: `I want to talk to a person now (${i})` });
      }
      await socket.waitFor(
        () => new Set(socket.messages().flatMap((m) => (m.clientId ? [m.clientId] : []))).size === burst,
        10_000,
      );
      // Let every turn finish before counting.
      await new Promise((r) => setTimeout(r, 300));
      const { body } = await api("GET", `/api/v1/conversations/${conv.id}`);
      expect(body.messages.filter(isHandoff)).toHaveLength(1);
      expect(failures.map(String)).toEqual([]);
      expect(socket.frames.filter((f) => f.type === "error")).toEqual([]);
    } finally {
      socket.close();
    }
  });
});
