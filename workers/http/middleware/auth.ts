import type { MiddlewareHandler } from "hono";
import { resolveAgentSession, SESSION_PREFIX } from "../../auth/agent-sessions";
import { isPlatformToken } from "../../auth/platform-token";
import { requiredScope } from "../../auth/scopes";
import { findApiKey, touchApiKey } from "../../db/api-keys";
import { getDb } from "../../db/client";
import type { AppEnv } from "../context";
import { ApiError } from "../errors";

/**
 * Resolves `Authorization: Bearer <token>` to a workspace and a principal: an API key (`bk_…`) for
 * integrations, or an agent session (`as_…`) for the agent app. 401 for anything else.
 */
export function authenticate(options: { except?: string[] } = {}): MiddlewareHandler<AppEnv> {
  const open = new Set(options.except ?? []);
  return async function authenticate(c, next) {
    if (open.has(c.req.path)) return next();
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "");
    const token = match?.[1];
    if (!token) {
      throw new ApiError(
        401,
        "unauthorized",
        "Send an API key or agent session as `Authorization: Bearer <token>`",
      );
    }
    const db = getDb(c.env.DB);
    if (token.startsWith(SESSION_PREFIX)) {
      const session = await resolveAgentSession(db, token);
      if (!session) throw new ApiError(401, "unauthorized", "This session has expired or was signed out");
      c.set("workspaceId", session.workspaceId);
      c.set("principal", { kind: "agent", agentId: session.agentId, role: session.role });
    } else {
      const key = await findApiKey(db, token);
      if (!key) throw new ApiError(401, "unauthorized", "This API key is not valid");
      const needed = requiredScope(c.req.method, c.req.path);
      if (key.scopes && !key.scopes.includes(needed)) {
        throw new ApiError(403, "insufficient_scope", `This API key lacks the \`${needed}\` scope`, {
          required: needed,
        });
      }
      await touchApiKey(db, key);
      c.set("workspaceId", key.workspaceId);
      c.set("principal", { kind: "apiKey" });
    }
    c.set("bearer", token);
    await next();
  };
}

/**
 * Only the platform operator (`Bearer <PLATFORM_TOKEN>`). Any other bearer is resolved as usual, so a bad one
 * is 401 as everywhere, and a valid workspace key or session (even an admin key) is 403: a tenant cannot make
 * tenants. Routes behind this have no workspace in their context.
 */
export function requirePlatformOperator(): MiddlewareHandler<AppEnv> {
  const workspaceCredential = authenticate();
  return async function requirePlatformOperator(c, next) {
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (token && (await isPlatformToken(c.env, token))) return next();
    await workspaceCredential(c, async () => {
      throw new ApiError(403, "forbidden", "Only the platform operator's token (PLATFORM_TOKEN) can do this");
    });
  };
}

/** Only an API key (with the `admin` scope, checked by `authenticate`): agents' sessions never. */
export function requireApiKey(): MiddlewareHandler<AppEnv> {
  return async function requireApiKey(c, next) {
    if (c.get("principal").kind !== "apiKey") {
      throw new ApiError(403, "forbidden", "Only an API key with the admin scope can do this");
    }
    await next();
  };
}

/** Changes to the workspace's set-up: integrations (API key) and supervisors only. */
export function requireManager(): MiddlewareHandler<AppEnv> {
  return async function requireManager(c, next) {
    const p = c.get("principal");
    if (p.kind === "agent" && p.role !== "supervisor") {
      throw new ApiError(403, "forbidden", "Only a supervisor or an API key can change this");
    }
    await next();
  };
}
