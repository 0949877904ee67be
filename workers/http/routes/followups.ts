import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq } from "drizzle-orm";
import { getAgent } from "../../db/agents";
import { getDb } from "../../db/client";
import { conversations } from "../../db/schema";
import { deliverFollowupReply } from "../../followups/delivery";
import { ConversationSummarySchema } from "../../protocol/conversation";
import { MessageSchema, MessageTextSchema } from "../../protocol/message";
import { conversationStub } from "../conversation-stub";
import { ApiError, notFound } from "../errors";
import { createApi, errorResponses, failure, IdParam, json, jsonBody } from "../openapi";

/** Most follow-ups one answer lists; the oldest come first, so the list is worked through from the top. */
const LIMIT = 200;

/** A follow-up is an `offline` conversation: the customer left their email instead of waiting. */
async function followup(env: Env, workspaceId: string, id: string) {
  const stub = await conversationStub(env, id);
  const detail = await stub.detail(workspaceId);
  if (!detail) throw notFound();
  if (detail.status !== "offline")
    throw new ApiError(409, "not_a_followup", "This conversation is not waiting for an email answer");
  return stub;
}

/**
 * The follow-up list: customers who left an email while nobody could answer. Any agent of the workspace may
 * answer and resolve them (nobody holds them); answers leave through the delivery hook
 * (workers/followups/delivery.ts).
 */
export const followupRoutes = createApi()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "Conversations waiting for an email answer, oldest first",
      responses: {
        200: json(z.object({ followups: z.array(ConversationSummarySchema) }), "Oldest first"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const rows = await getDb(c.env.DB)
        .select()
        .from(conversations)
        .where(and(eq(conversations.workspaceId, c.get("workspaceId")), eq(conversations.status, "offline")))
        .orderBy(asc(conversations.updatedAt))
        .limit(LIMIT);
      return c.json({ followups: rows.map((r) => ConversationSummarySchema.parse(r)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/reply",
      summary: "Answer a follow-up by email",
      description:
        "Stores the answer as the agent's message (`meta.event: followup_reply`, `channel: email`, `to`) and " +
        "hands it to the delivery hook; `delivery` says whether a mail path sent it (`not_configured` until a " +
        "deployment plugs one in). Agent sessions only.",
      request: { params: IdParam, body: jsonBody(z.object({ text: MessageTextSchema }).strict()) },
      responses: {
        ...errorResponses,
        200: json(
          z.object({ message: MessageSchema, delivery: z.enum(["sent", "not_configured"]) }),
          "Stored, and handed to the delivery hook",
        ),
        403: failure("Not an agent session"),
        409: failure("Not a follow-up"),
      },
    }),
    async (c) => {
      const principal = c.get("principal");
      if (principal.kind !== "agent")
        throw new ApiError(403, "forbidden", "Follow-ups are answered by an agent");
      const workspaceId = c.get("workspaceId");
      const { id } = c.req.valid("param");
      const stub = await followup(c.env, workspaceId, id);
      const agent = await getAgent(getDb(c.env.DB), workspaceId, principal.agentId);
      const result = await stub.answerByEmail(workspaceId, {
        text: c.req.valid("json").text,
        agentId: principal.agentId,
        agentName: agent?.name ?? null,
      });
      if (!result) throw notFound();
      if ("error" in result) throw new ApiError(409, "not_a_followup", result.message);
      const { message } = result;
      const delivery = await deliverFollowupReply({
        workspaceId,
        conversationId: id,
        to: String(message.meta.to),
        text: message.text,
        agentName: agent?.name ?? null,
        seq: message.seq,
      });
      return c.json({ message, delivery }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/resolve",
      summary: "Close a follow-up",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ conversation: ConversationSummarySchema }), "Resolved"),
        409: failure("Not a follow-up"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const workspaceId = c.get("workspaceId");
      const stub = await followup(c.env, workspaceId, c.req.valid("param").id);
      const result = await stub.resolve(workspaceId);
      if (!result) throw notFound();
      if ("error" in result) throw new ApiError(409, result.error, result.message);
      return c.json(result, 200);
    },
  );
