import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ConversationServer } from "../../durable-objects/conversation/conversation-server";
import type { Message } from "../../workers/protocol/message";
import { newWorkspace } from "./helpers";
import { openSocket } from "./socket-helpers";

/** Past the 10,000 at which history used to be cut without a word. */
const LENGTH = 10_050;

function stub(id: string) {
  return env.Conversation.getByName(id) as DurableObjectStub<ConversationServer>;
}

/** A conversation with LENGTH customer messages, written straight into its storage (REST would take minutes). */
async function longConversation() {
  const workspace = await newWorkspace();
  const { body: conv } = await workspace.api("POST", "/api/v1/conversations", {});
  await runInDurableObject(stub(conv.id), (_i, state) => {
    state.storage.sql.exec(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO messages (seq, id, role, text, meta, created_at)
       SELECT i, 'm' || i, 'customer', 'message ' || i, '{}', '2026-01-01T00:00:00.000Z' FROM n`,
      LENGTH,
    );
  });
  return { ...workspace, conv };
}

describe("a history longer than 10,000 messages", () => {
  it("is paged over REST, forward and back, with nothing dropped", async () => {
    const { api, conv } = await longConversation();
    const { body: detail } = await api("GET", `/api/v1/conversations/${conv.id}`);
    expect(detail.lastSeq).toBe(LENGTH);
    expect(detail.messages.at(-1).seq).toBe(LENGTH);
    expect(detail.messages).toHaveLength(1000);
    expect(detail.moreBefore).toBe(LENGTH - 999);

    const forward: number[] = [];
    let after: number | null = 0;
    while (after !== null) {
      const { status, body } = await api(
        "GET",
        `/api/v1/conversations/${conv.id}/messages?after=${after}&limit=1000`,
      );
      expect(status).toBe(200);
      forward.push(...body.messages.map((m: Message) => m.seq));
      after = body.next;
    }
    expect(forward).toEqual(Array.from({ length: LENGTH }, (_, i) => i + 1));

    const back: number[] = [];
    let before: number | null = detail.moreBefore;
    while (before !== null) {
      const { body } = await api(
        "GET",
        `/api/v1/conversations/${conv.id}/messages?before=${before}&limit=1000`,
      );
      back.unshift(...body.messages.map((m: Message) => m.seq));
      before = body.next;
    }
    expect([...back, ...detail.messages.map((m: Message) => m.seq)]).toEqual(forward);
  });

  it("refuses a page larger than the limit with a 400", async () => {
    const { api, conv } = await longConversation();
    const { status } = await api("GET", `/api/v1/conversations/${conv.id}/messages?limit=5000`);
    expect(status).toBe(400);
  });

  it("is replayed whole to a socket that connects from the start", async () => {
    const { conv } = await longConversation();
    const socket = await openSocket(conv.id, conv.customerToken, 0);
    try {
      // Polled: the helper's waitFor sets a timer per frame, past the runtime's 10,000 active timers here.
      const deadline = Date.now() + 15_000;
      while (socket.messages().at(-1)?.seq !== LENGTH && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const seqs = socket.messages().map((m) => m.seq);
      expect(seqs).toHaveLength(LENGTH);
      expect(new Set(seqs).size).toBe(LENGTH);
    } finally {
      socket.close();
    }
  });

  it("gives the assigned agent a bounded brief that ends at the latest message and points at the rest", async () => {
    const { api, id: ws, conv } = await longConversation();
    expect((await api("POST", `/api/v1/conversations/${conv.id}/handoff`, {})).status).toBe(200);
    const brief = await runInDurableObject(stub(conv.id), (instance) =>
      instance.queueEvent(ws, {
        type: "assigned",
        agentId: "ag_test",
        agentName: "Tess",
        skill: null,
        mode: "auto",
        assignedAt: Date.now(),
      }),
    );
    const messages = brief?.conversation.messages as Message[];
    const lastSeq = messages.at(-1)?.seq ?? 0;
    expect(lastSeq).toBeGreaterThan(LENGTH);
    expect(messages.length).toBeLessThanOrEqual(200);
    expect(brief?.conversation.moreBefore).toBe(messages[0]?.seq);
  });
});
