import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { originAllowedBy } from "../../app-origins";
import type { AppEnv } from "../context";
import { ApiError } from "../errors";

const ALLOW_HEADERS = ["Authorization", "Content-Type"];
/** Browsers cache a preflight this long (seconds), so an app's calls are not each doubled. */
const PREFLIGHT_MAX_AGE = 600;

/**
 * CORS for the API's public doors (the widget's, whose publishable key has its own list of sites, and the
 * OpenAPI document): any origin. Nothing there is reachable with an agent session.
 */
export const openCors = () => cors({ origin: "*", allowHeaders: ALLOW_HEADERS, maxAge: PREFLIGHT_MAX_AGE });

/**
 * CORS for everything else: the Worker's own origin and the deployment's `APP_ORIGINS` (the agent app served
 * from Pages or a custom domain) get their origin echoed, never `*`. A request or preflight from any other
 * site is refused with 403 before it is read, so it changes nothing even where a browser would have sent it
 * without asking first. Requests without `Origin` (servers, curl) are not browsers' and pass.
 */
export function appCors(): MiddlewareHandler<AppEnv> {
  const allowOrigin = cors({
    origin: (origin) => origin || null,
    allowHeaders: ALLOW_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE,
  });
  return async function appCors(c, next) {
    const origin = c.req.header("origin");
    if (!originAllowedBy(c.env.APP_ORIGINS, origin, c.req.url)) {
      throw new ApiError(
        403,
        "origin_not_allowed",
        `Pages on ${origin} may not call this API: add the origin to APP_ORIGINS to serve the agent app there`,
      );
    }
    return allowOrigin(c, next);
  };
}
