import { createRoute } from "@hono/zod-openapi";
import { getDb } from "../../db/client";
import { loadRules, saveRules } from "../../db/rules";
import { mergeRules, RulesPatchSchema, RulesSchema } from "../../domain/rules";
import { documentWithWarnings, WarningsField } from "../config-document";
import { validationError } from "../errors";
import { requireManager } from "../middleware/auth";
import { createApi, errorResponses, json, jsonBody } from "../openapi";

export const rulesRoutes = createApi();
rulesRoutes.on("PUT", "/", requireManager());

rulesRoutes
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "The workspace's handoff rules (the defaults until changed)",
      responses: { 200: json(RulesSchema.extend(WarningsField), "The rules in force"), ...errorResponses },
    }),
    async (c) => c.json(await documentWithWarnings(getDb(c.env.DB), c.get("workspaceId"), "rules"), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/",
      summary: "Change the handoff rules",
      description:
        "Each top-level part sent replaces the current one (`keywords` and `sentiment` merge one level); parts " +
        "left out stay as they are. The result must be a valid rules document, or nothing changes.",
      request: { body: jsonBody(RulesPatchSchema) },
      responses: {
        200: json(RulesSchema, "The rules now in force"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const db = getDb(c.env.DB);
      const merged = RulesSchema.safeParse(
        mergeRules(await loadRules(db, c.get("workspaceId")), c.req.valid("json")),
      );
      if (!merged.success) throw validationError(merged.error.issues, "json");
      await saveRules(db, c.get("workspaceId"), merged.data);
      return c.json(merged.data, 200);
    },
  );
