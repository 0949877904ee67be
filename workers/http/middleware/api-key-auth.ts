import { and, eq, isNull } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { hashApiKey } from "../../auth/api-keys";
import { getDb } from "../../db/client";
import { apiKeys } from "../../db/schema";
import type { AppEnv } from "../context";
import { ApiError } from "../errors";

/** Resolves `Authorization: Bearer <api key>` to the key's workspace; 401 for a missing, unknown or revoked key. */
export function apiKeyAuth(): MiddlewareHandler<AppEnv> {
  return async function apiKeyAuth(c, next) {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      throw new ApiError(401, "unauthorized", "Send your workspace API key as `Authorization: Bearer <key>`");
    }
    const row = await getDb(c.env.DB)
      .select({ workspaceId: apiKeys.workspaceId })
      .from(apiKeys)
      .where(and(eq(apiKeys.keyHash, await hashApiKey(match[1])), isNull(apiKeys.revokedAt)))
      .get();
    if (!row) throw new ApiError(401, "unauthorized", "This API key is not valid");
    c.set("workspaceId", row.workspaceId);
    await next();
  };
}
