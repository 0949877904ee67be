import type { z } from "zod";
import {
  AgentStateSchema,
  HeldConversationSchema,
  WaitingItemSchema,
} from "../../workers/domain/routing/index";
import type { MigrationStep } from "../shared/sqlite-migrations";
import type { QueueBook, RosterAgent } from "./queue-book";

/** An agent's row as stored: their state without the conversations (those are the `held` rows). */
const RosterAgentSchema: z.ZodType<RosterAgent> = AgentStateSchema.omit({ activeConversationIds: true });

import type { QueueEvent } from "./rpc";

/**
 * The Queue DO's SQLite schema as numbered steps (see `../shared/sqlite-migrations.ts`): append a step to
 * change it, never edit one that has shipped.
 */
export const QUEUE_SCHEMA: readonly MigrationStep[] = [
  // 1: the schema as first shipped.
  (sql) => {
    sql.exec(`
      CREATE TABLE IF NOT EXISTS agents (id TEXT PRIMARY KEY, state TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS waiting (conversation_id TEXT PRIMARY KEY, item TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS held (conversation_id TEXT PRIMARY KEY, held TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS notifications (
        conversation_id TEXT NOT NULL, kind TEXT NOT NULL, event TEXT NOT NULL,
        PRIMARY KEY (conversation_id, kind)
      );
    `);
  },
];

/**
 * The Queue DO's SQLite tables. The book lives in memory while the object runs; this loads it at start and
 * writes back exactly the rows it marked dirty, so a restart finds the line as it was.
 */
export class QueueStore {
  constructor(private readonly sql: SqlStorage) {}

  load(book: QueueBook): void {
    for (const r of this.sql.exec<{ id: string; state: string }>("SELECT id, state FROM agents")) {
      book.agents.set(r.id, RosterAgentSchema.parse(JSON.parse(r.state)));
    }
    for (const r of this.sql.exec<{ item: string }>("SELECT item FROM waiting")) {
      const item = WaitingItemSchema.parse(JSON.parse(r.item));
      book.waiting.set(item.conversationId, item);
    }
    for (const r of this.sql.exec<{ held: string }>("SELECT held FROM held")) {
      const held = HeldConversationSchema.parse(JSON.parse(r.held));
      book.held.set(held.item.conversationId, held);
    }
  }

  persist(book: QueueBook): void {
    for (const id of book.dirty.agents) {
      const a = book.agents.get(id);
      if (a) this.sql.exec("INSERT OR REPLACE INTO agents (id, state) VALUES (?, ?)", id, JSON.stringify(a));
      else this.sql.exec("DELETE FROM agents WHERE id = ?", id);
    }
    for (const id of book.dirty.waiting) {
      const w = book.waiting.get(id);
      if (w)
        this.sql.exec(
          "INSERT OR REPLACE INTO waiting (conversation_id, item) VALUES (?, ?)",
          id,
          JSON.stringify(w),
        );
      else this.sql.exec("DELETE FROM waiting WHERE conversation_id = ?", id);
    }
    for (const id of book.dirty.held) {
      const h = book.held.get(id);
      if (h)
        this.sql.exec(
          "INSERT OR REPLACE INTO held (conversation_id, held) VALUES (?, ?)",
          id,
          JSON.stringify(h),
        );
      else this.sql.exec("DELETE FROM held WHERE conversation_id = ?", id);
    }
    book.dirty.agents.clear();
    book.dirty.waiting.clear();
    book.dirty.held.clear();
  }

  /**
   * Queues an event for a conversation. One pending event per conversation and kind: a newer wait estimate
   * replaces one not yet delivered, so a long line never piles up stale updates.
   */
  notify(conversationId: string, event: QueueEvent): void {
    this.sql.exec(
      "INSERT OR REPLACE INTO notifications (conversation_id, kind, event) VALUES (?, ?, ?)",
      conversationId,
      event.type,
      JSON.stringify(event),
    );
  }

  pendingNotifications(limit: number): { conversationId: string; event: QueueEvent }[] {
    return this.sql
      .exec<{ conversation_id: string; event: string }>(
        "SELECT conversation_id, event FROM notifications ORDER BY rowid LIMIT ?",
        limit,
      )
      .toArray()
      .map((r) => ({ conversationId: r.conversation_id, event: JSON.parse(r.event) as QueueEvent }));
  }

  delivered(conversationId: string, event: QueueEvent): void {
    // Only if it was not replaced by a newer one meanwhile.
    this.sql.exec(
      "DELETE FROM notifications WHERE conversation_id = ? AND kind = ? AND event = ?",
      conversationId,
      event.type,
      JSON.stringify(event),
    );
  }
}
