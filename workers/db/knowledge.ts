import { and, count, desc, eq, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { type BaseSQLiteDatabase, integer, sqliteTable } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import type { ChatTurn } from "../ai/provider";
import { newId } from "../domain/ids";
import { type Article, type ArticleInput, ArticleInputSchema, type ArticlePatch } from "../knowledge/article";
import { expandTerms, type QueryTerm, titleVocabulary, type Vocabulary } from "../knowledge/expand";
import { fuseRetrieval, type Neighbour } from "../knowledge/fusion";
import { LEXICON_WORDS } from "../knowledge/lexicon";
import { bestPassage } from "../knowledge/passages";
import { type ExpandedQuery, rankCandidates } from "../knowledge/rank";
import type { SemanticIndex } from "../knowledge/semantic-index";
import { contentTerms, formsExpression } from "../knowledge/terms";
import { buildTurnQuery, semanticText, type TurnQueryOptions } from "../knowledge/turn-query";
import type { KnowledgeCandidate, RetrievedArticle, TermStats } from "../knowledge/types";
import type * as schema from "./schema/index";
import { knowledgeArticles } from "./schema/index";

/**
 * The database these functions need: D1 through drizzle in the Worker (`Db`), or any other async SQLite
 * drizzle database with the same schema, so the bot eval runs this very code on `node:sqlite`.
 */
export type KnowledgeDb = BaseSQLiteDatabase<"async", unknown, typeof schema>;

/**
 * The FTS5 index of migrations/0003_knowledge_fts.sql, declared for queries only: it lives outside
 * workers/db/schema so drizzle-kit never tries to create it as a plain table.
 */
const knowledgeFts = sqliteTable("knowledge_fts", { rowid: integer("rowid").notNull() });

/** bm25 column weights (title, body, tags): a word in the title says more about the topic than in the body. */
const RANK = sql<number>`bm25(${knowledgeFts}, 8.0, 1.0, 4.0)`;
/** Candidates full-text search hands to the bot's ranking; enough that context words do not crowd out. */
const CANDIDATES = 20;
const DEFAULT_RETRIEVED = 3;

const articleColumns = {
  id: knowledgeArticles.id,
  title: knowledgeArticles.title,
  body: knowledgeArticles.body,
  tags: knowledgeArticles.tags,
  language: knowledgeArticles.language,
  createdAt: knowledgeArticles.createdAt,
  updatedAt: knowledgeArticles.updatedAt,
};

const inWorkspace = (workspaceId: string) => eq(knowledgeArticles.workspaceId, workspaceId);
const ofArticle = (workspaceId: string, id: string) =>
  and(inWorkspace(workspaceId), eq(knowledgeArticles.id, id));
const joinFts = sql`${knowledgeArticles}.rowid = ${knowledgeFts.rowid}`;
const matches = (expression: string) => sql`${knowledgeFts} MATCH ${expression}`;

/**
 * Articles carrying one of `tags` (compared without case): an AI rep's part of the help centre. No tags, or
 * none given: every article.
 */
function withTags(tags: readonly string[] | undefined): SQL | undefined {
  if (!tags || tags.length === 0) return undefined;
  const wanted = tags.map((t) => t.toLowerCase());
  return sql`exists (select 1 from json_each(${knowledgeArticles.tags}) where lower(value) in ${wanted})`;
}

export async function createArticle(
  db: KnowledgeDb,
  workspaceId: string,
  input: ArticleInput,
  id = newId("kb"),
): Promise<Article> {
  const { title, body, tags, language } = ArticleInputSchema.parse(input);
  const now = new Date().toISOString();
  const article = { id, title, body, tags, language, createdAt: now, updatedAt: now };
  await db.insert(knowledgeArticles).values({ ...article, workspaceId });
  return article;
}

/** The article, or null when it does not exist in this workspace (another workspace's article included). */
export async function getArticle(db: KnowledgeDb, workspaceId: string, id: string): Promise<Article | null> {
  const row = await db.select(articleColumns).from(knowledgeArticles).where(ofArticle(workspaceId, id)).get();
  return row ?? null;
}

/** Where a page ended: opaque to clients, `updatedAt` and `id` of its last article. */
function pageCursor(a: Pick<Article, "updatedAt" | "id">): string {
  return `${a.updatedAt}~${a.id}`;
}

function afterCursor(cursor: string): SQL | undefined {
  const [updatedAt, id] = cursor.split("~");
  if (!updatedAt || !id) return undefined;
  return or(
    lt(knowledgeArticles.updatedAt, updatedAt),
    and(eq(knowledgeArticles.updatedAt, updatedAt), lt(knowledgeArticles.id, id)),
  );
}

/** Articles most recently changed first; `next` continues the list, null on the last page. */
export async function listArticles(
  db: KnowledgeDb,
  workspaceId: string,
  page: { limit: number; cursor?: string },
): Promise<{ articles: Article[]; next: string | null }> {
  const rows = await db
    .select(articleColumns)
    .from(knowledgeArticles)
    .where(and(inWorkspace(workspaceId), page.cursor ? afterCursor(page.cursor) : undefined))
    .orderBy(desc(knowledgeArticles.updatedAt), desc(knowledgeArticles.id))
    .limit(page.limit + 1);
  const articles = rows.slice(0, page.limit);
  const last = articles.at(-1);
  return { articles, next: rows.length > page.limit && last ? pageCursor(last) : null };
}

/** Applies a change; null when there is no such article in this workspace. */
export async function updateArticle(
  db: KnowledgeDb,
  workspaceId: string,
  id: string,
  patch: ArticlePatch,
): Promise<Article | null> {
  const [row] = await db
    .update(knowledgeArticles)
    .set({ ...patch, updatedAt: new Date().toISOString() })
    .where(ofArticle(workspaceId, id))
    .returning(articleColumns);
  return row ?? null;
}

/** Deletes the article; false when there was none in this workspace. */
export async function deleteArticle(db: KnowledgeDb, workspaceId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(knowledgeArticles)
    .where(ofArticle(workspaceId, id))
    .returning({ id: knowledgeArticles.id });
  return deleted.length > 0;
}

/** A query word searched as itself only: the REST search, and the first look at which words are known. */
const literal = (term: string): QueryTerm => ({ term, forms: [term], own: 1, salience: 1 });

async function searchCandidates(
  db: KnowledgeDb,
  workspaceId: string,
  terms: readonly QueryTerm[],
  language: string,
  limit: number,
  tags?: readonly string[],
): Promise<KnowledgeCandidate[]> {
  const expression = formsExpression(terms, language);
  if (!expression) return [];
  return db
    .select({
      id: knowledgeArticles.id,
      title: knowledgeArticles.title,
      body: knowledgeArticles.body,
      tags: knowledgeArticles.tags,
      language: knowledgeArticles.language,
      bm25: RANK,
    })
    .from(knowledgeFts)
    .innerJoin(knowledgeArticles, joinFts)
    .where(and(matches(expression), inWorkspace(workspaceId), withTags(tags)))
    .orderBy(RANK)
    .limit(limit);
}

/** A full-text search hit for the REST search. */
export interface SearchHit {
  id: string;
  title: string;
  tags: string[];
  language: string;
  /** -bm25: higher is better. */
  score: number;
  /** The paragraph with the most of the query's words. */
  passage: string;
}

/**
 * Full-text search (FTS5, bm25) of the workspace's articles for free text. Any text is safe: the query is
 * built from its words, each quoted, so FTS5 syntax typed by a person is searched for, never interpreted.
 */
export async function searchKnowledge(
  db: KnowledgeDb,
  workspaceId: string,
  query: string,
  limit: number,
): Promise<SearchHit[]> {
  const terms = contentTerms(query).map(literal);
  const hits = await searchCandidates(db, workspaceId, terms, "en", limit);
  const weights = terms.map((term) => ({ term, weight: 1 }));
  return hits.map((h) => ({
    id: h.id,
    title: h.title,
    tags: [...h.tags],
    language: h.language,
    score: -h.bm25,
    passage: bestPassage(h.body, weights, h.language),
  }));
}

/**
 * How many of the workspace's articles contain each term, in one statement: one aggregate with a membership
 * test per term (D1 caps compound SELECTs at a handful of terms, so no UNION).
 */
async function termStats(
  db: KnowledgeDb,
  workspaceId: string,
  terms: readonly QueryTerm[],
  language: string,
): Promise<TermStats> {
  const perTerm = terms.map(
    (term) =>
      sql<number>`coalesce(sum(${knowledgeArticles}.rowid in (select ${knowledgeFts.rowid} from ${knowledgeFts} where ${matches(formsExpression([term], language, false) ?? '""')})), 0)`,
  );
  const row = await db
    .select({ articles: count(), perTerm: sql<string>`json_array(${sql.join(perTerm, sql`, `)})` })
    .from(knowledgeArticles)
    .where(inWorkspace(workspaceId))
    .get();
  const counts = z
    .array(z.number())
    .catch([])
    .parse(JSON.parse(row?.perTerm ?? "[]"));
  return {
    articles: row?.articles ?? 0,
    documentFrequency: new Map(terms.map((term, i) => [term.term, counts[i] ?? 0])),
  };
}

/**
 * The articles the vector index found that full-text search did not, read from D1 in the workspace: the
 * index's namespace already keeps workspaces apart, and this keeps them apart even if it did not.
 */
async function articlesByIds(
  db: KnowledgeDb,
  workspaceId: string,
  ids: readonly string[],
  tags?: readonly string[],
): Promise<KnowledgeCandidate[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(articleColumns)
    .from(knowledgeArticles)
    .where(and(inWorkspace(workspaceId), inArray(knowledgeArticles.id, [...ids]), withTags(tags)));
  // Not matched by full text: bm25 0 adds nothing to the word-based score.
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    body: r.body,
    tags: r.tags,
    language: r.language,
    bm25: 0,
  }));
}

