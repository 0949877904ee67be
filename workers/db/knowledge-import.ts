import { and, eq, inArray } from "drizzle-orm";
import type { ArticleCounts } from "../import/report";
import type { ImportedArticle } from "../import/sections";
import type { SemanticIndex } from "../knowledge/semantic-index";
import { createArticle, deleteArticle, getArticle, type KnowledgeDb, updateArticle } from "./knowledge";
import { knowledgeSources } from "./schema/index";

/** D1 binds at most 100 parameters a statement: lists are looked up in chunks under that. */
const CHUNK = 90;

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const contentOf = (a: ImportedArticle) => JSON.stringify([a.title, a.body, a.tags, a.language]);

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export interface AppliedImport {
  counts: ArticleCounts;
  /** Articles created or changed: what the vector index must embed. */
  written: string[];
}

/**
 * Writes one batch of imported articles for `source`: a key seen before updates its article when its
 * content changed and writes nothing otherwise; a new key whose body some article of the workspace's
 * imports already has shares that article; anything else creates one.
 */
export async function applyImport(
  db: KnowledgeDb,
  workspaceId: string,
  source: string,
  articles: readonly ImportedArticle[],
): Promise<AppliedImport> {
  const counts: ArticleCounts = { created: 0, updated: 0, unchanged: 0, merged: 0, removed: 0 };
  const written: string[] = [];
  const ofSource = and(eq(knowledgeSources.workspaceId, workspaceId), eq(knowledgeSources.source, source));
  const hashed = await Promise.all(
    articles.map(async (a) => ({ a, hash: await sha256(contentOf(a)), bodyHash: await sha256(a.body) })),
  );
  const known = new Map<string, typeof knowledgeSources.$inferSelect>();
  for (const keys of chunks(hashed.map((h) => h.a.key))) {
    const rows = await db
      .select()
      .from(knowledgeSources)
      .where(and(ofSource, inArray(knowledgeSources.key, keys)));
    for (const r of rows) known.set(r.key, r);
  }
  const byBody = new Map<string, string>();
  for (const bodies of chunks([...new Set(hashed.map((h) => h.bodyHash))])) {
    const rows = await db
      .select({ bodyHash: knowledgeSources.bodyHash, articleId: knowledgeSources.articleId })
      .from(knowledgeSources)
      .where(and(eq(knowledgeSources.workspaceId, workspaceId), inArray(knowledgeSources.bodyHash, bodies)));
    for (const r of rows) byBody.set(r.bodyHash, r.articleId);
  }

  const now = new Date().toISOString();
  for (const { a, hash, bodyHash } of hashed) {
    const row = known.get(a.key);
    const fields = { title: a.title, body: a.body, tags: a.tags, language: a.language };
    // Only the source that created an article rewrites it; a merged copy that changed gets its own.
    if (row?.owned && (await getArticle(db, workspaceId, row.articleId))) {
      if (row.contentHash === hash) {
        counts.unchanged += 1;
        continue;
      }
      await updateArticle(db, workspaceId, row.articleId, fields);
      await db
        .update(knowledgeSources)
        .set({ contentHash: hash, bodyHash, updatedAt: now })
        .where(and(ofSource, eq(knowledgeSources.key, a.key)));
      byBody.set(bodyHash, row.articleId);
      written.push(row.articleId);
      counts.updated += 1;
      continue;
    }
    if (row && !row.owned && row.contentHash === hash) {
      counts.unchanged += 1;
      continue;
    }
    const shared = byBody.get(bodyHash);
    const articleId = shared && (await getArticle(db, workspaceId, shared)) ? shared : null;
    const id = articleId ?? (await createArticle(db, workspaceId, fields)).id;
    if (articleId) counts.merged += 1;
    else {
      counts.created += 1;
      written.push(id);
      byBody.set(bodyHash, id);
    }
    const values = { articleId: id, contentHash: hash, bodyHash, owned: !articleId, updatedAt: now };
    await db
      .insert(knowledgeSources)
      .values({ workspaceId, source, key: a.key, ...values })
      .onConflictDoUpdate({
        target: [knowledgeSources.workspaceId, knowledgeSources.source, knowledgeSources.key],
        set: values,
      });
  }
  return { counts, written };
}

/**
 * Forgets the keys of `source` that the latest import does not `keep`, and deletes their articles when no other
 * source still points at them and an import created them (an article a person wrote is never deleted here).
 * Returns the deleted articles' ids.
 */
export async function removeMissing(
  db: KnowledgeDb,
  workspaceId: string,
  source: string,
  keep: (key: string) => boolean,
): Promise<string[]> {
  const ofSource = and(eq(knowledgeSources.workspaceId, workspaceId), eq(knowledgeSources.source, source));
  const rows = await db.select().from(knowledgeSources).where(ofSource);
  const gone = rows.filter((r) => !keep(r.key));
  const deleted: string[] = [];
  for (const r of gone) {
    await db.delete(knowledgeSources).where(and(ofSource, eq(knowledgeSources.key, r.key)));
    if (!r.owned) continue;
    const others = await db
      .select({ key: knowledgeSources.key })
      .from(knowledgeSources)
      .where(and(eq(knowledgeSources.workspaceId, workspaceId), eq(knowledgeSources.articleId, r.articleId)))
      .limit(1);
    if (others.length > 0) {
      // A merged copy still uses the article: it becomes its owner.
      await db
        .update(knowledgeSources)
        .set({ owned: true })
        .where(
          and(eq(knowledgeSources.workspaceId, workspaceId), eq(knowledgeSources.articleId, r.articleId)),
        );
      continue;
    }
    if (await deleteArticle(db, workspaceId, r.articleId)) deleted.push(r.articleId);
  }
  return deleted;
}

/**
 * Brings the vector index up to date after an import (production only): embeds what was written, drops
 * what was removed. Best effort like any article write: a failure is logged, `POST /knowledge/reindex`
 * repairs it.
 */
export async function reindexImported(
  index: SemanticIndex,
  db: KnowledgeDb,
  workspaceId: string,
  written: readonly string[],
  removed: readonly string[],
): Promise<void> {
  try {
    const articles = await Promise.all(written.map((id) => getArticle(db, workspaceId, id)));
    if (articles.length > 0)
      await index.indexArticles(
        workspaceId,
        articles.filter((a) => a !== null),
      );
    for (const id of removed) await index.removeArticle(id);
  } catch (error) {
    console.error(`import: indexing failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
