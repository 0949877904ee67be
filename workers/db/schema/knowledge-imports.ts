import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Where each imported article came from: a page of a sitemap or a file, and its section. A second import of
 * the same source finds its articles here, so it updates them instead of adding copies. Several sources may
 * point at one article (identical bodies are merged); `owned` marks the source whose import created it, so
 * removing a source never deletes an article a person wrote.
 */
export const knowledgeSources = sqliteTable(
  "knowledge_sources",
  {
    workspaceId: text("workspace_id").notNull(),
    /** The import's source: the sitemap URL, or the name given to uploaded files (`help-centre`). */
    source: text("source").notNull(),
    /** The page URL or file path, `#` the section's slug when the document was split. */
    key: text("key").notNull(),
    articleId: text("article_id").notNull(),
    /** SHA-256 of the article as imported (title, body, tags, language): unchanged content writes nothing. */
    contentHash: text("content_hash").notNull(),
    /** SHA-256 of the body alone: another source with the same body shares this article instead of copying it. */
    bodyHash: text("body_hash").notNull(),
    owned: integer("owned", { mode: "boolean" }).notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.source, t.key] }),
    index("knowledge_sources_article").on(t.workspaceId, t.articleId),
    index("knowledge_sources_body").on(t.workspaceId, t.bodyHash),
  ],
);

/** One import: its progress while a sitemap is crawled, and what it changed once done. */
export const knowledgeImports = sqliteTable(
  "knowledge_imports",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    kind: text("kind", { enum: ["files", "zip", "sitemap"] }).notNull(),
    source: text("source").notNull(),
    status: text("status", { enum: ["running", "done", "failed"] }).notNull(),
    /** `ImportReport` (workers/import/report.ts) as JSON: counts of pages and articles, errors. */
    report: text("report", { mode: "json" }).notNull(),
    createdAt: text("created_at").notNull(),
    finishedAt: text("finished_at"),
  },
  (t) => [index("knowledge_imports_workspace").on(t.workspaceId, t.createdAt)],
);
