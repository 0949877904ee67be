import { and, eq, notInArray } from "drizzle-orm";
import type { Db } from "./client";
import { conversations } from "./schema";

/** The workspace's conversations that are not over (resolved or abandoned), as D1 last recorded them. */
export async function activeConversationIds(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(
      and(
        eq(conversations.workspaceId, workspaceId),
        notInArray(conversations.status, ["resolved", "abandoned"]),
      ),
    );
  return rows.map((r) => r.id);
}
