import { sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** A workspace's canned replies: agents insert one by typing `/` and its shortcut in the composer. */
export const cannedReplies = sqliteTable(
  "canned_replies",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    shortcut: text("shortcut").notNull(),
    text: text("text").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [uniqueIndex("canned_replies_shortcut").on(t.workspaceId, t.shortcut)],
);
