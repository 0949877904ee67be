import { createRoute, z } from "@hono/zod-openapi";
import { createAiProvider } from "../../ai/create-provider";
import { getDb } from "../../db/client";
import { retrieveForTurn } from "../../db/knowledge";
import { citedArticleIds, mergeSuggestions, suggestionHistory } from "../../domain/suggestions";
import { semanticIndexFor } from "../../knowledge/semantic-index";
import { SuggestionSchema } from "../../protocol/replies";
import { conversationStub } from "../conversation-stub";
import { notFound } from "../errors";
import { createApi, errorResponses, IdParam, json } from "../openapi";

/**
 * The co-pilot: replies an agent (or a developer's own tool) may insert, edit and send. Nothing is sent here.
 * The AI provider writes from the chat (offline: templates by topic and mood), and the help centre offers the
 * passages that answer the customer's question.
 */
export const suggestionRoutes = createApi().openapi(
  createRoute({
    method: "get",
    path: "/{id}/suggestions",
    summary: "Suggested replies for the conversation's next agent message",
    description:
      "Best first; `source` is `ai` (written from the chat) or `knowledge` (a help-centre passage, with its " +
      "article; articles the bot already cited are left out). Suggestions are never sent on their own.",
    request: { params: IdParam },
    responses: {
      200: json(z.object({ suggestions: z.array(SuggestionSchema) }), "Best first"),
      ...errorResponses,
    },
  }),
  async (c) => {
    const workspaceId = c.get("workspaceId");
    const detail = await (await conversationStub(c.env, c.req.valid("param").id)).detail(workspaceId);
    if (!detail) throw notFound();
    const history = suggestionHistory(detail.messages);
    const [replies, articles] = await Promise.all([
      createAiProvider(c.env).suggestReplies(history),
      // A search failure (no index yet) leaves the AI's replies: the co-pilot is help, never a blocker.
      retrieveForTurn(getDb(c.env.DB), workspaceId, history, { semantic: semanticIndexFor(c.env) }).catch(
        () => [],
      ),
    ]);
    return c.json(
      { suggestions: mergeSuggestions(replies, articles, citedArticleIds(detail.messages)) },
      200,
    );
  },
);
