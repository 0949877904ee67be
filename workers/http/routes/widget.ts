import { createRoute } from "@hono/zod-openapi";
import { customerFromPage, WidgetConversationSchema, WidgetStartSchema } from "../../protocol/widget";
import { widgetKeyAuth } from "../middleware/widget-key";
import { createApi, errorResponses, failure, json } from "../openapi";
import { startConversation } from "../start-conversation";

/**
 * The chat widget's only door: with a publishable key it can start a conversation and nothing else.
 * Everything after that goes over the conversation's socket with the token returned here.
 */
export const widgetRoutes = createApi();
widgetRoutes.use("/conversations", widgetKeyAuth());
widgetRoutes.openapi(
  createRoute({
    method: "post",
    path: "/conversations",
    summary: "Start a conversation from the chat widget",
    description:
      "Authenticated by the workspace's publishable widget key (`Authorization: Bearer pk_…`), never the secret API key. The page's Origin must be in the key's allowed list when it has one.",
    security: [],
    request: {
      body: { content: { "application/json": { schema: WidgetStartSchema } }, required: false },
    },
    responses: {
      ...errorResponses,
      201: json(WidgetConversationSchema, "The conversation and its socket token"),
      403: failure("The page's origin is not allowed for this key"),
    },
  }),
  async (c) => {
    const body = c.req.valid("json") ?? {};
    const { id, customerToken } = await startConversation(
      c.env,
      c.get("workspaceId"),
      customerFromPage(body.customer),
    );
    return c.json({ id, customerToken }, 201);
  },
);
