import type { MiddlewareHandler } from "hono";

/**
 * The Worker's own HTML (the home page and the API reference) is static text with inline styles and no
 * scripts: a policy that allows nothing else means an injected tag could do nothing, and no other site may
 * frame it. The static assets (agent app, demo) get theirs from web/public/_headers.
 */
export const HTML_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Every response says what it is (no sniffing); HTML ones also carry the policy above. */
export function securityHeaders(): MiddlewareHandler {
  return async function securityHeaders(c, next) {
    await next();
    c.res.headers.set("X-Content-Type-Options", "nosniff");
    if (c.res.headers.get("content-type")?.startsWith("text/html")) {
      c.res.headers.set("Content-Security-Policy", HTML_POLICY);
      c.res.headers.set("X-Frame-Options", "DENY");
      c.res.headers.set("Referrer-Policy", "no-referrer");
    }
  };
}
