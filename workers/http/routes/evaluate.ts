import { createRoute, z } from "@hono/zod-openapi";
import { createAiProvider } from "../../ai/create-provider";
import { getDb } from "../../db/client";
import { loadRules } from "../../db/rules";
import { mergeRules, RulesPatchSchema, RulesSchema } from "../../domain/rules";
import { DecisionSchema, evaluateTranscript } from "../../domain/triggers/index";
import { MessageTextSchema } from "../../protocol/message";
import { ApiError, validationError } from "../errors";
import { createApi, errorResponses, json, jsonBody } from "../openapi";
import { authorize } from "../permissions";

const EvaluateBody = z
  .object({
    messages: z
      .array(
        z.object({ role: z.enum(["customer", "bot", "agent", "system"]), text: MessageTextSchema }).strict(),
      )
      .min(1),
    rules: RulesPatchSchema.optional().openapi({ description: "Try rule changes without saving them" }),
  })
  .strict();

/**
 * The most a dry run reads: workspace patterns run on every message, so the cost is bounded here rather
 * than by the body limit alone.
 */
export const EVALUATE_LIMITS = { messages: 200, characters: 2000 } as const;

function checkTranscriptSize(messages: readonly { text: string }[]): void {
  const long = messages.findIndex((m) => m.text.length > EVALUATE_LIMITS.characters);
  if (messages.length <= EVALUATE_LIMITS.messages && long < 0) return;
  throw new ApiError(
    400,
    "transcript_too_large",
    `A transcript to evaluate has at most ${EVALUATE_LIMITS.messages} messages of at most ${EVALUATE_LIMITS.characters} characters`,
    long >= 0
      ? [{ field: `messages[${long}].text`, reason: `over ${EVALUATE_LIMITS.characters} characters` }]
      : [{ field: "messages", reason: `over ${EVALUATE_LIMITS.messages} messages` }],
  );
}

const EvaluateResult = DecisionSchema.extend({
  turn: z.number().int().nullable().openapi({ description: "Index of the customer message that handed off" }),
});

/** A dry run of the trigger engine on a transcript, with the workspace's rules (or changes to try). */
export const evaluateRoutes = createApi().openapi(
  createRoute({
    method: "post",
    path: "/",
    summary: "Would this conversation be handed off, when, and why?",
    description:
      "Supervisors and API keys only. At most 200 messages of at most 2,000 characters (400 `transcript_too_large` otherwise).",
    request: { body: jsonBody(EvaluateBody) },
    responses: {
      200: json(EvaluateResult, "The decision, as the live conversation would make it"),
      ...errorResponses,
    },
  }),
  async (c) => {
    authorize(c.get("principal"), "evaluate");
    const body = c.req.valid("json");
    checkTranscriptSize(body.messages);
    const saved = await loadRules(getDb(c.env.DB), c.get("workspaceId"));
    const rules = RulesSchema.safeParse(body.rules ? mergeRules(saved, body.rules) : saved);
    if (!rules.success) {
      throw validationError(
        rules.error.issues.map((i) => ({ ...i, path: ["rules", ...i.path] })),
        "json",
      );
    }
    const { decision, turn } = await evaluateTranscript(createAiProvider(c.env), rules.data, body.messages);
    return c.json({ ...decision, turn }, 200);
  },
);
