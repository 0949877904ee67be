import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const workspaces = sqliteTable("workspaces", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  /** The workspace's handoff rules document (JSON); null means the defaults. */
  rules: text("rules", { mode: "json" }),
  /** The bot's persona (name, tone, greeting, confidence threshold, on/off); null means the defaults. */
  persona: text("persona", { mode: "json" }),
  /** Routing and business-hours settings; null means the defaults. */
  settings: text("settings", { mode: "json" }),
  /** The workspace's AI reps (workers/bot/reps.ts); null means none. */
  reps: text("reps", { mode: "json" }),
  /**
   * Bumped by every change to rules, persona, settings or reps, so a conversation's cached copy is checked with one
   * tiny read instead of re-reading the three documents on every message.
   */
  configVersion: integer("config_version").notNull().default(0),
  createdAt: text("created_at").notNull(),
});

export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id),
    name: text("name").notNull(),
    /** SHA-256 of the key, hex; the key itself is shown once and never stored. */
    keyHash: text("key_hash").notNull(),
    /** The first characters of the key, so a person can tell keys apart. */
    prefix: text("prefix").notNull(),
    createdAt: text("created_at").notNull(),
    revokedAt: text("revoked_at"),
    /** What the key may do (auth/scopes.ts); null: everything (the first key, and keys made before scopes). */
    scopes: text("scopes", { mode: "json" }).$type<string[]>(),
    /** Set on use, at most once a minute, so a busy key costs one write a minute. */
    lastUsedAt: text("last_used_at"),
  },
  (t) => [uniqueIndex("api_keys_key_hash").on(t.keyHash), index("api_keys_workspace").on(t.workspaceId)],
);

/**
 * Publishable keys for the chat widget (`pk_…`). They sit in customers' pages, so they are not secrets:
 * kept in clear (to be shown in settings), and they can only start conversations.
 */
export const widgetKeys = sqliteTable(
  "widget_keys",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id),
    key: text("key").notNull(),
    /** Origins (`https://shop.example`) whose pages may use the key; empty: any origin. */
    allowedOrigins: text("allowed_origins", { mode: "json" }).$type<string[]>().notNull(),
    createdAt: text("created_at").notNull(),
    revokedAt: text("revoked_at"),
  },
  (t) => [uniqueIndex("widget_keys_key").on(t.key), index("widget_keys_workspace").on(t.workspaceId)],
);
