import { Server } from "partyserver";
import { getDb } from "../../workers/db/client";
import { applyImport, reindexImported, removeMissing } from "../../workers/db/knowledge-import";
import { updateImportRecord } from "../../workers/db/knowledge-import-records";
import { readPage } from "../../workers/import/page";
import { FetchFailure } from "../../workers/import/polite-fetch";
import { addCounts, addError } from "../../workers/import/report";
import { allowedPrivateHosts } from "../../workers/import/url-guard";
import { semanticIndexFor } from "../../workers/knowledge/semantic-index";
import {
  CONCURRENCY,
  type CrawlJob,
  CrawlJobSchema,
  keeps,
  MAX_STEP_FAILURES,
  type NewCrawlJob,
  retryDelayMs,
} from "./crawl-job";
import type { ImporterRpc } from "./rpc";

const JOB = "job";

/**
 * One per sitemap import (named by its id): reads the pages a few at a time, one step per alarm with the
 * crawl delay between steps, writes their articles and the progress to D1, and at the end removes what
 * the site no longer has when asked. A step that throws (D1 down) is retried with backoff, and after
 * `MAX_STEP_FAILURES` in a row the import is marked failed.
 */
export class ImporterServer extends Server<Env> implements ImporterRpc {
  async start(input: NewCrawlJob): Promise<void> {
    const job = CrawlJobSchema.parse(input);
    await this.ctx.storage.put(JOB, job);
    // The first step waits like the others: the sitemap was just read, and the site deserves the pause.
    await this.ctx.storage.setAlarm(Date.now() + job.delayMs);
  }

  override async onAlarm(): Promise<void> {
    const stored = await this.load();
    if (!stored) return;
    try {
      await this.step(stored);
    } catch (error) {
      // Retried from the stored job: writing articles is idempotent, though what the failed try already
      // wrote is then counted as unchanged.
      const job = await this.load();
      if (!job) return;
      const reason = error instanceof Error ? error.message : String(error);
      job.failures += 1;
      console.error(`import ${job.importId}: step failed (${job.failures}): ${reason}`);
      if (job.failures < MAX_STEP_FAILURES) {
        await this.ctx.storage.put(JOB, job);
        await this.ctx.storage.setAlarm(Date.now() + retryDelayMs(job.failures));
        return;
      }
      addError(job.report, job.queue[0] ?? job.source, `the import stopped: ${reason}`);
      await updateImportRecord(getDb(this.env.DB), job.workspaceId, job.importId, {
        status: "failed",
        report: job.report,
      }).catch(() => undefined);
      await this.ctx.storage.deleteAll();
    }
  }

  private async load(): Promise<CrawlJob | null> {
    const stored = CrawlJobSchema.safeParse(await this.ctx.storage.get(JOB));
    return stored.success ? stored.data : null;
  }

  /** Reads the next pages and writes what they hold; the next step is set `delayMs` later. */
  private async step(job: CrawlJob): Promise<void> {
    job.failures = 0;
    const db = getDb(this.env.DB);
    const options = {
      language: job.language,
      tags: job.tags,
      allowedPrivateHosts: allowedPrivateHosts(this.env),
    };
    const batch = job.queue.splice(0, CONCURRENCY);
    const written: string[] = [];
    const read = await Promise.all(
      batch.map(async (page) => {
        try {
          return { page, articles: await readPage(page, options) };
        } catch (error) {
          if (!(error instanceof FetchFailure)) throw error;
          return { page, reason: error.message };
        }
      }),
    );
    for (const r of read) {
      if (r.articles) {
        const applied = await applyImport(db, job.workspaceId, job.source, r.articles);
        addCounts(job.report, applied.counts);
        written.push(...applied.written);
        job.seen.push(...r.articles.map((a) => a.key));
        job.report.documents.done += 1;
      } else {
        job.failed.push(r.page);
        addError(job.report, r.page, r.reason ?? "could not be read");
      }
    }
    const finished = job.queue.length === 0;
    const removed =
      finished && job.removeMissing ? await removeMissing(db, job.workspaceId, job.source, keeps(job)) : [];
    job.report.articles.removed += removed.length;
    await updateImportRecord(db, job.workspaceId, job.importId, {
      status: finished ? "done" : "running",
      report: job.report,
    });
    const index = semanticIndexFor(this.env);
    if (index) await reindexImported(index, db, job.workspaceId, written, removed);
    if (finished) {
      await this.ctx.storage.deleteAll();
      return;
    }
    await this.ctx.storage.put(JOB, job);
    await this.ctx.storage.setAlarm(Date.now() + job.delayMs);
  }
}
