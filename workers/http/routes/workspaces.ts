import { createRoute } from "@hono/zod-openapi";
import { generateApiKey } from "../../auth/api-keys";
import { createAgent } from "../../db/agents";
import { getDb } from "../../db/client";
import { ensureWorkspace } from "../../db/workspaces";
import { newId } from "../../domain/ids";
import { CreatedWorkspaceSchema, CreateWorkspaceSchema } from "../../protocol/keys";
import { requirePlatformOperator } from "../middleware/auth";
import { createApi, errorResponses, failure, json, jsonBody } from "../openapi";

/**
 * A new tenant without SQL: the platform operator (`PLATFORM_TOKEN`, never a workspace's key) creates one,
 * which shares nothing with any other. The answer carries the new workspace's own first key.
 */
export const workspaceRoutes = createApi();
workspaceRoutes.use("*", requirePlatformOperator());

workspaceRoutes.openapi(
  createRoute({
    method: "post",
    path: "/",
    summary: "Create a workspace, with its first API key and optionally a first supervisor",
    request: { body: jsonBody(CreateWorkspaceSchema) },
    security: [{ platformToken: [] }],
    responses: {
      ...errorResponses,
      201: json(CreatedWorkspaceSchema, "The workspace and its key (shown once)"),
      401: failure("No bearer, or one that is neither the operator's token nor a valid key or session"),
      403: failure(
        "A workspace's key or session (admin or not): only the platform operator creates workspaces",
      ),
    },
  }),
  async (c) => {
    const { name, supervisor } = c.req.valid("json");
    const db = getDb(c.env.DB);
    const id = newId("ws");
    const apiKey = generateApiKey();
    await ensureWorkspace(db, { id, name, apiKey });
    const agent = supervisor
      ? await createAgent(db, id, { ...supervisor, skills: [], maxConcurrent: 3, role: "supervisor" })
      : null;
    return c.json(
      {
        workspace: { id, name, createdAt: new Date().toISOString() },
        apiKey,
        supervisorId: agent?.id ?? null,
      },
      201,
    );
  },
);
