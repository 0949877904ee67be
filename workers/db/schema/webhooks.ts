import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Where a workspace wants to hear what happens. The secret signs every delivery, so it is kept in clear
 * (like a password manager's entry, not a password): it is shown once at creation, never listed again.
 */
export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    url: text("url").notNull(),
    /** Event types this endpoint receives. */
    events: text("events", { mode: "json" }).$type<string[]>().notNull(),
    secret: text("secret").notNull(),
    createdAt: text("created_at").notNull(),
    /** Deleted endpoints are kept (their delivery log still names them) but receive nothing. */
    deletedAt: text("deleted_at"),
  },
  (t) => [index("webhook_endpoints_workspace").on(t.workspaceId)],
);

/** An agent's rating of a handoff they received: was a person needed, was the summary accurate. */
export const handoffRatings = sqliteTable(
  "handoff_ratings",
  {
    conversationId: text("conversation_id").notNull(),
    /** The handoff's id (`<conversationId>:<seq>`): one rating per agent per handoff. */
    handoffId: text("handoff_id").notNull(),
    workspaceId: text("workspace_id").notNull(),
    agentId: text("agent_id").notNull(),
    needed: integer("needed", { mode: "boolean" }).notNull(),
    summaryAccuracy: integer("summary_accuracy").notNull(),
    comment: text("comment"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.handoffId, t.agentId] }),
    index("handoff_ratings_workspace").on(t.workspaceId, t.createdAt),
  ],
);
