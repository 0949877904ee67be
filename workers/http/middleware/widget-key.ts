import type { MiddlewareHandler } from "hono";
import { getDb } from "../../db/client";
import { findWidgetKey, originAllowed } from "../../db/widget-keys";
import type { AppEnv } from "../context";
import { ApiError } from "../errors";

/** Publishable widget keys start with this; secret API keys (`bk_`) are refused here. */
export const WIDGET_KEY_PREFIX = "pk_";

/**
 * Resolves `Authorization: Bearer pk_…` (a publishable widget key) to its workspace, and checks the page's
 * `Origin` against the key's allowed list. The key sits in public pages, so the list is what stops another
 * site from embedding it; the key in a header lets an edge rate-limiting rule count requests per key.
 */
export function widgetKeyAuth(): MiddlewareHandler<AppEnv> {
  return async function widgetKeyAuth(c, next) {
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (!token?.startsWith(WIDGET_KEY_PREFIX)) {
      throw new ApiError(
        401,
        "unauthorized",
        "Send the workspace's widget key as `Authorization: Bearer pk_…`",
      );
    }
    const key = await findWidgetKey(getDb(c.env.DB), token);
    if (!key) throw new ApiError(401, "unauthorized", "This widget key is not valid");
    if (!originAllowed(key, c.req.header("origin"))) {
      throw new ApiError(403, "origin_not_allowed", "This widget key may not be used from this site");
    }
    c.set("workspaceId", key.workspaceId);
    c.set("widgetKey", key);
    await next();
  };
}