export interface RetrieveOptions extends TurnQueryOptions {
  limit?: number;
  /** Production's vector index (`semanticIndexFor(env)`); without it retrieval is full-text search alone. */
  semantic?: SemanticIndex;
  /** Only articles with one of these tags (an AI rep's scope); none: the whole help centre. */
  tags?: readonly string[];
}

/**
 * The articles that best answer the customer's latest message, best first, reading earlier customer messages
 * as context so a follow-up ("and with Teams?") finds its topic. `history` is the conversation up to and
 * including that message; an empty list when nothing in the knowledge base shares a word with the question.
 * With `semantic`, the index's nearest articles are fused in (`fuseRetrieval`); when the index fails, the
 * result is exactly full-text retrieval's.
 */
export async function retrieveForTurn(
  db: KnowledgeDb,
  workspaceId: string,
  history: readonly ChatTurn[],
  options: RetrieveOptions = {},
): Promise<RetrievedArticle[]> {
  const turn = buildTurnQuery(history, options);
  const words = [...turn.terms, ...turn.context];
  if (words.length === 0) return [];
  const limit = options.limit ?? DEFAULT_RETRIEVED;
  const [headings, known, neighbours] = await Promise.all([
    articleHeadings(db, workspaceId),
    termStats(db, workspaceId, words.map(literal), turn.language),
    options.semantic?.neighbours(workspaceId, semanticText(history, options)) ?? null,
  ]);
  const vocabulary: Vocabulary = {
    words: new Set([...titleVocabulary(headings), ...LEXICON_WORDS]),
    languages: new Set(headings.map((h) => h.language)),
  };
  const unknown = new Set(words.filter((w) => (known.documentFrequency.get(w) ?? 0) === 0));
  const query: ExpandedQuery = {
    terms: expandTerms(turn.terms, turn.language, vocabulary, unknown, new Set(turn.names)),
    context: expandTerms(turn.context, turn.language, vocabulary, unknown),
    language: turn.language,
  };
  const all = [...query.terms, ...query.context];
  const [candidates, expanded] = await Promise.all([
    searchCandidates(db, workspaceId, all, turn.language, CANDIDATES, options.tags),
    termStats(db, workspaceId, all, turn.language),
  ]);
  const stats = specificStats(known, expanded);
  if (!neighbours) return rankCandidates(candidates, query, stats, limit);
  return hybrid(db, workspaceId, query, stats, candidates, neighbours, limit, options.tags);
}

