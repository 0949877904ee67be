import { Server } from "partyserver";
import { getDb } from "../../workers/db/client";
import { liveEndpoints, type WebhookEndpointRow } from "../../workers/db/webhooks";
import { attemptDelivery } from "../../workers/webhooks/deliver";
import type { WebhookEvent } from "../../workers/webhooks/events";
import { afterAttempt } from "../../workers/webhooks/schedule";
import { runMigrations, storageTarget } from "../shared/sqlite-migrations";
import type { WebhooksRpc } from "./rpc";
import { type Delivery, type DueDelivery, WEBHOOKS_SCHEMA, WebhooksStore } from "./webhooks-store";

/** Deliveries sent at once by one alarm; the rest wait for the next, set right after. */
const BATCH = 20;

/**
 * One per workspace (named by its id): the webhook deliveries, each signed and sent from the alarm, retried
 * with backoff until delivered or given up (`workers/webhooks/schedule.ts`), and kept as the delivery log.
 */
export class WebhooksServer extends Server<Env> implements WebhooksRpc {
  static override options = { hibernate: true };

  private store = new WebhooksStore(this.ctx.storage.sql);
  /** The workspace's endpoints from D1, read once and again after `endpointsChanged`. */
  private endpoints: Map<string, WebhookEndpointRow> | null = null;

  override async onStart(): Promise<void> {
    runMigrations(storageTarget(this.ctx.storage), WEBHOOKS_SCHEMA);
  }

  async publish(events: WebhookEvent[]): Promise<void> {
    const endpoints = [...(await this.loadEndpoints()).values()];
    if (endpoints.length === 0) return;
    const now = Date.now();
    this.ctx.storage.transactionSync(() => {
      for (const event of events) {
        for (const endpoint of endpoints) {
          if (endpoint.events.includes(event.type)) this.store.add(endpoint.id, event, now);
        }
      }
    });
    await this.arm();
  }

  async endpointsChanged(): Promise<void> {
    this.endpoints = null;
  }

  async deliveries(endpointId: string, limit: number, before?: string): Promise<Delivery[]> {
    return this.store.list(endpointId, limit, before ? Date.parse(before) : undefined);
  }

  async delivery(endpointId: string, deliveryId: string): Promise<Delivery | null> {
    return this.store.get(endpointId, deliveryId);
  }

  async redeliver(endpointId: string, deliveryId: string): Promise<boolean> {
    const found = this.store.redeliver(endpointId, deliveryId, Date.now());
    if (found) await this.arm();
    return found;
  }

  override async onAlarm(): Promise<void> {
    await this.deliverDue(Date.now());
  }

  /** Sends what is due at `now` (the alarm's time), records each attempt, and sets the alarm for what is left. */
  async deliverDue(now: number): Promise<void> {
    const endpoints = await this.loadEndpoints();
    const due = this.store.due(now, BATCH);
    await Promise.all(due.map((d) => this.attempt(d, endpoints.get(d.endpointId), now)));
    await this.arm();
  }

  private async attempt(
    d: DueDelivery,
    endpoint: WebhookEndpointRow | undefined,
    now: number,
  ): Promise<void> {
    if (!endpoint) {
      const attempt = { at: now, statusCode: null, error: "the endpoint was deleted", durationMs: 0 };
      this.store.recordAttempt(d, attempt, { status: "failed", nextAttemptAt: null });
      return;
    }
    // Late-bound, so the outbound fetch is whatever the runtime provides at the time of sending.
    const result = await attemptDelivery((input, init) => fetch(input, init), endpoint, d);
    this.store.recordAttempt(d, { at: now, ...result }, afterAttempt(d.attempts + 1, result.ok, Date.now()));
  }

  private async arm(): Promise<void> {
    const next = this.store.nextDue();
    if (next === null) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(next);
  }

  private async loadEndpoints(): Promise<Map<string, WebhookEndpointRow>> {
    if (!this.endpoints) {
      const rows = await liveEndpoints(getDb(this.env.DB), this.name);
      this.endpoints = new Map(rows.map((r) => [r.id, r]));
    }
    return this.endpoints;
  }
}
