import { and, asc, eq } from "drizzle-orm";
import { newId } from "../domain/ids";
import type { CannedReply } from "../protocol/replies";
import type { Db } from "./client";
import { cannedReplies } from "./schema/index";

const pick = (r: typeof cannedReplies.$inferSelect): CannedReply => ({
  id: r.id,
  shortcut: r.shortcut,
  text: r.text,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const scoped = (workspaceId: string, id: string) =>
  and(eq(cannedReplies.workspaceId, workspaceId), eq(cannedReplies.id, id));

/** The workspace's canned replies, by shortcut. */
export async function listCannedReplies(db: Db, workspaceId: string): Promise<CannedReply[]> {
  const rows = await db
    .select()
    .from(cannedReplies)
    .where(eq(cannedReplies.workspaceId, workspaceId))
    .orderBy(asc(cannedReplies.shortcut));
  return rows.map(pick);
}

export async function findCannedReplyByShortcut(
  db: Db,
  workspaceId: string,
  shortcut: string,
): Promise<CannedReply | null> {
  const row = await db
    .select()
    .from(cannedReplies)
    .where(and(eq(cannedReplies.workspaceId, workspaceId), eq(cannedReplies.shortcut, shortcut)))
    .get();
  return row ? pick(row) : null;
}

export async function getCannedReply(db: Db, workspaceId: string, id: string): Promise<CannedReply | null> {
  const row = await db.select().from(cannedReplies).where(scoped(workspaceId, id)).get();
  return row ? pick(row) : null;
}

export async function createCannedReply(
  db: Db,
  workspaceId: string,
  input: { shortcut: string; text: string },
): Promise<CannedReply> {
  const now = new Date().toISOString();
  const row = { id: newId("cr"), workspaceId, ...input, createdAt: now, updatedAt: now };
  await db.insert(cannedReplies).values(row);
  return pick(row);
}

export async function updateCannedReply(
  db: Db,
  workspaceId: string,
  id: string,
  input: { shortcut?: string; text?: string },
): Promise<CannedReply | null> {
  await db
    .update(cannedReplies)
    .set({ ...input, updatedAt: new Date().toISOString() })
    .where(scoped(workspaceId, id));
  return getCannedReply(db, workspaceId, id);
}

/** Whether there was such a reply to delete. */
export async function deleteCannedReply(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(cannedReplies)
    .where(scoped(workspaceId, id))
    .returning({ id: cannedReplies.id });
  return deleted.length > 0;
}
