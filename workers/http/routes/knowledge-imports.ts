import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { importerObject } from "../../../durable-objects/stubs";
import { LanguageSchema } from "../../ai/provider";
import { getDb } from "../../db/client";
import { applyImport, reindexImported, removeMissing } from "../../db/knowledge-import";
import {
  createImportRecord,
  getImportRecord,
  type ImportKind,
  listImportRecords,
} from "../../db/knowledge-import-records";
import { planCrawl } from "../../import/crawl-plan";
import {
  articlesFromFiles,
  filesFromZip,
  type ImportFile,
  ImportInputError,
  MAX_FILE_BYTES,
} from "../../import/files";
import { addCounts, emptyReport, ImportRecordSchema } from "../../import/report";
import { allowedPrivateHosts, checkImportUrl } from "../../import/url-guard";
import { MAX_TAGS } from "../../knowledge/article";
import type { AppEnv } from "../context";
import { ApiError, notFound } from "../errors";
import { afterArticleWrite } from "../knowledge-indexing";
import { requireManager } from "../middleware/auth";
import { createApi, errorResponses, failure, IdParam, json, jsonBody } from "../openapi";

/** Uploads (files as JSON, a zip) may be this large; every other route keeps the API's 64 KiB. */
export const MAX_IMPORT_BODY_BYTES = 10 * 1024 * 1024;
const MAX_UPLOADED_FILES = 200;

const SourceField = z.string().trim().min(1).max(200).openapi({
  description: "Where the articles come from; importing the same source again updates its articles",
});
const TagList = z.array(z.string().trim().min(1).max(50)).max(MAX_TAGS, `at most ${MAX_TAGS} tags`);
const ImportOptions = {
  language: LanguageSchema.optional().openapi({
    description: "The articles' language; else declared or detected",
  }),
  tags: TagList.default([]).openapi({ description: "Added to every article (an AI rep's scope reads tags)" }),
  removeMissing: z.boolean().default(false).openapi({
    description: "Delete the articles this source created whose page or file is gone",
  }),
};

const FilesBody = z
  .object({
    source: SourceField.default("upload"),
    files: z
      .array(
        z.object({
          path: z.string().trim().min(1).max(500).openapi({ example: "billing/invoices.md" }),
          content: z.string().max(MAX_FILE_BYTES, `at most ${MAX_FILE_BYTES} characters`),
        }),
      )
      .min(1, "send at least one file")
      .max(MAX_UPLOADED_FILES, `at most ${MAX_UPLOADED_FILES} files; send a zip for more`),
    ...ImportOptions,
  })
  .strict();

