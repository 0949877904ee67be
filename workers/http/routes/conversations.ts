import { createRoute, z } from "@hono/zod-openapi";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { conversations } from "../../db/schema";
import { enforce } from "../../limits/rate-limit";
import {
  ConversationDetailSchema,
  ConversationStatusSchema,
  ConversationSummarySchema,
  CustomerSchema,
  MessagePageQuerySchema,
  MessagePageSchema,
} from "../../protocol/conversation";
import { ClientIdSchema, MessageSchema, MessageTextSchema } from "../../protocol/message";
import { conversationStub } from "../conversation-stub";
import { notFound } from "../errors";
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
  })
  .strict();

const PostedMessage = z.object({ message: MessageSchema, conversation: ConversationSummarySchema });

const ListQuery = z.object({
  status: ConversationStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  before: z.string().optional().openapi({ description: "`updatedAt` of the last item of the previous page" }),
  email: z
    .email()
    .max(320)
    .optional()
    .openapi({ description: "Only this customer's conversations (the agent app's customer history)" }),
});

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
      summary: "List conversations, most recently active first",
      request: { query: ListQuery },
      responses: {
        200: json(
          z.object({ conversations: z.array(ConversationSummarySchema), next: z.string().nullable() }),
          "A page",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { status, limit, before, email } = c.req.valid("query");
      const rows = await getDb(c.env.DB)
        .select()
        .from(conversations)
        .where(
          and(
            eq(conversations.workspaceId, c.get("workspaceId")),
            status ? eq(conversations.status, status) : undefined,
            before ? lt(conversations.updatedAt, before) : undefined,
            email ? sql`json_extract(${conversations.customer}, '$.email') = ${email}` : undefined,
          ),
        )
        .orderBy(desc(conversations.updatedAt))
        .limit(limit + 1);
      const page = rows.slice(0, limit).map((r) => ConversationSummarySchema.parse(r));
      return c.json(
        { conversations: page, next: rows.length > limit ? (page.at(-1)?.updatedAt ?? null) : null },
        200,
      );
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
        "API keys only (agents write on the conversation socket). A repeated `clientId` is stored once: the retry gets the original message back with status 200.",
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
