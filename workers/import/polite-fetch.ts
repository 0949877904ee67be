import { checkImportUrl } from "./url-guard";

/** How the importer introduces itself to the sites it reads (robots.txt rules name it). */
export const USER_AGENT = "BatonImporter/1.0 (+help centre import)";
export const FETCH_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;

/** A document that could not be fetched, and why in a few words (shown in the import's errors). */
export class FetchFailure extends Error {}

export interface Fetched {
  url: URL;
  status: number;
  contentType: string;
  bytes: Uint8Array;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new FetchFailure(`over ${maxBytes} bytes`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FetchFailure(`over ${maxBytes} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * GET with the importer's user agent, a time-out, a size cap, and redirects followed only within the
 * site (each target checked like the first URL). Non-2xx answers are returned, not thrown: robots.txt's
 * 404 means "no rules".
 */
export async function politeFetch(
  url: URL,
  options: { maxBytes: number; allowedPrivateHosts: readonly string[] },
): Promise<Fetched> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: Response;
    try {
      response = await fetch(current, {
        headers: {
          "user-agent": USER_AGENT,
          accept: "text/html,application/xml,text/xml,text/plain;q=0.9,*/*;q=0.5",
        },
        redirect: "manual",
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
    } catch (error) {
      const timedOut =
        error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      throw new FetchFailure(
        timedOut ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : "the site could not be reached",
      );
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      const next = new URL(location, current);
      if (next.origin !== url.origin) throw new FetchFailure(`redirected off the site, to ${next.origin}`);
      current = checkImportUrl(next.href, options.allowedPrivateHosts);
      continue;
    }
    const bytes = await readCapped(response, options.maxBytes);
    return {
      url: current,
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      bytes,
    };
  }
  throw new FetchFailure(`more than ${MAX_REDIRECTS} redirects`);
}
