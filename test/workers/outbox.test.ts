import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import type { ConversationServer } from "../../durable-objects/conversation/conversation-server";
import { newWorkspace } from "./helpers";

function stub(id: string) {
  return env.Conversation.getByName(id) as DurableObjectStub<ConversationServer>;
}

async function d1Messages(conversationId: string) {
  const { results } = await env.DB.prepare(
    "SELECT seq, text FROM messages WHERE conversation_id = ? ORDER BY seq",
  )
    .bind(conversationId)
    .all<{ seq: number; text: string }>();
  return results.map((r) => [r.seq, r.text]);
}

describe("outbox to D1", () => {
  it("copies the conversation and its messages to D1 when the alarm runs", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", { customer: { name: "Grace" } });
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "first" });
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "second", role: "bot" });

    expect(await runDurableObjectAlarm(stub(conv.id))).toBe(true);

    expect(await d1Messages(conv.id)).toEqual([
      [1, "first"],
      [2, "second"],
    ]);
    const row = await env.DB.prepare("SELECT workspace_id, status, last_seq FROM conversations WHERE id = ?")
      .bind(conv.id)
      .first();
    expect(row).toEqual({ workspace_id: workspaceId, status: "bot", last_seq: 2 });
    const list = await api("GET", "/api/v1/conversations");
    expect(list.body.conversations.map((c: { id: string }) => c.id)).toEqual([conv.id]);
  });

  it("loses nothing while D1 fails, retries with growing backoff, and catches up once D1 is back", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const inspect = () =>
      runInDurableObject(stub(conv.id), async (instance, state) => ({
        records: await instance.pendingRecords(),
        alarm: await state.storage.getAlarm(),
        attempts: state.storage.kv.get<number>("outbox:attempts") ?? 0,
      }));
    await env.DB.exec("ALTER TABLE messages RENAME TO messages_offline");
    try {
      for (const text of ["hello", "where are the charts?", "thanks"]) {
        const res = await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text });
        expect(res.status).toBe(201); // the customer is never held up by the record
      }
      expect(await runDurableObjectAlarm(stub(conv.id))).toBe(true);
      const first = await inspect();
      expect(first.records).toBeGreaterThan(0);
      expect(first.attempts).toBe(1);
      expect(first.alarm).toBeGreaterThan(Date.now());

      // The retry fires by itself, fails again, keeps everything and waits longer.
      await vi.waitFor(async () => expect((await inspect()).attempts).toBe(2), {
        timeout: 3000,
        interval: 50,
      });
      const second = await inspect();
      expect(second.records).toBe(first.records);
      expect((second.alarm ?? 0) - Date.now()).toBeGreaterThan(1000);
    } finally {
      await env.DB.exec("ALTER TABLE messages_offline RENAME TO messages");
    }
    await vi.waitFor(async () => expect(await d1Messages(conv.id)).toHaveLength(3), {
      timeout: 4000,
      interval: 50,
    });
    expect(await d1Messages(conv.id)).toEqual([
      [1, "hello"],
      [2, "where are the charts?"],
      [3, "thanks"],
    ]);
    expect(await inspect()).toMatchObject({ records: 0, attempts: 0 });
  });

  it("replaying the same records gives the same rows (idempotent upserts)", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "once" });
    await runDurableObjectAlarm(stub(conv.id));
    await runInDurableObject(stub(conv.id), async (_i, state) => {
      // Put a copy of an already-flushed message back in the outbox, as a lost acknowledgement would.
      state.storage.sql.exec(
        "INSERT INTO outbox (kind, payload) SELECT 'message', json_object('kind','message','workspaceId',c.workspace_id,'conversationId',c.id,'message',json_object('id',m.id,'seq',m.seq,'role',m.role,'text',m.text,'createdAt',m.created_at,'meta',json(m.meta))) FROM messages m, conversation c",
      );
      await state.storage.setAlarm(Date.now());
    });
    await runDurableObjectAlarm(stub(conv.id));
    expect(await d1Messages(conv.id)).toEqual([[1, "once"]]);
  });
});

describe("a record D1 refuses", () => {
  it("does not hold back the records behind it, and is set aside after repeated refusals", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await runDurableObjectAlarm(stub(conv.id));
    // D1 refuses this one record (as a constraint would), whatever else it is sent.
    await env.DB.exec(
      "CREATE TRIGGER refuse_poison BEFORE INSERT ON messages WHEN NEW.text = 'poison' BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    await runInDurableObject(stub(conv.id), (_i, state) => {
      // A well-formed message record D1 refuses, queued before good ones.
      const message = { id: "bad", seq: 999, role: "customer", text: "poison", createdAt: "", meta: {} };
      const poison = { kind: "message", workspaceId: "ws_x", conversationId: conv.id, message };
      state.storage.sql.exec(
        "INSERT INTO outbox (kind, payload) VALUES ('message', ?)",
        JSON.stringify(poison),
      );
    });
    const dead = () =>
      runInDurableObject(
        stub(conv.id),
        (_i, s) => s.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM outbox_dead").one().n,
      );
    for (let round = 1; round <= 5; round++) {
      expect(await dead()).toBe(0); // still retried while under the limit
      await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: `good ${round}` });
      await runDurableObjectAlarm(stub(conv.id));
      expect(await d1Messages(conv.id)).toHaveLength(round);
    }
    expect(await runInDurableObject(stub(conv.id), (i) => i.pendingRecords())).toBe(0);
    expect(await dead()).toBe(1);
    await env.DB.exec("DROP TRIGGER refuse_poison");
  });

  it("sets a record that no longer parses aside at once, and sends the rest", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await runDurableObjectAlarm(stub(conv.id));
    await runInDurableObject(stub(conv.id), (_i, state) => {
      const message = { id: "bad", seq: 999, role: "customer", text: null, createdAt: "", meta: {} };
      state.storage.sql.exec(
        "INSERT INTO outbox (kind, payload) VALUES ('message', ?)",
        JSON.stringify({ kind: "message", workspaceId: "ws_x", conversationId: conv.id, message }),
      );
    });
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "good" });
    await runDurableObjectAlarm(stub(conv.id));
    expect(await d1Messages(conv.id)).toEqual([[1, "good"]]);
    const dead = await runInDurableObject(stub(conv.id), (_i, s) =>
      s.storage.sql.exec<{ error: string }>("SELECT error FROM outbox_dead").toArray(),
    );
    expect(dead).toEqual([{ error: expect.stringContaining("does not parse") }]);
  });

  it("a handoff forced before any customer message reaches D1 too", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    expect((await api("POST", `/api/v1/conversations/${conv.id}/handoff`, {})).status).toBe(200);
    await runDurableObjectAlarm(stub(conv.id));
    const row = await env.DB.prepare("SELECT trigger, signals FROM handoffs WHERE conversation_id = ?")
      .bind(conv.id)
      .first();
    expect(row).toEqual({ trigger: "manual", signals: null });
    expect(await runInDurableObject(stub(conv.id), (i) => i.pendingRecords())).toBe(0);
  });
});
