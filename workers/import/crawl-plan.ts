import { gunzipSync } from "fflate";
import robotsParser from "robots-parser";
import { ImportInputError } from "./files";
import { type Fetched, FetchFailure, politeFetch, USER_AGENT } from "./polite-fetch";
import { parseSitemap } from "./sitemap";
import { checkImportUrl } from "./url-guard";

export const MAX_SITEMAP_BYTES = 10 * 1024 * 1024;
const MAX_ROBOTS_BYTES = 500 * 1024;
/** Child sitemaps of an index read at most; more pages than this many hold are rarely a help centre. */
const MAX_CHILD_SITEMAPS = 10;
/** A robots.txt `Crawl-delay` is honoured up to this; longer would make an import take hours. */
const MAX_CRAWL_DELAY_MS = 30_000;

export interface CrawlPlan {
  pages: string[];
  /** The site's `Crawl-delay`, in milliseconds (0 when it sets none). */
  crawlDelayMs: number;
}

const text = (f: Fetched) => {
  const gz = f.bytes[0] === 0x1f && f.bytes[1] === 0x8b;
  return new TextDecoder().decode(gz ? gunzipSync(f.bytes) : f.bytes);
};

/** A page's address without its fragment: `#top` and `#faq` are the same page. */
const pageAddress = (url: URL) => {
  const u = new URL(url.href);
  u.hash = "";
  return u.href;
};

/**
 * Reads robots.txt and the sitemap (an index's children too) before anything is stored, so a wrong address
 * is a clear 4xx at once rather than a failed import later: the pages to crawl, same origin only, allowed
 * by robots.txt for the importer's user agent, without repeats, at most `maxPages`.
 */
export async function planCrawl(
  sitemapUrl: URL,
  options: { maxPages: number; allowedPrivateHosts: readonly string[] },
): Promise<CrawlPlan> {
  const fetchOptions = { allowedPrivateHosts: options.allowedPrivateHosts };
  const fetchOrRefuse = async (url: URL, maxBytes: number) => {
    try {
      return await politeFetch(url, { ...fetchOptions, maxBytes });
    } catch (error) {
      if (error instanceof FetchFailure)
        throw new ImportInputError(422, "sitemap_unreachable", "url", error.message);
      throw error;
    }
  };
  const robotsUrl = new URL("/robots.txt", sitemapUrl);
  const robotsAnswer = await fetchOrRefuse(robotsUrl, MAX_ROBOTS_BYTES);
  const robots = robotsParser(robotsUrl.href, robotsAnswer.status < 300 ? text(robotsAnswer) : "");
  const allowed = (url: string) => robots.isAllowed(url, USER_AGENT) !== false;
  if (!allowed(sitemapUrl.href)) {
    throw new ImportInputError(
      422,
      "robots_disallowed",
      "url",
      "the site's robots.txt does not allow reading it",
    );
  }

  const readSitemap = async (url: URL) => {
    const answer = await fetchOrRefuse(url, MAX_SITEMAP_BYTES);
    if (answer.status >= 300) {
      throw new ImportInputError(422, "sitemap_unreachable", "url", `${url.href} answered ${answer.status}`);
    }
    return parseSitemap(text(answer));
  };
  const first = await readSitemap(sitemapUrl);
  if (first.kind === "not_a_sitemap") {
    throw new ImportInputError(
      422,
      "not_a_sitemap",
      "url",
      "the document is not a sitemap (<urlset> or <sitemapindex>)",
    );
  }
  const sameSite = (loc: string) => {
    try {
      const u = new URL(loc, sitemapUrl);
      return u.origin === sitemapUrl.origin ? u : null;
    } catch {
      return null;
    }
  };
  let locations = first.locations;
  if (first.kind === "index") {
    locations = [];
    for (const child of first.locations.slice(0, MAX_CHILD_SITEMAPS)) {
      const u = sameSite(child);
      if (!u || !allowed(u.href)) continue;
      const content = await readSitemap(checkImportUrl(u.href, options.allowedPrivateHosts));
      if (content.kind === "urlset") locations.push(...content.locations);
    }
  }
  const pages = new Set<string>();
  for (const loc of locations) {
    if (pages.size >= options.maxPages) break;
    const u = sameSite(loc);
    if (u && (u.protocol === "https:" || u.protocol === "http:") && allowed(u.href))
      pages.add(pageAddress(u));
  }
  if (pages.size === 0) {
    throw new ImportInputError(
      422,
      "nothing_to_import",
      "url",
      "the sitemap lists no page of its own site that robots.txt allows",
    );
  }
  const delay = robots.getCrawlDelay(USER_AGENT);
  return { pages: [...pages], crawlDelayMs: Math.min((delay ?? 0) * 1000, MAX_CRAWL_DELAY_MS) };
}
