import { z } from "zod";

/** What an import did: the wire shape of its progress and outcome, and what `knowledge_imports` stores. */
export const ImportReportSchema = z.object({
  /** Pages (sitemap) or files (upload, zip) found, read, and not read. */
  documents: z.object({ total: z.number().int(), done: z.number().int(), failed: z.number().int() }),
  articles: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    /** Sections whose body an article already had: they share it instead of adding a copy. */
    merged: z.number().int(),
    /** Articles whose source disappeared (`removeMissing`). */
    removed: z.number().int(),
  }),
  /** The first 50 documents that could not be read, and why. */
  errors: z.array(z.object({ location: z.string(), reason: z.string() })),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
export type ArticleCounts = ImportReport["articles"];

/** An import as the API answers it: the wire shape of `GET /knowledge/imports/{id}`. */
export const ImportRecordSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["files", "zip", "sitemap"]),
    source: z.string(),
    status: z.enum(["running", "done", "failed"]),
    report: ImportReportSchema,
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: "KnowledgeImport" });
export type ImportRecord = z.infer<typeof ImportRecordSchema>;

export const MAX_REPORTED_ERRORS = 50;

export function emptyReport(total = 0): ImportReport {
  return {
    documents: { total, done: 0, failed: 0 },
    articles: { created: 0, updated: 0, unchanged: 0, merged: 0, removed: 0 },
    errors: [],
  };
}

export function addCounts(report: ImportReport, counts: ArticleCounts): void {
  for (const k of Object.keys(counts) as (keyof ArticleCounts)[]) report.articles[k] += counts[k];
}

export function addError(report: ImportReport, location: string, reason: string): void {
  report.documents.failed += 1;
  if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push({ location, reason });
}
