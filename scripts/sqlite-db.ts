import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DatabaseSync, type SQLInputValue } from "node:sqlite";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import type { KnowledgeDb } from "../workers/db/knowledge";
import * as schema from "../workers/db/schema/index";

const MIGRATIONS = path.join(import.meta.dirname, "..", "migrations");

/**
 * An in-memory SQLite database in Node with every D1 migration applied (FTS5 index and triggers included),
 * behind drizzle, so scripts run the Worker's own data functions and SQL offline and in milliseconds.
 * SQLite is the engine D1 runs, so full-text search and bm25 rank exactly as they do in production.
 */
export function migratedSqliteDb(): KnowledgeDb {
  const sqlite = new DatabaseSync(":memory:");
  for (const file of readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    sqlite.exec(readFileSync(path.join(MIGRATIONS, file), "utf8").replaceAll("--> statement-breakpoint", ""));
  }
  return drizzle(
    async (query, params, method) => {
      const statement = sqlite.prepare(query);
      const values = params as SQLInputValue[];
      if (method === "run") {
        statement.run(...values);
        return { rows: [] };
      }
      // drizzle's proxy driver maps rows from arrays of column values.
      statement.setReturnArrays(true);
      // For "get", `rows` is the one row itself, or undefined when there is none.
      if (method === "get") return { rows: statement.get(...values) as unknown as unknown[] };
      return { rows: statement.all(...values) as unknown[] };
    },
    { schema },
  );
}
