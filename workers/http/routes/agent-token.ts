import { createRoute, z } from "@hono/zod-openapi";
import { signConversationToken } from "../../auth/conversation-token";
import { tokenSecret } from "../../config";
import { conversationStub } from "../conversation-stub";
import { ApiError, notFound } from "../errors";
import { createApi, errorResponses, failure, IdParam, json } from "../openapi";

/**
 * The agent app's way back into a conversation it holds after a reload: the queue socket hands out a
 * conversation token only once, with the `assigned` frame.
 */
export const agentTokenRoutes = createApi().openapi(
  createRoute({
    method: "post",
    path: "/{id}/agent-token",
    summary: "A conversation token for the signed-in agent",
    description:
      "For the agent holding the conversation, or a supervisor (who may read but not write). Agent sessions only.",
    request: { params: IdParam },
    responses: {
      ...errorResponses,
      200: json(z.object({ conversationToken: z.string() }), "Opens `/parties/conversation/<id>`"),
      403: failure("Not an agent session, or not your conversation"),
    },
  }),
  async (c) => {
    const principal = c.get("principal");
    if (principal.kind !== "agent") throw new ApiError(403, "forbidden", "Only an agent session has a seat");
    const { id } = c.req.valid("param");
    const detail = await (await conversationStub(c.env, id)).detail(c.get("workspaceId"));
    if (!detail) throw notFound();
    if (principal.role !== "supervisor" && detail.handoff?.agentId !== principal.agentId) {
      throw new ApiError(403, "forbidden", "This conversation is not yours");
    }
    const conversationToken = await signConversationToken(tokenSecret(c.env), {
      ws: c.get("workspaceId"),
      conv: id,
      sub: `agent:${principal.agentId}`,
    });
    return c.json({ conversationToken }, 200);
  },
);
