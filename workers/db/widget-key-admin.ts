import { and, desc, eq, isNull } from "drizzle-orm";
import { toBase64Url } from "../auth/encoding";
import { newId } from "../domain/ids";
import type { Db } from "./client";
import { widgetKeys } from "./schema";

/** Managing a workspace's publishable widget keys (`pk_…`); the Worker's check is in widget-keys.ts. */

const LISTED = {
  id: widgetKeys.id,
  key: widgetKeys.key,
  allowedOrigins: widgetKeys.allowedOrigins,
  createdAt: widgetKeys.createdAt,
  revokedAt: widgetKeys.revokedAt,
};

export async function createWidgetKey(db: Db, workspaceId: string, allowedOrigins: string[]) {
  const row = {
    id: newId("wk"),
    workspaceId,
    key: `pk_${toBase64Url(crypto.getRandomValues(new Uint8Array(18)))}`,
    allowedOrigins,
    createdAt: new Date().toISOString(),
    revokedAt: null,
  };
  await db.insert(widgetKeys).values(row);
  const { workspaceId: _ws, ...shown } = row;
  return shown;
}

export async function listWidgetKeys(db: Db, workspaceId: string) {
  return db
    .select(LISTED)
    .from(widgetKeys)
    .where(eq(widgetKeys.workspaceId, workspaceId))
    .orderBy(desc(widgetKeys.createdAt));
}

/** Replaces a live key's allowed origins; null when the workspace has no live key by that id. */
export async function setWidgetKeyOrigins(db: Db, workspaceId: string, id: string, allowedOrigins: string[]) {
  const rows = await db
    .update(widgetKeys)
    .set({ allowedOrigins })
    .where(and(eq(widgetKeys.workspaceId, workspaceId), eq(widgetKeys.id, id), isNull(widgetKeys.revokedAt)))
    .returning(LISTED);
  return rows[0] ?? null;
}

export async function revokeWidgetKey(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(widgetKeys)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(widgetKeys.workspaceId, workspaceId), eq(widgetKeys.id, id), isNull(widgetKeys.revokedAt)))
    .returning({ id: widgetKeys.id });
  return rows.length > 0;
}
