import { type Delivery, DeliverySchema } from "../../workers/protocol/webhooks";
import type { WebhookEvent } from "../../workers/webhooks/events";
import type { DeliveryStatus } from "../../workers/webhooks/schedule";
import type { MigrationStep } from "../shared/sqlite-migrations";

export type { Delivery };

/** The Webhooks DO's SQLite schema as numbered steps (see `../shared/sqlite-migrations.ts`). */
export const WEBHOOKS_SCHEMA: readonly MigrationStep[] = [
  // 1: the schema as first shipped.
  (sql) => {
    sql.exec(`
      CREATE TABLE IF NOT EXISTS deliveries (
        id TEXT PRIMARY KEY, endpoint_id TEXT NOT NULL, event_id TEXT NOT NULL, event_type TEXT NOT NULL,
        body TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER, created_at INTEGER NOT NULL, delivered_at INTEGER,
        UNIQUE (endpoint_id, event_id)
      );
      CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (status, next_attempt_at);
      CREATE INDEX IF NOT EXISTS deliveries_endpoint ON deliveries (endpoint_id, created_at);
      CREATE TABLE IF NOT EXISTS attempts (
        delivery_id TEXT NOT NULL, n INTEGER NOT NULL, at INTEGER NOT NULL,
        status_code INTEGER, error TEXT, duration_ms INTEGER NOT NULL,
        PRIMARY KEY (delivery_id, n)
      );
    `);
  },
];

type Row = {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  body: string;
  status: string;
  attempts: number;
  next_attempt_at: number | null;
  created_at: number;
  delivered_at: number | null;
};

export type DueDelivery = {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  body: string;
  attempts: number;
};

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export class WebhooksStore {
  constructor(private readonly sql: SqlStorage) {}

  /** Stores one delivery per (endpoint, event); an event published twice is stored once. */
  add(endpointId: string, event: WebhookEvent, now: number): void {
    this.sql.exec(
      `INSERT OR IGNORE INTO deliveries (id, endpoint_id, event_id, event_type, body, status, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)`,
      `dl_${crypto.randomUUID().replaceAll("-", "")}`,
      endpointId,
      event.id,
      event.type,
      JSON.stringify(event),
      now,
      now,
    );
  }

  due(now: number, limit: number): DueDelivery[] {
    return this.sql
      .exec<Row>(
        "SELECT * FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?",
        now,
        limit,
      )
      .toArray()
      .map((r) => ({
        id: r.id,
        endpointId: r.endpoint_id,
        eventId: r.event_id,
        eventType: r.event_type,
        body: r.body,
        attempts: r.attempts,
      }));
  }

  /** The earliest time a pending delivery is due, or null when nothing waits. */
  nextDue(): number | null {
    return this.sql
      .exec<{ at: number | null }>(
        "SELECT MIN(next_attempt_at) AS at FROM deliveries WHERE status = 'pending'",
      )
      .one().at;
  }

  recordAttempt(
    d: DueDelivery,
    attempt: { at: number; statusCode: number | null; error: string | null; durationMs: number },
    outcome: { status: DeliveryStatus; nextAttemptAt: number | null },
  ): void {
    const n = d.attempts + 1;
    this.sql.exec(
      "INSERT OR REPLACE INTO attempts (delivery_id, n, at, status_code, error, duration_ms) VALUES (?, ?, ?, ?, ?, ?)",
      d.id,
      n,
      attempt.at,
      attempt.statusCode,
      attempt.error,
      attempt.durationMs,
    );
    this.sql.exec(
      "UPDATE deliveries SET attempts = ?, status = ?, next_attempt_at = ?, delivered_at = ? WHERE id = ?",
      n,
      outcome.status,
      outcome.nextAttemptAt,
      outcome.status === "delivered" ? attempt.at : null,
      d.id,
    );
  }

  /** Sends a delivery again now, whatever became of it; false when the endpoint has no such delivery. */
  redeliver(endpointId: string, deliveryId: string, now: number): boolean {
    const cursor = this.sql.exec(
      "UPDATE deliveries SET status = 'pending', next_attempt_at = ? WHERE id = ? AND endpoint_id = ?",
      now,
      deliveryId,
      endpointId,
    );
    return cursor.rowsWritten > 0;
  }

  /** An endpoint's deliveries, newest first, with their attempts; `before` pages back by creation time. */
  list(endpointId: string, limit: number, before?: number): Delivery[] {
    const rows = this.sql
      .exec<Row>(
        "SELECT * FROM deliveries WHERE endpoint_id = ? AND created_at < ? ORDER BY created_at DESC, id DESC LIMIT ?",
        endpointId,
        before ?? Number.MAX_SAFE_INTEGER,
        limit,
      )
      .toArray();
    return rows.map((r) => this.toDelivery(r));
  }

  get(endpointId: string, deliveryId: string): Delivery | null {
    const row = this.sql
      .exec<Row>("SELECT * FROM deliveries WHERE id = ? AND endpoint_id = ?", deliveryId, endpointId)
      .toArray()[0];
    return row ? this.toDelivery(row) : null;
  }

  private toDelivery(r: Row): Delivery {
    const attempts = this.sql
      .exec<{ n: number; at: number; status_code: number | null; error: string | null; duration_ms: number }>(
        "SELECT * FROM attempts WHERE delivery_id = ? ORDER BY n",
        r.id,
      )
      .toArray()
      .map((a) => ({
        n: a.n,
        at: new Date(a.at).toISOString(),
        statusCode: a.status_code,
        error: a.error,
        durationMs: a.duration_ms,
      }));
    return DeliverySchema.parse({
      id: r.id,
      endpointId: r.endpoint_id,
      eventId: r.event_id,
      eventType: r.event_type,
      status: r.status,
      attempts,
      nextAttemptAt: iso(r.next_attempt_at),
      createdAt: new Date(r.created_at).toISOString(),
      deliveredAt: iso(r.delivered_at),
    });
  }
}
