import { z } from "zod";
import { AgentSchema, AgentSessionSchema, TeamSchema } from "../../workers/protocol/agents";
import {
  ConversationDetailSchema,
  ConversationSummarySchema,
  MessagePageSchema,
} from "../../workers/protocol/conversation";
import { QueueSnapshotSchema } from "../../workers/protocol/queue-frames";
import {
  CannedReplySchema,
  type CreateCannedReplySchema,
  SuggestionSchema,
} from "../../workers/protocol/replies";
import { apiUrl } from "./config";

/** A failed call, with the API's own message (`{error: {message, details}}`) when it sent one. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Which fields were refused and why, for errors shown next to their field. */
    readonly details: { field: string; reason: string }[] = [],
  ) {
    super(message);
  }
}

const FieldErrorSchema = z.object({ field: z.string(), reason: z.string() });
const ErrorBodySchema = z.object({
  // Details of another shape (some errors carry other facts) still leave the message readable.
  error: z.object({ message: z.string(), details: z.unknown() }),
});

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
    const failure = ErrorBodySchema.safeParse(body);
    if (!failure.success) throw new ApiFailure(res.status, `HTTP ${res.status}`);
    const details = z.array(FieldErrorSchema).safeParse(failure.data.error.details);
    throw new ApiFailure(res.status, failure.data.error.message, details.success ? details.data : []);
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

/** Resolved conversations per page of the Resolved list. */
const RESOLVED_PAGE = 10;

export type CannedReplyInput = z.infer<typeof CreateCannedReplySchema>;

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
    /** A page of the resolved conversations this agent had, latest first; `next` pages on. */
    resolved: (agentId: string, cursor: string | null) =>
      call(
        z.object({ conversations: z.array(ConversationSummarySchema), next: z.string().nullable() }),
        `/api/v1/conversations?status=resolved&agentId=${encodeURIComponent(agentId)}&limit=${RESOLVED_PAGE}${
          cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""
        }`,
        { token },
      ),
    /** A resolved conversation back to this agent (through the line, which gives it to them alone). */
    reopen: (id: string, agentId: string) =>
      call(z.unknown(), `/api/v1/conversations/${id}/reopen`, { token, ...post({ agentId }) }),
    /** The latest messages below `before` (a seq), oldest first. */
    messagesBefore: (id: string, before: number, limit: number) =>
      call(MessagePageSchema, `/api/v1/conversations/${id}/messages?before=${before}&limit=${limit}`, {
        token,
      }),
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
    createCanned: (reply: CannedReplyInput) =>
      call(CannedReplySchema, "/api/v1/canned-replies", { token, ...post(reply) }),
    updateCanned: (id: string, reply: CannedReplyInput) =>
      call(CannedReplySchema, `/api/v1/canned-replies/${id}`, {
        token,
        method: "PATCH",
        body: JSON.stringify(reply),
      }),
    deleteCanned: (id: string) =>
      call(z.unknown(), `/api/v1/canned-replies/${id}`, { token, method: "DELETE" }),
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
