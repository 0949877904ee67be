import { and, eq, isNull } from "drizzle-orm";
import { newId } from "../domain/ids";
import { generateWebhookSecret } from "../webhooks/signature";
import type { Db } from "./client";
import { webhookEndpoints } from "./schema/index";

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;

/** A workspace's live endpoints, secrets included: for the dispatcher only, never for a response. */
export function liveEndpoints(db: Db, workspaceId: string): Promise<WebhookEndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.workspaceId, workspaceId), isNull(webhookEndpoints.deletedAt)))
    .all();
}

export async function createEndpoint(
  db: Db,
  workspaceId: string,
  input: { url: string; events: string[] },
): Promise<WebhookEndpointRow> {
  const row = {
    id: newId("wh"),
    workspaceId,
    url: input.url,
    events: input.events,
    secret: generateWebhookSecret(),
    createdAt: new Date().toISOString(),
    deletedAt: null,
  };
  await db.insert(webhookEndpoints).values(row);
  return row;
}

export function getEndpoint(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<WebhookEndpointRow | undefined> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.workspaceId, workspaceId),
        eq(webhookEndpoints.id, id),
        isNull(webhookEndpoints.deletedAt),
      ),
    )
    .get();
}

/** Marks it deleted: it receives nothing more, and its pending deliveries give up. */
export async function deleteEndpoint(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .update(webhookEndpoints)
    .set({ deletedAt: new Date().toISOString() })
    .where(
      and(
        eq(webhookEndpoints.workspaceId, workspaceId),
        eq(webhookEndpoints.id, id),
        isNull(webhookEndpoints.deletedAt),
      ),
    );
  return result.meta.changes > 0;
}
