import type { Language } from "../ai/provider";
import { htmlToDocument } from "./html-text";
import { FetchFailure, politeFetch } from "./polite-fetch";
import { type ImportedArticle, toArticles } from "./sections";
import { checkImportUrl } from "./url-guard";

export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

function titleFromUrl(url: URL): string {
  const last = decodeURIComponent(url.pathname.split("/").filter(Boolean).at(-1) ?? url.hostname);
  const bare = last
    .replace(/\.html?$/i, "")
    .replace(/[-_]+/g, " ")
    .trim();
  return bare ? bare.charAt(0).toUpperCase() + bare.slice(1) : url.hostname;
}

/** One page of a crawl as articles, found again on the next crawl by its URL. Throws `FetchFailure`. */
export async function readPage(
  address: string,
  options: { language?: Language; tags: readonly string[]; allowedPrivateHosts: readonly string[] },
): Promise<ImportedArticle[]> {
  const url = checkImportUrl(address, options.allowedPrivateHosts);
  const page = await politeFetch(url, {
    maxBytes: MAX_PAGE_BYTES,
    allowedPrivateHosts: options.allowedPrivateHosts,
  });
  if (page.status >= 300) throw new FetchFailure(`answered ${page.status}`);
  if (!/html/i.test(page.contentType))
    throw new FetchFailure(`not an HTML page (${page.contentType || "no type"})`);
  const doc = htmlToDocument(new TextDecoder().decode(page.bytes));
  return toArticles(doc, {
    location: address,
    fallbackTitle: titleFromUrl(url),
    language: options.language,
    tags: options.tags,
  });
}
