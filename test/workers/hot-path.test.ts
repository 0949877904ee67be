import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ConversationServer } from "../../durable-objects/conversation/conversation-server";
import { seedDemoKnowledge } from "../../scripts/demo-knowledge";
import type { AiBinding } from "../../workers/ai/workers-ai";
import { getDb } from "../../workers/db/client";
import type { Message } from "../../workers/protocol/message";
import { type ApiClient, newWorkspace } from "./helpers";
import { openSocket } from "./socket-helpers";

let api: ApiClient;

beforeAll(async () => {
  const ws = await newWorkspace("Hot path", { bot: true });
  await seedDemoKnowledge(getDb(env.DB), ws.id);
  api = ws.api;
});

/**
 * Holds the bot's answer model in the conversation's object: its Workers AI binding becomes one whose answer
 * model waits until the test lets it go, then fails (the bot falls back to its offline answer, as when the
 * model errors). Every other call fails at once, so the analysis runs offline and the decision is not held
 * up. The gate's promise is made inside the object: a promise may not cross from one object's I/O to another's.
 */
async function holdAnswers(conversationId: string) {
  const stub = env.Conversation.getByName(conversationId) as DurableObjectStub<ConversationServer>;
  const objectEnv = (o: ConversationServer) => (o as unknown as { env: { AI?: AiBinding } }).env;
  const gate = { reached: false, release: () => {} };
  await runInDurableObject(stub, (o) => {
    const released = new Promise<void>((resolve) => {
      gate.release = resolve;
    });
    objectEnv(o).AI = {
      async run(_model, inputs) {
        if (!("stream" in inputs)) throw new Error("not in this test");
        gate.reached = true;
        await released;
        throw new Error("the model failed");
      },
    };
  });
  return {
    /** Resolves once the bot's turn is waiting on the model. */
    answering: () => vi.waitFor(() => expect(gate.reached).toBe(true), { timeout: 5000 }),
    release: () => runInDurableObject(stub, () => gate.release()),
    restore: () =>
      runInDurableObject(stub, (o) => {
        gate.release();
        delete objectEnv(o).AI;
      }),
  };
}

async function messages(conversationId: string): Promise<Message[]> {
  return (await api("GET", `/api/v1/conversations/${conversationId}`)).body.messages;
}

describe("the message hot path", () => {
  it("answers a REST message once the decision is made, while the bot is still writing", async () => {
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const ai = await holdAnswers(conv.id);
    try {
      const res = await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
        text: "how do I connect Slack?",
      });
      expect(res.status).toBe(201);
      expect(res.body.conversation.status).toBe("bot");
      expect(res.body.message.meta.decision).toMatchObject({ handoff: false });
      await ai.answering();
      // The answer is still being written: nothing from the bot after the message yet.
      expect((await messages(conv.id)).at(-1)).toMatchObject({ role: "customer" });
      await ai.release();
      const socket = await openSocket(conv.id, conv.customerToken);
      try {
        await socket.waitFor(() => socket.messages().at(-1)?.role === "bot", 5000);
      } finally {
        socket.close();
      }
    } finally {
      await ai.restore();
    }
  });

  it("acknowledges the customer's next message while the bot answers the one before, then answers the latest", async () => {
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const ai = await holdAnswers(conv.id);
    const socket = await openSocket(conv.id, conv.customerToken);
    try {
      socket.send({ type: "message", clientId: "first", text: "how do I connect Slack?" });
      await ai.answering();
      socket.send({ type: "message", clientId: "second", text: "and with Teams?" });
      await socket.waitFor(() => socket.messages().some((m) => m.clientId === "second"));
      await ai.release();
      await socket.waitFor(() => socket.messages().at(-1)?.role === "bot", 5000);
      const customer = socket.messages().filter((m) => m.role === "customer");
      const answers = socket.messages().filter((m) => m.role === "bot" && m.meta.event !== "greeting");
      // One answer for the two, after the second: the first's turn stood down when the customer wrote again.
      expect(answers).toHaveLength(1);
      expect(answers[0]?.seq).toBeGreaterThan(customer.at(-1)?.seq ?? Number.POSITIVE_INFINITY);
      expect(answers[0]?.meta.citations).toEqual([expect.objectContaining({ articleId: "kb_demo_teams" })]);
    } finally {
      socket.close();
      await ai.restore();
    }
  });
});
