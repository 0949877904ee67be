import { createRoute, z } from "@hono/zod-openapi";
import { createAiProvider } from "../../ai/create-provider";
import { getDb } from "../../db/client";
import { loadRules } from "../../db/rules";
import { mergeRules, RulesPatchSchema, RulesSchema } from "../../domain/rules";
import { DecisionSchema, evaluateTranscript } from "../../domain/triggers/index";
import { MessageTextSchema } from "../../protocol/message";
import { validationError } from "../errors";
import { createApi, errorResponses, json, jsonBody } from "../openapi";

const EvaluateBody = z
  .object({
    messages: z
      .array(
        z.object({ role: z.enum(["customer", "bot", "agent", "system"]), text: MessageTextSchema }).strict(),
      )
      .min(1)
      .max(500),
    rules: RulesPatchSchema.optional().openapi({ description: "Try rule changes without saving them" }),
  })
  .strict();

const EvaluateResult = DecisionSchema.extend({
  turn: z.number().int().nullable().openapi({ description: "Index of the customer message that handed off" }),
});

/** A dry run of the trigger engine on a transcript, with the workspace's rules (or changes to try). */
export const evaluateRoutes = createApi().openapi(
  createRoute({
    method: "post",
    path: "/",
    summary: "Would this conversation be handed off, when, and why?",
    request: { body: jsonBody(EvaluateBody) },
    responses: {
      200: json(EvaluateResult, "The decision, as the live conversation would make it"),
      ...errorResponses,
    },
  }),
  async (c) => {
    const body = c.req.valid("json");
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
