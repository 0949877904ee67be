import { and, eq, isNull, type SQL } from "drizzle-orm";
import type { Db } from "./client";
import { widgetKeys } from "./schema/index";

const KEY_FIELDS = {
  id: widgetKeys.id,
  workspaceId: widgetKeys.workspaceId,
  allowedOrigins: widgetKeys.allowedOrigins,
};

/** A publishable widget key as the Worker checks it. */
export type WidgetKey = { id: string; workspaceId: string; allowedOrigins: string[] };

/** Creates the key, or leaves an existing one (same key) as it is: for the demo seed and for tests. */
export async function ensureWidgetKey(
  db: Db,
  input: { workspaceId: string; key: string; allowedOrigins?: string[] },
): Promise<void> {
  await db
    .insert(widgetKeys)
    .values({
      id: `wk_${input.key.slice(3, 19)}`,
      workspaceId: input.workspaceId,
      key: input.key,
      allowedOrigins: input.allowedOrigins ?? [],
      createdAt: new Date().toISOString(),
    })
    .onConflictDoNothing();
}

/** The workspace a live (not revoked) widget key belongs to, or null. One indexed read. */
export function findWidgetKey(db: Db, key: string): Promise<WidgetKey | null> {
  return findLiveKey(db, eq(widgetKeys.key, key));
}

/** The same, by the key's id (carried in the customer's token): null once the key is revoked. */
export function findWidgetKeyById(db: Db, id: string): Promise<WidgetKey | null> {
  return findLiveKey(db, eq(widgetKeys.id, id));
}

async function findLiveKey(db: Db, which: SQL): Promise<WidgetKey | null> {
  const row = await db
    .select(KEY_FIELDS)
    .from(widgetKeys)
    .where(and(which, isNull(widgetKeys.revokedAt)))
    .get();
  return row ?? null;
}

/** Whether a page at `origin` may use the key: any origin when its list is empty. */
export function originAllowed(key: WidgetKey, origin: string | null | undefined): boolean {
  return key.allowedOrigins.length === 0 || (!!origin && key.allowedOrigins.includes(origin));
}
