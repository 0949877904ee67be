import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "./client";
import { widgetKeys } from "./schema/index";

/** A publishable widget key as the Worker checks it. */
export type WidgetKey = { workspaceId: string; allowedOrigins: string[] };

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
export async function findWidgetKey(db: Db, key: string): Promise<WidgetKey | null> {
  const row = await db
    .select({ workspaceId: widgetKeys.workspaceId, allowedOrigins: widgetKeys.allowedOrigins })
    .from(widgetKeys)
    .where(and(eq(widgetKeys.key, key), isNull(widgetKeys.revokedAt)))
    .get();
  return row ?? null;
}