const ZipQuery = z.object({
  source: SourceField.default("upload"),
  language: ImportOptions.language,
  tags: z
    .string()
    .max(1_100)
    .optional()
    .openapi({ description: "Comma separated" })
    .transform((t) =>
      t
        ? t
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(TagList),
  removeMissing: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});

const SitemapBody = z
  .object({
    url: z.string().max(2_000).openapi({ example: "https://help.example.com/sitemap.xml" }),
    source: SourceField.optional().openapi({ description: "Default: the sitemap's URL" }),
    maxPages: z.number().int().min(1).max(1_000).default(200),
    delayMs: z.number().int().min(500).max(60_000).default(1_000).openapi({
      description: "Pause between steps of two pages; a longer robots.txt Crawl-delay wins",
    }),
    ...ImportOptions,
  })
  .strict();

const importErrors = {
  ...errorResponses,
  422: failure(
    "Nothing importable: not a zip of .md/.html files, not a sitemap, unreachable, robots.txt refuses",
  ),
};

function asApiError(error: unknown): never {
  if (error instanceof ImportInputError) {
    throw new ApiError(error.status, error.code, error.message, [
      { field: error.field, reason: error.reason },
    ]);
  }
  throw error;
}

/** Imports uploaded files at once: they are already here, and a few hundred articles write in seconds. */
async function importNow(
  c: Context<AppEnv>,
  kind: ImportKind,
  input: {
    source: string;
    files: ImportFile[];
    language?: z.infer<typeof LanguageSchema>;
    tags: string[];
    removeMissing: boolean;
  },
) {
  const workspaceId = c.get("workspaceId");
  const db = getDb(c.env.DB);
  const articles = articlesFromFiles(input.files, input);
  const report = emptyReport(input.files.length);
  const applied = await applyImport(db, workspaceId, input.source, articles);
  addCounts(report, applied.counts);
  report.documents.done = input.files.length;
  const seen = new Set(articles.map((a) => a.key));
  const removed = input.removeMissing
    ? await removeMissing(db, workspaceId, input.source, (k) => seen.has(k))
    : [];
  report.articles.removed = removed.length;
  afterArticleWrite(c, (index) => reindexImported(index, db, workspaceId, applied.written, removed));
  return createImportRecord(db, workspaceId, { kind, source: input.source, status: "done", report });
}

export const knowledgeImportRoutes = createApi();
knowledgeImportRoutes.use("*", requireManager());

knowledgeImportRoutes
  .openapi(
    createRoute({
      method: "post",
      path: "/files",
      summary: "Import Markdown or HTML files into the knowledge base",
      description:
        "Each file becomes an article, split at its headings when long; a file imported before under the same " +
        "`source` and path updates its articles, unchanged ones are left alone, identical bodies are shared.",
      request: { body: jsonBody(FilesBody) },
      responses: { 201: json(ImportRecordSchema, "The import, done"), ...importErrors },
    }),
    async (c) => {
      const record = await importNow(c, "files", c.req.valid("json")).catch(asApiError);
      return c.json(record, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/zip",
      summary: "Import a zip of Markdown and HTML files (a help centre's export or a docs folder)",
      description: `The body is the zip itself (\`content-type: application/zip\`), at most ${MAX_IMPORT_BODY_BYTES} bytes.`,
      request: {
        query: ZipQuery,
        body: {
          required: true,
          content: {
            "application/zip": { schema: z.string().openapi({ type: "string", format: "binary" }) },
          },
        },
      },
      responses: { 201: json(ImportRecordSchema, "The import, done"), ...importErrors },
    }),
    async (c) => {
      const type = c.req.header("content-type") ?? "";
      if (!/^application\/(zip|x-zip-compressed|octet-stream)\b/i.test(type)) {
        throw new ApiError(400, "invalid_request", "Send the zip itself with content-type: application/zip", [
          { field: "content-type", reason: "must be application/zip" },
        ]);
      }
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const record = await Promise.resolve()
        .then(() => importNow(c, "zip", { ...c.req.valid("query"), files: filesFromZip(bytes) }))
        .catch(asApiError);
      return c.json(record, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/sitemap",
      summary: "Import a help centre from its sitemap, crawled in the background",
      description:
        "robots.txt and the sitemap are read at once (a wrong address is a 4xx now); the pages are then read " +
        "two at a time with `delayMs` between steps, same site only. Follow `GET /knowledge/imports/{id}`.",
      request: { body: jsonBody(SitemapBody) },
      responses: { 202: json(ImportRecordSchema, "The import, running"), ...importErrors },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const hosts = allowedPrivateHosts(c.env);
      const plan = await Promise.resolve()
        .then(() =>
          planCrawl(checkImportUrl(body.url, hosts), { maxPages: body.maxPages, allowedPrivateHosts: hosts }),
        )
        .catch(asApiError);
      const workspaceId = c.get("workspaceId");
      const source = body.source ?? body.url;
      const report = emptyReport(plan.pages.length);
      const record = await createImportRecord(getDb(c.env.DB), workspaceId, {
        kind: "sitemap",
        source,
        status: "running",
        report,
      });
      const importer = await importerObject(c.env, record.id);
      await importer.start({
        importId: record.id,
        workspaceId,
        source,
        queue: plan.pages,
        seen: [],
        failed: [],
        removeMissing: body.removeMissing,
        language: body.language,
        tags: body.tags,
        delayMs: Math.max(body.delayMs, plan.crawlDelayMs),
        report,
      });
      return c.json(record, 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "The latest imports, newest first",
      responses: {
        200: json(z.object({ imports: z.array(ImportRecordSchema) }), "Up to 50"),
        ...errorResponses,
      },
    }),
    async (c) => c.json({ imports: await listImportRecords(getDb(c.env.DB), c.get("workspaceId"), 50) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "An import: its progress while running, what it changed once done",
      request: { params: IdParam },
      responses: { 200: json(ImportRecordSchema, "The import"), ...errorResponses },
    }),
    async (c) => {
      const record = await getImportRecord(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("param").id);
      if (!record) throw notFound("import");
      return c.json(record, 200);
    },
  );
