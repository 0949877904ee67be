import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** The durable, queryable record. Conversation DOs own the live state and write here through their outbox. */

export const conversations = sqliteTable(
  "conversations",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    status: text("status").notNull(),
    customer: text("customer", { mode: "json" }).notNull(),
    lastSeq: integer("last_seq").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    index("conversations_workspace_status").on(t.workspaceId, t.status, t.updatedAt),
    // The metrics' cohort: a workspace's conversations created in a range.
    index("conversations_workspace_created").on(t.workspaceId, t.createdAt),
    // GET /conversations without a status filter: most recently active first, ties by id.
    index("conversations_workspace_updated").on(t.workspaceId, t.updatedAt, t.id),
  ],
);

export const messages = sqliteTable(
  "messages",
  {
    conversationId: text("conversation_id").notNull(),
    seq: integer("seq").notNull(),
    id: text("id").notNull(),
    workspaceId: text("workspace_id").notNull(),
    role: text("role").notNull(),
    text: text("text").notNull(),
    clientId: text("client_id"),
    meta: text("meta", { mode: "json" }).notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.seq] }), index("messages_workspace").on(t.workspaceId)],
);

export const handoffs = sqliteTable(
  "handoffs",
  {
    /** A conversation can be handed off again after it was resolved, so each handoff has its own id. */
    id: text("id").primaryKey(),
    conversationId: text("conversation_id").notNull(),
    workspaceId: text("workspace_id").notNull(),
    /** The seq of the customer message (or system event) that caused it. */
    seq: integer("seq").notNull(),
    trigger: text("trigger"),
    triggers: text("triggers", { mode: "json" }).notNull(),
    /** Null for a handoff forced before the engine read any customer message. */
    signals: text("signals", { mode: "json" }),
    explanation: text("explanation").notNull(),
    summary: text("summary"),
    customerGoal: text("customer_goal"),
    /** What the bot already tried, so the agent does not repeat it. */
    attempted: text("attempted", { mode: "json" }).$type<string[]>(),
    category: text("category"),
    skill: text("skill"),
    agentId: text("agent_id"),
    createdAt: text("created_at").notNull(),
    queuedAt: text("queued_at"),
    assignedAt: text("assigned_at"),
    resolvedAt: text("resolved_at"),
  },
  (t) => [
    index("handoffs_workspace").on(t.workspaceId, t.createdAt),
    index("handoffs_conversation").on(t.conversationId),
  ],
);
