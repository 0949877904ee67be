import { z } from "zod";
import { LanguageSchema } from "../../workers/ai/provider";
import { ImportReportSchema } from "../../workers/import/report";

/**
 * A sitemap crawl in progress: the pages left, what was read, and the report so far. One small document
 * per import, kept in the object's key-value storage (no queries need a table) and parsed on every read.
 */
export const CrawlJobSchema = z.object({
  importId: z.string(),
  workspaceId: z.string(),
  source: z.string(),
  queue: z.array(z.string()),
  /** Keys of the articles the crawl produced: what `removeMissing` keeps. */
  seen: z.array(z.string()),
  /** Pages that could not be read this time: their articles are kept, not taken for removed. */
  failed: z.array(z.string()),
  removeMissing: z.boolean(),
  language: LanguageSchema.optional(),
  tags: z.array(z.string()),
  delayMs: z.number().int().nonnegative(),
  report: ImportReportSchema,
  /** Steps in a row that threw (D1 unreachable): retried with backoff, and the import fails after a few. */
  failures: z.number().int().nonnegative().default(0),
});
export type CrawlJob = z.infer<typeof CrawlJobSchema>;
export type NewCrawlJob = z.input<typeof CrawlJobSchema>;

/** Steps that may throw in a row before the import is marked failed; each waits twice the one before. */
export const MAX_STEP_FAILURES = 5;

/** When to try a failed step again: 2 s, 4 s, 8 s … up to a minute. */
export function retryDelayMs(failures: number): number {
  return Math.min(60_000, 1_000 * 2 ** failures);
}

/** Pages fetched at once by one step: polite to the site, and quick enough for a help centre. */
export const CONCURRENCY = 2;

/** Whether `removeMissing` keeps a key: seen by this crawl, or of a page that could not be read this time. */
export function keeps(job: CrawlJob): (key: string) => boolean {
  const seen = new Set(job.seen);
  return (key) =>
    seen.has(key) ||
    job.failed.some((page) => key === page || key.startsWith(`${page}#`) || key.startsWith(`${page}~`));
}