/**
 * A word the articles use weighs by how many contain it, not by how many contain any word of its concept:
 * the customer's "receipt" is as specific as "receipt", though "bill" and "statement" are everywhere. A word
 * they do not use weighs by its concept, corrections and compounds.
 */
function specificStats(literal: TermStats, expanded: TermStats): TermStats {
  const documentFrequency = new Map(expanded.documentFrequency);
  for (const [term, df] of literal.documentFrequency) if (df > 0) documentFrequency.set(term, df);
  return { articles: expanded.articles, documentFrequency };
}

/**
 * Every article's title, tags and language: the workspace's own names for things, which typos are corrected
 * towards, and the languages concepts are searched in.
 */
async function articleHeadings(db: KnowledgeDb, workspaceId: string) {
  return db
    .select({
      title: knowledgeArticles.title,
      tags: knowledgeArticles.tags,
      language: knowledgeArticles.language,
    })
    .from(knowledgeArticles)
    .where(inWorkspace(workspaceId));
}

async function hybrid(
  db: KnowledgeDb,
  workspaceId: string,
  query: ExpandedQuery,
  stats: TermStats,
  candidates: readonly KnowledgeCandidate[],
  neighbours: readonly Neighbour[],
  limit: number,
  tags?: readonly string[],
): Promise<RetrievedArticle[]> {
  const found = new Set(candidates.map((c) => c.id));
  const others = await articlesByIds(
    db,
    workspaceId,
    neighbours.map((n) => n.articleId).filter((id) => !found.has(id)),
    tags,
  );
  return fuseRetrieval(
    rankCandidates(candidates, query, stats, candidates.length),
    rankCandidates(others, query, stats, others.length),
    neighbours,
    limit,
  );
}
