import { Server } from "partyserver";
import { getDb } from "../../workers/db/client";
import { applyImport, reindexImported, removeMissing } from "../../workers/db/knowledge-import";
import { updateImportRecord } from "../../workers/db/knowledge-import-records";
import { readPage } from "../../workers/import/page";
import { FetchFailure } from "../../workers/import/polite-fetch";
import { addCounts, addError } from "../../workers/import/report";
import { allowedPrivateHosts } from "../../workers/import/url-guard";
import { semanticIndexFor } from "../../workers/knowledge/semantic-index";
import { CONCURRENCY, type CrawlJob, CrawlJobSchema, keeps } from "./crawl-job";
import type { ImporterRpc } from "./rpc";

const JOB = "job";

/**
 * One per sitemap import (named by its id): reads the pages a few at a time, one step per alarm with the
 * crawl delay between steps, writes their articles and the progress to D1, and at the end removes what
 * the site no longer has when asked. A step that throws (D1 down) is retried by the alarm's own retries.
 */
export class ImporterServer extends Server<Env> implements ImporterRpc {
  async start(job: CrawlJob): Promise<void> {
    await this.ctx.storage.put(JOB, job);
    // The first step waits like the others: the sitemap was just read, and the site deserves the pause.
    await this.ctx.storage.setAlarm(Date.now() + job.delayMs);
  }

  override async onAlarm(): Promise<void> {
    const stored = CrawlJobSchema.safeParse(await this.ctx.storage.get(JOB));
    if (!stored.success) return;
    const job = stored.data;
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
