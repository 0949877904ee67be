import { and, eq } from "drizzle-orm";
import type { Db } from "./client";
import { widgetCustomers, widgetIdentity } from "./schema/index";

export type WidgetIdentitySettings = { secret: string | null; enforce: boolean };

/** The workspace's identity settings; a workspace that never set them has no secret and enforces nothing. */
export async function loadWidgetIdentity(db: Db, workspaceId: string): Promise<WidgetIdentitySettings> {
  const row = await db
    .select({ secret: widgetIdentity.secret, enforce: widgetIdentity.enforce })
    .from(widgetIdentity)
    .where(eq(widgetIdentity.workspaceId, workspaceId))
    .get();
  return row ?? { secret: null, enforce: false };
}

export async function saveWidgetIdentity(
  db: Db,
  workspaceId: string,
  change: Partial<WidgetIdentitySettings>,
): Promise<void> {
  const updatedAt = new Date().toISOString();
  await db
    .insert(widgetIdentity)
    .values({ workspaceId, secret: change.secret ?? null, enforce: change.enforce ?? false, updatedAt })
    .onConflictDoUpdate({ target: widgetIdentity.workspaceId, set: { ...change, updatedAt } });
}

/** The verified customer's latest conversation in this workspace, if any. */
export async function findCustomerConversation(
  db: Db,
  workspaceId: string,
  userId: string,
): Promise<string | null> {
  const row = await db
    .select({ id: widgetCustomers.conversationId })
    .from(widgetCustomers)
    .where(and(eq(widgetCustomers.workspaceId, workspaceId), eq(widgetCustomers.userId, userId)))
    .get();
  return row?.id ?? null;
}

export async function rememberCustomerConversation(
  db: Db,
  workspaceId: string,
  userId: string,
  conversationId: string,
): Promise<void> {
  const updatedAt = new Date().toISOString();
  await db
    .insert(widgetCustomers)
    .values({ workspaceId, userId, conversationId, updatedAt })
    .onConflictDoUpdate({
      target: [widgetCustomers.workspaceId, widgetCustomers.userId],
      set: { conversationId, updatedAt },
    });
}
