import { z } from "zod";

/**
 * What an API key may do. A key made with scopes is refused (403 insufficient_scope) anywhere else; the
 * workspace's first key and keys made before scopes existed have none recorded, which means all of them.
 */
export const ScopeSchema = z.enum([
  /** Read conversations, their history, the line and follow-ups. */
  "conversations:read",
  /** Start conversations, post customer and bot messages, hand off, assign, transfer, resolve, rate. */
  "conversations:write",
  "metrics:read",
  /** Read rules, settings, persona, knowledge, agents and teams. */
  "config:read",
  /** Change them, and dry-run rules (`/evaluate`, backtests). */
  "config:write",
  /** Webhook endpoints, their delivery log and redelivery. */
  "webhooks",
  /** API keys and widget keys (new workspaces are the platform operator's: workers/auth/platform-token.ts). */
  "admin",
]);
export type Scope = z.infer<typeof ScopeSchema>;

const RESOURCE_SCOPES: Record<string, { read: Scope; write: Scope }> = {
  conversations: { read: "conversations:read", write: "conversations:write" },
  queue: { read: "conversations:read", write: "conversations:write" },
  followups: { read: "conversations:read", write: "conversations:write" },
  metrics: { read: "metrics:read", write: "metrics:read" },
  rules: { read: "config:read", write: "config:write" },
  settings: { read: "config:read", write: "config:write" },
  persona: { read: "config:read", write: "config:write" },
  knowledge: { read: "config:read", write: "config:write" },
  agents: { read: "config:read", write: "config:write" },
  teams: { read: "config:read", write: "config:write" },
  evaluate: { read: "config:write", write: "config:write" },
  webhooks: { read: "webhooks", write: "webhooks" },
};

/**
 * The scope a request under `/api/v1/` needs, by its first path segment and method. Anything not listed
 * (key management, workspaces, a route added later) needs `admin`, so a new route is closed until mapped.
 */
export function requiredScope(method: string, path: string): Scope {
  const resource = path.split("/")[3] ?? "";
  const scopes = Object.hasOwn(RESOURCE_SCOPES, resource) ? RESOURCE_SCOPES[resource] : undefined;
  if (!scopes) return "admin";
  return method === "GET" || method === "HEAD" ? scopes.read : scopes.write;
}
