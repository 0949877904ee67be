import { createRoute, z } from "@hono/zod-openapi";
import { LocalAiProvider } from "../../ai/local/index";
import { loadContacts } from "../../db/backtest";
import { getDb } from "../../db/client";
import { loadRules } from "../../db/rules";
import { replayContact, summarizeReplays } from "../../domain/backtest";
import { mergeRules, RulesPatchSchema, RulesSchema } from "../../domain/rules";
import { BacktestResultSchema } from "../../protocol/backtest";
import { validationError } from "../errors";
import { createApi, errorResponses, json, jsonBody } from "../openapi";
import { authorize } from "../permissions";

const DAY_MS = 86_400_000;
/** How many conversations a backtest replays at most, and how many changed ones it lists. */
export const BACKTEST_LIMITS = { conversations: 500, changed: 100 } as const;

const BacktestBody = z
  .object({
    rules: RulesPatchSchema.openapi({ description: "The rule changes to try (nothing is saved)" }),
    from: z.iso
      .datetime({ offset: true })
      .optional()
      .openapi({ description: "Default: 30 days before `to`" }),
    to: z.iso.datetime({ offset: true }).optional().openapi({ description: "Default: now" }),
    limit: z.number().int().min(1).max(BACKTEST_LIMITS.conversations).default(200),
  })
  .strict()
  .refine((b) => !b.from || !b.to || Date.parse(b.from) < Date.parse(b.to), {
    message: "must be after from",
    path: ["to"],
  });

/** Proposed rules replayed over stored conversations before anything is saved (docs/api.md). */
export const backtestRoutes = createApi().openapi(
  createRoute({
    method: "post",
    path: "/backtest",
    summary:
      "Replay stored conversations with proposed rules: predicted handoff rate, actual one, and what changes",
    description:
      "Supervisors and API keys only. The latest `limit` conversations created in [from, to) are replayed, each " +
      "up to its first handoff (or first resolve), from the analyses stored with their messages.",
    request: { body: jsonBody(BacktestBody) },
    responses: { 200: json(BacktestResultSchema, "The replay"), ...errorResponses },
  }),
  async (c) => {
    authorize(c.get("principal"), "evaluate");
    const body = c.req.valid("json");
    const saved = await loadRules(getDb(c.env.DB), c.get("workspaceId"));
    const rules = RulesSchema.safeParse(mergeRules(saved, body.rules));
    if (!rules.success) {
      throw validationError(
        rules.error.issues.map((i) => ({ ...i, path: ["rules", ...i.path] })),
        "json",
      );
    }
    const to = body.to ? new Date(body.to) : new Date();
    const from = body.from ? new Date(body.from) : new Date(to.getTime() - 30 * DAY_MS);
    const contacts = await loadContacts(c.env.DB, c.get("workspaceId"), {
      from: from.toISOString(),
      to: to.toISOString(),
      limit: body.limit,
    });
    // Offline only for a message stored without its analysis: a backtest never waits on a remote model.
    const provider = new LocalAiProvider();
    const replays = [];
    for (const contact of contacts) replays.push(await replayContact(provider, rules.data, contact));
    return c.json(
      {
        from: from.toISOString(),
        to: to.toISOString(),
        ...summarizeReplays(replays, BACKTEST_LIMITS.changed),
      },
      200,
    );
  },
);
