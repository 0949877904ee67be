import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { workspaces } from "./workspaces";

/**
 * A workspace's identity verification for the widget: the secret its own server signs visitors' identities
 * with, and whether an unverified visitor may chat at all.
 */
export const widgetIdentity = sqliteTable("widget_identity", {
  workspaceId: text("workspace_id")
    .primaryKey()
    .references(() => workspaces.id),
  /** Kept as is: verifying an HMAC needs the secret itself. Shown once, when it is made. */
  secret: text("secret"),
  enforce: integer("enforce", { mode: "boolean" }).notNull().default(false),
  updatedAt: text("updated_at").notNull(),
});

/**
 * A verified customer's latest conversation, so they find it again on another device. Only verified ids are
 * recorded: an unverified visitor could otherwise open someone else's chat by claiming their id.
 */
export const widgetCustomers = sqliteTable(
  "widget_customers",
  {
    workspaceId: text("workspace_id").notNull(),
    userId: text("user_id").notNull(),
    conversationId: text("conversation_id").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] })],
);
