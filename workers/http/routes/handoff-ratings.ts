import { createRoute } from "@hono/zod-openapi";
import { handoffId } from "../../../durable-objects/conversation/outbox-flush";
import { webhooksObject } from "../../../durable-objects/stubs";
import { getDb } from "../../db/client";
import { handoffRatings } from "../../db/schema/index";
import { type HandoffRating, HandoffRatingInputSchema, HandoffRatingSchema } from "../../protocol/ratings";
import { conversationStub } from "../conversation-stub";
import { ApiError, notFound } from "../errors";
import { createApi, errorResponses, failure, IdParam, json, jsonBody } from "../openapi";

/** The agent's rating of the handoff they received (the agent app asks for it after a resolve). */
export const handoffRatingRoutes = createApi();

handoffRatingRoutes.openapi(
  createRoute({
    method: "put",
    path: "/{id}/handoff-rating",
    summary: "Rate the handoff you received: was a person needed, how accurate was the summary (1–5)",
    request: { params: IdParam, body: jsonBody(HandoffRatingInputSchema) },
    responses: {
      ...errorResponses,
      200: json(HandoffRatingSchema, "Stored (a second rating by the same agent replaces the first)"),
      403: failure("Only the agent the handoff was assigned to rates it"),
      409: failure("The conversation has not been handed to an agent"),
    },
  }),
  async (c) => {
    const workspaceId = c.get("workspaceId");
    const { id } = c.req.valid("param");
    const input = c.req.valid("json");
    const detail = await (await conversationStub(c.env, id)).detail(workspaceId);
    if (!detail) throw notFound();
    const handoff = detail.handoff;
    if (!handoff?.agentId)
      throw new ApiError(409, "conflict", "This conversation has no assigned handoff to rate");
    const principal = c.get("principal");
    if (principal.kind !== "agent" || principal.agentId !== handoff.agentId) {
      throw new ApiError(403, "forbidden", "Only the agent the handoff was assigned to rates it");
    }
    const rating: HandoffRating = {
      conversationId: id,
      handoffId: handoffId(id, handoff.seq),
      agentId: principal.agentId,
      trigger: handoff.trigger,
      needed: input.needed,
      summaryAccuracy: input.summaryAccuracy,
      ...(input.comment ? { comment: input.comment } : {}),
      createdAt: new Date().toISOString(),
    };
    const row = { ...rating, workspaceId, comment: input.comment ?? null };
    const { trigger: _t, ...stored } = row;
    await getDb(c.env.DB)
      .insert(handoffRatings)
      .values(stored)
      .onConflictDoUpdate({ target: [handoffRatings.handoffId, handoffRatings.agentId], set: stored });
    await (await webhooksObject(c.env, workspaceId)).publish([
      {
        id: `${rating.handoffId}:rated:${rating.agentId}:${rating.createdAt}`,
        type: "handoff.rated",
        createdAt: rating.createdAt,
        workspaceId,
        conversationId: id,
        data: { rating },
      },
    ]);
    return c.json(rating, 200);
  },
);
