import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The bot's knowledge base. Full-text search runs on `knowledge_fts`, an FTS5 table kept in step with this one
 * by triggers (migrations/0003_knowledge_fts.sql); drizzle does not model virtual tables.
 */
export const knowledgeArticles = sqliteTable(
  "knowledge_articles",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
    language: text("language").notNull().default("en"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("knowledge_workspace").on(t.workspaceId, t.updatedAt)],
);
