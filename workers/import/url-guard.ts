import { ImportInputError } from "./files";

/**
 * True for addresses a crawler must never be pointed at from the public internet: loopback, private
 * ranges, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, unspecified, and their IPv6
 * counterparts (unique local, link-local, IPv4-mapped).
 */
function isPrivateAddress(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal"))
    return true;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(h);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    );
  }
  if (h.includes(":")) {
    if (h === "::" || h === "::1") return true;
    if (h.startsWith("::ffff:")) return true;
    return /^f[cd]/.test(h) || /^fe[89ab]/.test(h);
  }
  // A bare word (no dot) resolves only inside a network.
  return !h.includes(".");
}

/**
 * The URL an import may fetch: http or https, no credentials, and not a private or loopback address, unless
 * its host is one `allowedPrivateHosts` lists (a development setting, `IMPORT_ALLOW_PRIVATE_HOSTS`, for
 * importing from a local server; never set in production). Names that resolve to private addresses are
 * not caught here: Cloudflare's network does not route Workers' fetches to private ranges.
 */
export function checkImportUrl(raw: string, allowedPrivateHosts: readonly string[], field = "url"): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ImportInputError(400, "invalid_request", field, "not an absolute URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ImportInputError(400, "invalid_request", field, "must be an http or https URL");
  }
  if (url.username || url.password) {
    throw new ImportInputError(400, "invalid_request", field, "must not carry credentials");
  }
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (isPrivateAddress(host) && !allowedPrivateHosts.includes(host)) {
    throw new ImportInputError(
      400,
      "address_refused",
      field,
      "a private, loopback or local address cannot be imported from",
    );
  }
  return url;
}

/**
 * The hosts of the development setting, comma separated, honoured only in a runtime marked local
 * (`BATON_DEV=true`, as `.dev.vars` and the tests have it): a production deployment given the setting by
 * mistake still refuses every private address.
 */
export function allowedPrivateHosts(env: {
  IMPORT_ALLOW_PRIVATE_HOSTS?: string;
  BATON_DEV?: string;
}): string[] {
  if (env.BATON_DEV !== "true") return [];
  return (env.IMPORT_ALLOW_PRIVATE_HOSTS ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}
