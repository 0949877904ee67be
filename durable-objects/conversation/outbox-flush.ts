import { sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../../workers/db/client";
import { conversations, handoffs, messages } from "../../workers/db/schema";
import { assertNever } from "../../workers/protocol/frames";
import { eventsFromRecords, type WebhookEvent } from "../../workers/webhooks/events";
import type { OutboxRecord } from "./outbox-records";
import type { ConversationStore } from "./store";

/** Rows per D1 batch: small enough to stay well under D1's statement limits, large enough to catch up fast. */
export const OUTBOX_BATCH = 50;

/**
 * Turns outbox records into idempotent D1 upserts. Replaying a record any number of times gives the same
 * row, so a batch that failed half-way (or succeeded but whose acknowledgement was lost) is simply resent.
 */
export function toStatements(db: Db, records: OutboxRecord[]): BatchItem<"sqlite">[] {
  return records.map((r) => {
    switch (r.kind) {
      case "conversation": {
        const c = r.conversation;
        const row = {
          id: c.id,
          workspaceId: c.workspaceId,
          status: c.status,
          customer: c.customer,
          lastSeq: c.lastSeq,
          createdAt: c.createdAt,
          updatedAt: c.updatedAt,
        };
        // A late retry of an older snapshot must not overwrite a newer one.
        return db
          .insert(conversations)
          .values(row)
          .onConflictDoUpdate({
            target: conversations.id,
            set: {
              status: row.status,
              customer: row.customer,
              lastSeq: row.lastSeq,
              updatedAt: row.updatedAt,
            },
            setWhere: sql`${conversations.updatedAt} <= excluded.updated_at`,
          });
      }
      case "message": {
        const m = r.message;
        const row = {
          conversationId: r.conversationId,
          seq: m.seq,
          id: m.id,
          workspaceId: r.workspaceId,
          role: m.role,
          text: m.text,
          clientId: m.clientId ?? null,
          meta: m.meta,
          createdAt: m.createdAt,
        };
        return db
          .insert(messages)
          .values(row)
          .onConflictDoUpdate({ target: [messages.conversationId, messages.seq], set: { meta: row.meta } });
      }
      case "handoff": {
        const h = r.handoff;
        const row = {
          id: handoffId(r.conversationId, h.seq),
          conversationId: r.conversationId,
          workspaceId: r.workspaceId,
          seq: h.seq,
          trigger: h.trigger,
          triggers: h.triggers,
          signals: h.signals,
          explanation: h.explanation,
          summary: h.summary,
          customerGoal: h.customerGoal,
          attempted: h.attempted,
          category: h.category,
          skill: h.skill,
          agentId: h.agentId,
          createdAt: h.createdAt,
          queuedAt: h.queuedAt,
          assignedAt: h.assignedAt,
        };
        const { id: _id, conversationId: _c, workspaceId: _w, seq: _s, createdAt: _t, ...changing } = row;
        return db.insert(handoffs).values(row).onConflictDoUpdate({ target: handoffs.id, set: changing });
      }
      default:
        return assertNever(r);
    }
  });
}

/** One D1 row per handoff: a conversation handed off again after a resolve gets a new one. */
export function handoffId(conversationId: string, seq: number): string {
  return `${conversationId}:${seq}`;
}

/** Delay before the next try after `attempts` consecutive failures: 1 s doubling to a 5 min ceiling, ±20 %. */
export function backoffMs(attempts: number, random = Math.random()): number {
  const base = Math.min(1000 * 2 ** Math.max(0, attempts - 1), 300_000);
  return Math.round(base * (0.8 + 0.4 * random));
}

/** A record D1 refuses this many times, while others go through, is set aside (see `outboxRejected`). */
export const MAX_RECORD_ATTEMPTS = 5;

/**
 * Sends the whole outbox to D1, batch by batch, deleting records only once D1 has them. When a batch fails
 * its records are tried one by one: if none goes through D1 is down, and the error is returned to retry
 * later; if some do, the ones refused are counted (and set aside after repeated refusals) so one bad
 * record never holds back the rest. The webhook events of the records D1 took are handed to `publish`
 * before the records are deleted, so an event is published at least once (its id makes repeats harmless).
 * Returns the error to retry on, or null.
 */
export async function flushOutbox(
  store: ConversationStore,
  db: Db,
  publish: (events: WebhookEvent[]) => Promise<void> = async () => {},
): Promise<unknown | null> {
  let afterId = 0;
  let refused: unknown = null;
  for (;;) {
    const batch = store.outboxBatch(OUTBOX_BATCH, afterId);
    const last = batch.at(-1);
    if (!last) return refused;
    afterId = last.id;
    const ready: { id: number; statement: BatchItem<"sqlite"> }[] = [];
    for (const b of batch) {
      try {
        if (!b.record) throw new Error("the stored record does not parse");
        const [statement] = toStatements(db, [b.record]);
        if (statement) ready.push({ id: b.id, statement });
      } catch (err) {
        // A record that cannot even become SQL will never succeed: set it aside at once.
        store.outboxRejected(b.id, String(err), 0, new Date().toISOString());
      }
    }
    const [first, ...rest] = ready.map((r) => r.statement);
    if (!first) continue;
    try {
      await db.batch([first, ...rest]);
    } catch (batchError) {
      const sent: number[] = [];
      for (const r of ready) {
        try {
          await db.batch([r.statement]);
          sent.push(r.id);
        } catch (err) {
          refused = err;
        }
      }
      if (sent.length === 0) return batchError;
      const publishError = await published(batch, sent, publish);
      if (publishError) return publishError;
      store.deleteOutbox(sent);
      for (const r of ready) {
        if (!sent.includes(r.id)) {
          store.outboxRejected(r.id, String(refused), MAX_RECORD_ATTEMPTS, new Date().toISOString());
        }
      }
      continue;
    }
    const ids = ready.map((r) => r.id);
    const publishError = await published(batch, ids, publish);
    if (publishError) return publishError;
    store.deleteOutbox(ids);
  }
}

/** Publishes the events of the records with these ids; the error when that failed (to retry), else null. */
async function published(
  batch: { id: number; record: OutboxRecord | null }[],
  ids: number[],
  publish: (events: WebhookEvent[]) => Promise<void>,
): Promise<unknown | null> {
  const records = batch.flatMap((b) => (b.record && ids.includes(b.id) ? [b.record] : []));
  const events = eventsFromRecords(records);
  if (events.length === 0) return null;
  try {
    await publish(events);
    return null;
  } catch (err) {
    return err;
  }
}
