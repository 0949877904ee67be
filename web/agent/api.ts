import { z } from "zod";
import { AgentSchema, AgentSessionSchema, TeamSchema } from "../../workers/protocol/agents";
import { ConversationDetailSchema, ConversationSummarySchema } from "../../workers/protocol/conversation";
import { QueueSnapshotSchema } from "../../workers/protocol/queue-frames";
import { CannedReplySchema, SuggestionSchema } from "../../workers/protocol/replies";
import { apiUrl } from "./config";

/** A failed call, with the API's own message (`{error: {message}}`) when it sent one. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function call<T>(
  schema: z.ZodType<T>,
  path: string,
  init: RequestInit & { token?: string } = {},
) {
  const res = await fetch(apiUrl(path), {
    ...init,
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body ? { "content-type": "application/json" } : {}),
    },
  });
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const message = z.object({ error: z.object({ message: z.string() }) }).safeParse(body);
    throw new ApiFailure(res.status, message.success ? message.data.error.message : `HTTP ${res.status}`);
  }
  return schema.parse(body);
}

export const post = (body?: unknown) => ({
  method: "POST",
  body: body === undefined ? undefined : JSON.stringify(body),
});

export const login = (email: string, password: string, workspaceId?: string) =>
  call(
    AgentSessionSchema,
    "/api/v1/auth/login",
    post({ email, password, ...(workspaceId ? { workspaceId } : {}) }),
  );

export type HandoffRating = { needed: boolean; summaryAccuracy: number; comment?: string };

/** The REST calls the agent app makes with its session token. */
export function api(token: string) {
  return {
    assigned: () =>
      call(
        z.object({ conversations: z.array(ConversationSummarySchema) }),
        "/api/v1/conversations?status=assigned&limit=100",
        { token },
      ),
    /** Lately resolved conversations of the workspace (the app keeps the agent's own). */
    resolved: () =>
      call(
        z.object({ conversations: z.array(ConversationSummarySchema) }),
        "/api/v1/conversations?status=resolved&limit=30",
        { token },
      ),
    detail: (id: string) => call(ConversationDetailSchema, `/api/v1/conversations/${id}`, { token }),
    conversationToken: (id: string) =>
      call(z.object({ conversationToken: z.string() }), `/api/v1/conversations/${id}/agent-token`, {
        token,
        ...post(),
      }),
    resolve: (id: string) => call(z.unknown(), `/api/v1/conversations/${id}/resolve`, { token, ...post() }),
    transfer: (
      id: string,
      target: { teamId: string } | { skill: string } | { agentId: string },
      note: string,
    ) =>
      call(z.unknown(), `/api/v1/conversations/${id}/transfer`, {
        token,
        ...post({ ...target, ...(note ? { note } : {}) }),
      }),
    followups: () =>
      call(z.object({ followups: z.array(ConversationSummarySchema) }), "/api/v1/followups", { token }),
    followupReply: (id: string, text: string) =>
      call(z.unknown(), `/api/v1/followups/${id}/reply`, { token, ...post({ text }) }),
    followupResolve: (id: string) =>
      call(z.unknown(), `/api/v1/followups/${id}/resolve`, { token, ...post() }),
    assign: (id: string, agentId: string) =>
      call(z.unknown(), `/api/v1/conversations/${id}/assign`, { token, ...post({ agentId }) }),
    /** The customer's earlier conversations (by e-mail), newest first. */
    history: (email: string) =>
      call(
        z.object({ conversations: z.array(ConversationSummarySchema) }),
        `/api/v1/conversations?customerEmail=${encodeURIComponent(email)}&limit=20`,
        { token },
      ),
    suggestions: (id: string) =>
      call(z.object({ suggestions: z.array(SuggestionSchema) }), `/api/v1/conversations/${id}/suggestions`, {
        token,
      }),
    cannedReplies: () =>
      call(z.object({ replies: z.array(CannedReplySchema) }), "/api/v1/canned-replies", { token }),
    /**
     * The agent's rating of the handoff (was it needed, was the summary accurate, a comment), stored for
     * metrics; a second rating replaces the first.
     */
    rateHandoff: (id: string, rating: HandoffRating) =>
      call(z.unknown(), `/api/v1/conversations/${id}/handoff-rating`, {
        token,
        method: "PUT",
        body: JSON.stringify(rating),
      }),
    agents: () => call(z.object({ agents: z.array(AgentSchema) }), "/api/v1/agents", { token }),
    teams: () => call(z.object({ teams: z.array(TeamSchema) }), "/api/v1/teams", { token }),
    queue: () => call(QueueSnapshotSchema, "/api/v1/queue", { token }),
    logout: () => call(z.unknown(), "/api/v1/auth/logout", { token, ...post() }),
  };
}
export type Api = ReturnType<typeof api>;
