/**
 * The agent app may be served apart from the Worker (a Pages project, a custom domain such as
 * `https://agents.example.com`). `APP_ORIGINS` lists those origins, comma separated, per deployment: the only
 * sites, besides the Worker's own, whose pages may call the agent API and open agent sockets.
 */
export type AppOrigins = { origins: string[] } | { problem: string };

/** An origin as browsers send it in `Origin`: scheme, host and port, nothing else. */
function asOrigin(entry: string): string | null {
  if (!URL.canParse(entry)) return null;
  const url = new URL(entry);
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  // `new URL` adds a trailing slash to a bare origin; anything more (a path, a query) is a mistake.
  return entry === url.origin || entry === `${url.origin}/` ? url.origin : null;
}

/**
 * Parses `APP_ORIGINS`. A wildcard is refused, not read as "any": agent sessions must never be usable from
 * every site, and a typo must not silently open or close the app, so one bad entry makes the whole list bad.
 */
export function parseAppOrigins(raw: string | undefined): AppOrigins {
  const entries = (raw ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const origins: string[] = [];
  for (const entry of entries) {
    if (entry.includes("*"))
      return { problem: `APP_ORIGINS may not contain a wildcard ("${entry}"): list each app origin` };
    const origin = asOrigin(entry);
    if (!origin)
      return {
        problem: `APP_ORIGINS entry "${entry}" is not an origin like https://agents.example.com (no path)`,
      };
    origins.push(origin);
  }
  return { origins };
}

/**
 * Whether a request carrying `origin` may act on agent routes: no `Origin` (a server, curl), the Worker's own
 * origin (the app at `/app/`), or a listed one. Sessions travel in `Authorization`, never in cookies, so this
 * is about which sites may hold and use a session, not about CSRF.
 */
export function originAllowed(origin: string | undefined, requestUrl: string, allowed: string[]): boolean {
  if (origin === undefined) return true;
  return origin === new URL(requestUrl).origin || allowed.includes(origin);
}

/** `originAllowed` against the deployment's raw `APP_ORIGINS` (a bad list, refused at start-up, as empty). */
export function originAllowedBy(
  appOrigins: string | undefined,
  origin: string | undefined,
  requestUrl: string,
) {
  const parsed = parseAppOrigins(appOrigins);
  return originAllowed(origin, requestUrl, "origins" in parsed ? parsed.origins : []);
}
