import { type Decision, DecisionSchema } from "../../workers/domain/triggers/types";
import {
  type ConversationStatus,
  ConversationStatusSchema,
  type ConversationSummary,
  type Customer,
  CustomerSchema,
  type Handoff,
  HandoffSchema,
  type MessagePage,
  type MessagePageQuery,
} from "../../workers/protocol/conversation";
import {
  type Message,
  type MessageMeta,
  MessageSchema,
  type Role,
  readableMeta,
} from "../../workers/protocol/message";
import { clientScope } from "./client-scope";
import { pageWindow, toPage } from "./history-page";
import { type OutboxRecord, OutboxRecordSchema } from "./outbox-records";

/**
 * The Conversation DO's SQLite storage: the conversation row, its messages and the outbox. All methods are
 * synchronous, so a caller can group several of them in one `transactionSync` and nothing is ever half-written.
 * The tables are made by `CONVERSATION_SCHEMA` (schema-steps.ts); JSON read back is parsed with its schema.
 */
export class ConversationStore {
  constructor(private readonly sql: SqlStorage) {}

  summary(): ConversationSummary | null {
    const row = this.sql
      .exec<{
        id: string;
        workspace_id: string;
        status: string;
        customer: string;
        created_at: string;
        updated_at: string;
      }>("SELECT id, workspace_id, status, customer, created_at, updated_at FROM conversation LIMIT 1")
      .toArray()[0];
    if (!row) return null;
    return {
      id: row.id,
      workspaceId: row.workspace_id,
      status: ConversationStatusSchema.parse(row.status),
      customer: CustomerSchema.parse(JSON.parse(row.customer)),
      lastSeq: this.lastSeq(),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  handoff(): Handoff | null {
    const row = this.sql
      .exec<{ handoff: string | null }>("SELECT handoff FROM conversation LIMIT 1")
      .toArray()[0];
    return row?.handoff ? HandoffSchema.parse(JSON.parse(row.handoff)) : null;
  }

  create(c: { id: string; workspaceId: string; customer: Customer; repId?: string; now: string }): void {
    this.sql.exec(
      "INSERT INTO conversation (id, workspace_id, status, customer, rep_id, created_at, updated_at) VALUES (?, ?, 'bot', ?, ?, ?, ?)",
      c.id,
      c.workspaceId,
      JSON.stringify(c.customer),
      c.repId ?? null,
      c.now,
      c.now,
    );
  }

  /** The AI rep the conversation was started with, or null for the workspace's own bot. */
  repId(): string | null {
    return (
      this.sql.exec<{ r: string | null }>("SELECT rep_id AS r FROM conversation").toArray()[0]?.r ?? null
    );
  }

  setCustomer(customer: Customer, now: string): void {
    this.sql.exec("UPDATE conversation SET customer = ?, updated_at = ?", JSON.stringify(customer), now);
  }

  setStatus(status: ConversationStatus, now: string): void {
    this.sql.exec("UPDATE conversation SET status = ?, updated_at = ?", status, now);
  }

  setHandoff(handoff: Handoff | null, now: string): void {
    this.sql.exec(
      "UPDATE conversation SET handoff = ?, updated_at = ?",
      handoff ? JSON.stringify(handoff) : null,
      now,
    );
  }

  touch(now: string): void {
    this.sql.exec("UPDATE conversation SET updated_at = ?", now);
  }

  lastSeq(): number {
    return this.sql.exec<{ s: number | null }>("SELECT MAX(seq) AS s FROM messages").one().s ?? 0;
  }

  /** The message this author already stored under `clientId` (see `clientScope`). */
  messageByClientId(scope: string, clientId: string): Message | null {
    const row = this.sql
      .exec<MessageRow>(`${SELECT_MESSAGE} WHERE client_scope = ? AND client_id = ?`, scope, clientId)
      .toArray()[0];
    return row ? toMessage(row) : null;
  }

  appendMessage(m: {
    id: string;
    role: Role;
    text: string;
    clientId?: string;
    meta: MessageMeta;
    now: string;
  }): Message {
    const seq = this.lastSeq() + 1;
    this.sql.exec(
      "INSERT INTO messages (seq, id, role, text, client_id, client_scope, meta, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      seq,
      m.id,
      m.role,
      m.text,
      m.clientId ?? null,
      m.clientId ? clientScope(m.role, m.meta) : null,
      JSON.stringify(m.meta),
      m.now,
    );
    return {
      id: m.id,
      seq,
      role: m.role,
      text: m.text,
      createdAt: m.now,
      meta: m.meta,
      ...(m.clientId ? { clientId: m.clientId } : {}),
    };
  }

  updateMessageMeta(seq: number, meta: MessageMeta): void {
    this.sql.exec("UPDATE messages SET meta = ? WHERE seq = ?", JSON.stringify(meta), seq);
  }

  /**
   * Messages before this seq belong to an earlier stretch of the conversation (before a resolve): the bot
   * neither re-reads nor re-answers them.
   */
  contextStartSeq(): number {
    return (
      this.sql.exec<{ s: number }>("SELECT context_start_seq AS s FROM conversation").toArray()[0]?.s ?? 0
    );
  }

  setContextStart(seq: number): void {
    this.sql.exec("UPDATE conversation SET context_start_seq = ?", seq);
  }

  /** The engine's latest decision on a customer message, with its signals. */
  latestDecision(): Decision | null {
    const row = this.sql
      .exec<{ d: string | null }>(
        "SELECT json_extract(meta, '$.decision') AS d FROM messages WHERE role = 'customer' AND d IS NOT NULL ORDER BY seq DESC LIMIT 1",
      )
      .toArray()[0];
    return row?.d ? DecisionSchema.parse(JSON.parse(row.d)) : null;
  }

  /** Whether the latest rating request is still unanswered. */
  awaitingRating(): boolean {
    const row = this.sql
      .exec<{ e: string }>(
        "SELECT json_extract(meta, '$.event') AS e FROM messages WHERE e IN ('csat_request', 'csat') ORDER BY seq DESC LIMIT 1",
      )
      .toArray()[0];
    return row?.e === "csat_request";
  }

  /** The language the customer last wrote in, as the engine read it; English until then. */
  customerLanguage(): string {
    const row = this.sql
      .exec<{ lang: string | null }>(
        "SELECT json_extract(meta, '$.analysis.language') AS lang FROM messages WHERE role = 'customer' AND lang IS NOT NULL ORDER BY seq DESC LIMIT 1",
      )
      .toArray()[0];
    return row?.lang ?? "en";
  }

  /** Messages with `afterSeq < seq <= upToSeq`, oldest first. */
  messagesBetween(afterSeq: number, upToSeq: number): Message[] {
    return this.sql
      .exec<MessageRow>(`${SELECT_MESSAGE} WHERE seq > ? AND seq <= ? ORDER BY seq`, afterSeq, upToSeq)
      .toArray()
      .map(toMessage);
  }

  /** The latest `limit` customer messages, oldest first: what the live brief reads, whatever the history's length. */
  latestCustomerMessages(limit: number): Message[] {
    return this.sql
      .exec<MessageRow>(`${SELECT_MESSAGE} WHERE role = 'customer' ORDER BY seq DESC LIMIT ?`, limit)
      .toArray()
      .map(toMessage)
      .reverse();
  }

  /** One page of history (see history-page.ts): reading a long history never loads it whole. */
  messagesPage(query: MessagePageQuery): MessagePage {
    const w = pageWindow(query);
    const rows = this.sql
      .exec<MessageRow>(
        `${SELECT_MESSAGE} WHERE seq > ? AND (? IS NULL OR seq < ?) ORDER BY seq ${w.newestFirst ? "DESC" : "ASC"} LIMIT ?`,
        w.after,
        w.before,
        w.before,
        w.take,
      )
      .toArray()
      .map(toMessage);
    return toPage(rows, query);
  }

  enqueueOutbox(record: OutboxRecord): void {
    this.sql.exec("INSERT INTO outbox (kind, payload) VALUES (?, ?)", record.kind, JSON.stringify(record));
  }

  /**
   * The next records to send, oldest first, after `afterId`; each parsed with its schema, or null when it no
   * longer parses (the flush sets those aside rather than send a guess).
   */
  outboxBatch(limit: number, afterId = 0): { id: number; record: OutboxRecord | null }[] {
    return this.sql
      .exec<{ id: number; payload: string }>(
        "SELECT id, payload FROM outbox WHERE id > ? ORDER BY id LIMIT ?",
        afterId,
        limit,
      )
      .toArray()
      .map((r) => ({ id: r.id, record: parseRecord(r.payload) }));
  }

  outboxSize(): number {
    return this.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM outbox").one().n;
  }

  deleteOutbox(ids: readonly number[]): void {
    for (const id of ids) this.sql.exec("DELETE FROM outbox WHERE id = ?", id);
  }

  /**
   * Counts a failed try of one record D1 refused while others went through. After `maxAttempts` it moves to
   * `outbox_dead`: kept for an operator, no longer holding back the records behind it.
   */
  outboxRejected(id: number, error: string, maxAttempts: number, now: string): void {
    this.sql.exec("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?", id);
    this.sql.exec(
      "INSERT INTO outbox_dead (id, kind, payload, error, at) SELECT id, kind, payload, ?, ? FROM outbox WHERE id = ? AND attempts >= ?",
      error,
      now,
      id,
      maxAttempts,
    );
    this.sql.exec("DELETE FROM outbox WHERE id = ? AND attempts >= ?", id, maxAttempts);
  }

  deadRecords(): number {
    return this.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM outbox_dead").one().n;
  }
}

type MessageRow = {
  seq: number;
  id: string;
  role: string;
  text: string;
  client_id: string | null;
  meta: string;
  created_at: string;
};

const SELECT_MESSAGE = "SELECT seq, id, role, text, client_id, meta, created_at FROM messages";

function toMessage(r: MessageRow): Message {
  return MessageSchema.parse({
    id: r.id,
    seq: r.seq,
    role: r.role,
    text: r.text,
    createdAt: r.created_at,
    meta: readableMeta(JSON.parse(r.meta)),
    ...(r.client_id ? { clientId: r.client_id } : {}),
  });
}

function parseRecord(payload: string): OutboxRecord | null {
  try {
    return OutboxRecordSchema.safeParse(JSON.parse(payload)).data ?? null;
  } catch {
    return null;
  }
}
