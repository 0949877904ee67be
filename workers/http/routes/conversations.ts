import { createRoute, z } from "@hono/zod-openapi";
import { getDb } from "../../db/client";
import { ConversationListQuerySchema, decodeCursor, listConversations } from "../../db/conversation-list";
import { enforce } from "../../limits/rate-limit";
import {
  ConversationDetailSchema,
  ConversationSummarySchema,
  CustomerSchema,
  MessagePageQuerySchema,
  MessagePageSchema,
} from "../../protocol/conversation";
import { ClientIdSchema, MessageSchema, MessageTextSchema } from "../../protocol/message";
import { conversationStub } from "../conversation-stub";
import { ApiError, notFound } from "../errors";
import { createApi, errorResponses, IdParam, json, jsonBody } from "../openapi";
import { authorize } from "../permissions";
import { startConversation } from "../start-conversation";

const CreateConversationBody = z
  .object({
    customer: CustomerSchema.optional(),
    repId: z
      .string()
      .min(1)
      .max(40)
      .optional()
      .openapi({ description: "The AI rep that answers (GET /reps)" }),
  })
  .strict();

const CreatedConversation = ConversationSummarySchema.extend({
  customerToken: z
    .string()
    .openapi({ description: "Signed token for this one conversation's socket (the widget's)" }),
});

const PostMessageBody = z
  .object({
    text: MessageTextSchema,
    role: z.enum(["customer", "bot"]).default("customer"),
    clientId: ClientIdSchema.optional(),
    failed: z.boolean().optional().openapi({ description: "Role bot: your bot could not help (a failure)" }),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .openapi({ description: "Role bot: under the persona's threshold it counts as a failure" }),
  })
  .strict()
  .refine((b) => b.role === "bot" || (b.failed === undefined && b.confidence === undefined), {
    message: "only a bot's reply reports failure or confidence",
    path: ["role"],
  });

const PostedMessage = z.object({ message: MessageSchema, conversation: ConversationSummarySchema });

export const conversationRoutes = createApi()
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Start a conversation",
      request: {
        body: { content: { "application/json": { schema: CreateConversationBody } }, required: false },
      },
      responses: {
        201: json(CreatedConversation, "The new conversation, owned by the bot"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const body = c.req.valid("json") ?? {};
      return c.json(
        await startConversation(c.env, c.get("workspaceId"), body.customer ?? {}, body.repId),
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary:
        "List conversations, most recently active first, filtered, in pages (`cursor` = the previous `next`)",
      request: { query: ConversationListQuerySchema },
      responses: {
        200: json(
          z.object({ conversations: z.array(ConversationSummarySchema), next: z.string().nullable() }),
          "A page",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const after = query.cursor ? decodeCursor(query.cursor) : null;
      if (query.cursor && !after) {
        const reason = "is not a cursor from `next`";
        throw new ApiError(400, "invalid_request", `cursor: ${reason}`, [{ field: "cursor", reason }]);
      }
      return c.json(await listConversations(getDb(c.env.DB), c.get("workspaceId"), query, after), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "A conversation with its latest messages (up to 1,000; `moreBefore` pages back) and handoff",
      request: { params: IdParam },
      responses: { 200: json(ConversationDetailSchema, "The conversation"), ...errorResponses },
    }),
    async (c) => {
      const stub = await conversationStub(c.env, c.req.valid("param").id);
      const detail = await stub.detail(c.get("workspaceId"));
      if (!detail) throw notFound();
      return c.json(detail, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/messages",
      summary: "Page through a conversation's history",
      description:
        "Forward with `after` (the messages after that seq; 0 or absent: from the start), or back with `before` " +
        "(the latest messages below that seq). Each page is oldest first; `next` is the cursor for the following " +
        "page in the same direction, null at the end. The detail's `moreBefore` starts the way back.",
      request: { params: IdParam, query: MessagePageQuerySchema },
      responses: { 200: json(MessagePageSchema, "A page of messages"), ...errorResponses },
    }),
    async (c) => {
      const stub = await conversationStub(c.env, c.req.valid("param").id);
      const page = await stub.history(c.get("workspaceId"), c.req.valid("query"));
      if (!page) throw notFound();
      return c.json(page, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/messages",
      summary: "Post a customer or bot message",
      description:
        "API keys only (agents write on the conversation socket). A repeated `clientId` is stored once: the retry gets the original message back with status 200. A customer message is answered once the handoff triggers have decided on it: `message.meta` holds the `analysis` and the `decision`, and `conversation` the status it led to (`queued`, with the place in line, after a handoff). The bot's answer is not waited for: it follows as its own message, on the conversation socket, in `GET /conversations/{id}` and as a `message.created` webhook.",
      request: {
        params: IdParam,
        body: jsonBody(PostMessageBody),
      },
      responses: {
        201: json(PostedMessage, "Stored and delivered"),
        200: json(PostedMessage, "A retry of a message already stored under this clientId"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      authorize(c.get("principal"), body.role === "bot" ? "speak_as_bot" : "speak_as_customer");
      const { id } = c.req.valid("param");
      await enforce(c, "LIMIT_MESSAGES", `${c.get("workspaceId")}:${id}`);
      const stub = await conversationStub(c.env, id);
      const result = await stub.post(c.get("workspaceId"), body);
      if (!result) throw notFound();
      return c.json(
        { message: result.message, conversation: result.conversation },
        result.duplicate ? 200 : 201,
      );
    },
  );
