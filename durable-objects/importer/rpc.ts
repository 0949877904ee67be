import type { NewCrawlJob } from "./crawl-job";

/** What the Worker may call on an import's Durable Object. */
export interface ImporterRpc {
  /** Stores the crawl and sets the alarm that reads its first pages, `delayMs` from now. */
  start(job: NewCrawlJob): Promise<void>;
}
