import type { MigrationStep } from "../shared/sqlite-migrations";

/**
 * The Conversation DO's SQLite schema, as numbered steps (see `../shared/sqlite-migrations.ts`). Append a
 * step to change it; never edit one that has shipped, since objects in the field ran it as it was.
 */
export const CONVERSATION_SCHEMA: readonly MigrationStep[] = [
  // 1: the schema as first shipped (every object made before versioning has exactly these tables).
  (sql) => {
    sql.exec(`
      CREATE TABLE IF NOT EXISTS conversation (
        id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, status TEXT NOT NULL, customer TEXT NOT NULL,
        handoff TEXT, context_start_seq INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS messages (
        seq INTEGER PRIMARY KEY, id TEXT NOT NULL, role TEXT NOT NULL, text TEXT NOT NULL,
        client_id TEXT UNIQUE, meta TEXT NOT NULL, created_at TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, payload TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE IF NOT EXISTS outbox_dead (
        id INTEGER PRIMARY KEY, kind TEXT NOT NULL, payload TEXT NOT NULL, error TEXT NOT NULL, at TEXT NOT NULL
      );
    `);
  },
  // 2: a clientId is unique per author (customer, bot, each agent), not per conversation: a bot post that
  // happens to reuse a customer's clientId is a different message. SQLite cannot drop a column's UNIQUE, so
  // the table is rebuilt; existing rows get their author's scope (agents' from the agentId in their meta).
  (sql) => {
    sql.exec(`
      CREATE TABLE messages_v2 (
        seq INTEGER PRIMARY KEY, id TEXT NOT NULL, role TEXT NOT NULL, text TEXT NOT NULL,
        client_id TEXT, client_scope TEXT, meta TEXT NOT NULL, created_at TEXT NOT NULL,
        UNIQUE (client_scope, client_id)
      );
      INSERT INTO messages_v2 (seq, id, role, text, client_id, client_scope, meta, created_at)
        SELECT seq, id, role, text, client_id,
          CASE
            WHEN client_id IS NULL THEN NULL
            WHEN role = 'agent' THEN 'agent:' || COALESCE(json_extract(meta, '$.agentId'), '')
            ELSE role
          END,
          meta, created_at
        FROM messages;
      DROP TABLE messages;
      ALTER TABLE messages_v2 RENAME TO messages;
    `);
  },
  // 3: the AI rep a conversation was started with (null: the workspace's own bot).
  (sql) => {
    sql.exec("ALTER TABLE conversation ADD COLUMN rep_id TEXT");
  },
];
