import { createRoute, z } from "@hono/zod-openapi";
import { RepSchema, RepsSchema } from "../../bot/reps";
import { getDb } from "../../db/client";
import { loadDocument, saveDocument } from "../../db/workspace-config";
import { WarningsField } from "../config-document";
import { requireManager } from "../middleware/auth";
import { createApi, errorResponses, json, jsonBody } from "../openapi";

const RepsBody = z.object({ reps: RepsSchema }).strict();
const RepsAnswer = z.object({ reps: z.array(RepSchema), ...WarningsField });

export const repRoutes = createApi();
repRoutes.on("PUT", "/", requireManager());

repRoutes
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "The workspace's AI reps",
      description:
        "Each rep has its own persona, the articles it answers from (`scope.tags`; none: all) and the skill its " +
        "handoffs ask for. A conversation started with `repId` is that rep's; without one, the workspace's " +
        "persona answers.",
      responses: { 200: json(RepsAnswer, "The reps in force"), ...errorResponses },
    }),
    async (c) => {
      const { value, problem } = await loadDocument(getDb(c.env.DB), c.get("workspaceId"), "reps");
      return c.json(problem ? { reps: value, warnings: [problem.message] } : { reps: value }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/",
      summary: "Replace the workspace's AI reps",
      description:
        "The list sent is the whole set: reps left out are removed (their conversations go on with the " +
        "workspace's persona). Applies to the next message of every conversation.",
      request: { body: jsonBody(RepsBody) },
      responses: { 200: json(RepsAnswer, "The reps now in force"), ...errorResponses },
    }),
    async (c) => {
      const { reps } = c.req.valid("json");
      await saveDocument(getDb(c.env.DB), c.get("workspaceId"), "reps", reps);
      return c.json({ reps }, 200);
    },
  );
