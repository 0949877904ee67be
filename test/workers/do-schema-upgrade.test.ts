import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ConversationServer } from "../../durable-objects/conversation/conversation-server";
import { CONVERSATION_SCHEMA } from "../../durable-objects/conversation/schema-steps";
import { newId } from "../../workers/domain/ids";
import type { Message } from "../../workers/protocol/message";
import { newWorkspace } from "./helpers";

/** Exactly the tables the Conversation DO created before its schema was versioned. */
const FIRST_SHIPPED_SCHEMA = `
  CREATE TABLE conversation (
    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, status TEXT NOT NULL, customer TEXT NOT NULL,
    handoff TEXT, context_start_seq INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE TABLE messages (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL, role TEXT NOT NULL, text TEXT NOT NULL,
    client_id TEXT UNIQUE, meta TEXT NOT NULL, created_at TEXT NOT NULL
  );
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, payload TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE outbox_dead (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, payload TEXT NOT NULL, error TEXT NOT NULL, at TEXT NOT NULL
  );
`;

describe("a Conversation DO created by older code", () => {
  it("opens with its history intact and gains the newer schema", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    const id = newId("cv");
    const stub = env.Conversation.getByName(id) as DurableObjectStub<ConversationServer>;
    const at = "2025-01-01T00:00:00.000Z";
    // Written by hand, as last month's code left it: no version recorded, clientId unique per conversation.
    await runInDurableObject(stub, (_instance, state) => {
      const sql = state.storage.sql;
      sql.exec(FIRST_SHIPPED_SCHEMA);
      sql.exec(
        "INSERT INTO conversation (id, workspace_id, status, customer, created_at, updated_at) VALUES (?, ?, 'bot', ?, ?, ?)",
        id,
        workspaceId,
        JSON.stringify({ name: "Ada" }),
        at,
        at,
      );
      const insert =
        "INSERT INTO messages (seq, id, role, text, client_id, meta, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
      sql.exec(insert, 1, "m1", "customer", "my invoice is wrong", "c-1", "{}", at);
      sql.exec(insert, 2, "m2", "agent", "let me look", "a-1", JSON.stringify({ agentId: "ag_1" }), at);
    });

    const { status, body } = await api("GET", `/api/v1/conversations/${id}`);
    expect(status).toBe(200);
    expect(body.customer).toEqual({ name: "Ada" });
    expect(body.messages.map((m: Message) => [m.seq, m.role, m.clientId])).toEqual([
      [1, "customer", "c-1"],
      [2, "agent", "a-1"],
    ]);

    // The newer behaviour works on the old rows: clientIds are per author, retries still stored once.
    const path = `/api/v1/conversations/${id}/messages`;
    const retry = await api("POST", path, { text: "my invoice is wrong", clientId: "c-1" });
    const bot = await api("POST", path, { text: "sorry to hear that", role: "bot", clientId: "c-1" });
    expect([retry.status, retry.body.message.seq]).toEqual([200, 1]);
    expect([bot.status, bot.body.message.seq]).toEqual([201, 3]);

    const version = await runInDurableObject(
      stub,
      (_i, state) =>
        state.storage.sql.exec<{ version: number }>("SELECT version FROM _schema_version").one().version,
    );
    expect(version).toBe(CONVERSATION_SCHEMA.length);
  });
});
