import { createRoute, z } from "@hono/zod-openapi";
import { getDb } from "../../db/client";
import {
  createArticle,
  deleteArticle,
  getArticle,
  listArticles,
  searchKnowledge,
  updateArticle,
} from "../../db/knowledge";
import { ArticleInputSchema, ArticlePatchSchema, ArticleSchema } from "../../knowledge/article";
import { ApiError, notFound } from "../errors";
import { afterArticleWrite, requireSemanticIndex } from "../knowledge-indexing";
import { requireManager } from "../middleware/auth";
import { createApi, errorResponses, failure, IdParam, json, jsonBody } from "../openapi";

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional().openapi({ description: "`next` of the previous page" }),
});

const SearchQuery = z.object({
  q: z.string().max(500, "at most 500 characters").openapi({ description: "Words to look for" }),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

const SearchHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  tags: z.array(z.string()),
  language: z.string(),
  score: z.number().openapi({ description: "Full-text relevance (bm25, negated): higher is better" }),
  passage: z.string().openapi({ description: "The paragraph with the most of the query's words" }),
});

const ReindexQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(25),
  cursor: z.string().max(200).optional().openapi({ description: "`next` of the previous call" }),
});

const articleNotFound = () => notFound("article");

export const knowledgeRoutes = createApi();
// Reading the knowledge base is for every agent; changing it, for integrations and supervisors.
knowledgeRoutes.on("POST", ["/", "/reindex"], requireManager());
knowledgeRoutes.on(["PATCH", "DELETE"], "/:id", requireManager());

knowledgeRoutes
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Add an article to the knowledge base",
      request: { body: jsonBody(ArticleInputSchema) },
      responses: { 201: json(ArticleSchema, "The new article"), ...errorResponses },
    }),
    async (c) => {
      const workspaceId = c.get("workspaceId");
      const article = await createArticle(getDb(c.env.DB), workspaceId, c.req.valid("json"));
      afterArticleWrite(c, (index) => index.indexArticles(workspaceId, [article]));
      return c.json(article, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "List articles, most recently changed first",
      request: { query: ListQuery },
      responses: {
        200: json(z.object({ articles: z.array(ArticleSchema), next: z.string().nullable() }), "A page"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listArticles(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("query")), 200),
  )
  // Before /{id}, which would otherwise take "search" for an id.
  .openapi(
    createRoute({
      method: "get",
      path: "/search",
      summary: "Full-text search of the knowledge base (FTS5, bm25)",
      description: "Any text is accepted: FTS5 operators and punctuation are searched for as words.",
      request: { query: SearchQuery },
      responses: {
        200: json(z.object({ results: z.array(SearchHitSchema) }), "Best matches first"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { q, limit } = c.req.valid("query");
      const results = await searchKnowledge(getDb(c.env.DB), c.get("workspaceId"), q, limit);
      return c.json({ results }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "An article",
      request: { params: IdParam },
      responses: { 200: json(ArticleSchema, "The article"), ...errorResponses },
    }),
    async (c) => {
      const article = await getArticle(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("param").id);
      if (!article) throw articleNotFound();
      return c.json(article, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      summary: "Change an article",
      description: "The fields sent replace the article's; the others stay as they are.",
      request: { params: IdParam, body: jsonBody(ArticlePatchSchema) },
      responses: { 200: json(ArticleSchema, "The article as changed"), ...errorResponses },
    }),
    async (c) => {
      const workspaceId = c.get("workspaceId");
      const article = await updateArticle(
        getDb(c.env.DB),
        workspaceId,
        c.req.valid("param").id,
        c.req.valid("json"),
      );
      if (!article) throw articleNotFound();
      afterArticleWrite(c, (index) => index.indexArticles(workspaceId, [article]));
      return c.json(article, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}",
      summary: "Delete an article",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const deleted = await deleteArticle(getDb(c.env.DB), c.get("workspaceId"), id);
      if (!deleted) throw articleNotFound();
      afterArticleWrite(c, (index) => index.removeArticle(id));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/reindex",
      summary: "Re-embed articles into the vector index (production, semantic search)",
      description:
        "Writes the vectors of one page of articles, most recently changed first; call again with `next` " +
        "until it is null. Idempotent: repeat a page that failed. Repairs an index after a failed " +
        "background write or a new embedding model.",
      request: { query: ReindexQuery },
      responses: {
        200: json(
          z.object({ indexed: z.number().int(), vectors: z.number().int(), next: z.string().nullable() }),
          "The page was indexed",
        ),
        501: failure("This deployment has no vector index (the AI and VECTORIZE bindings)"),
        503: failure("Embedding or the index failed; retry the same cursor"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const index = requireSemanticIndex(c);
      const workspaceId = c.get("workspaceId");
      const page = await listArticles(getDb(c.env.DB), workspaceId, c.req.valid("query"));
      const outcome = await index.indexArticles(workspaceId, page.articles);
      if (!outcome.ok) throw new ApiError(503, "index_unavailable", `Indexing failed: ${outcome.detail}`);
      return c.json({ indexed: page.articles.length, vectors: outcome.vectors, next: page.next }, 200);
    },
  );
