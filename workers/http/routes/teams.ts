import { createRoute, z } from "@hono/zod-openapi";
import { getDb } from "../../db/client";
import {
  createTeam,
  deleteTeam,
  findTeamByName,
  getTeam,
  listTeams,
  unknownAgentIds,
  updateTeam,
} from "../../db/teams";
import { CreateTeamSchema, TeamSchema, UpdateTeamSchema } from "../../protocol/agents";
import { ApiError, notFound } from "../errors";
import { requireManager } from "../middleware/auth";
import { createApi, errorResponses, failure, IdParam, json, jsonBody } from "../openapi";
import { reloadQueue } from "./agents";

async function checkInput(
  db: ReturnType<typeof getDb>,
  workspaceId: string,
  input: { name?: string; agentIds?: string[] },
  teamId?: string,
) {
  const unknown = await unknownAgentIds(db, workspaceId, input.agentIds ?? []);
  if (unknown.length > 0) {
    throw new ApiError(400, "invalid_request", `agentIds: no such agent ${unknown.join(", ")}`, [
      { field: "agentIds", reason: `no such agent: ${unknown.join(", ")}` },
    ]);
  }
  if (input.name) {
    const same = await findTeamByName(db, workspaceId, input.name);
    if (same && same.id !== teamId)
      throw new ApiError(409, "conflict", `A team named "${input.name}" already exists`);
  }
}

export const teamRoutes = createApi();
teamRoutes.use("/", async (c, next) => (c.req.method === "POST" ? requireManager()(c, next) : next()));
teamRoutes.on(["PATCH", "DELETE"], "/:id", requireManager());

teamRoutes
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "List teams",
      responses: { 200: json(z.object({ teams: z.array(TeamSchema) }), "All teams"), ...errorResponses },
    }),
    async (c) => c.json({ teams: await listTeams(getDb(c.env.DB), c.get("workspaceId")) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Create a team",
      request: { body: jsonBody(CreateTeamSchema) },
      responses: {
        201: json(TeamSchema, "The new team"),
        409: failure("Name taken"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const db = getDb(c.env.DB);
      const input = c.req.valid("json");
      await checkInput(db, c.get("workspaceId"), input);
      const team = await createTeam(db, c.get("workspaceId"), input);
      // Null only if the team vanished between the write and the read back (a concurrent delete).
      if (!team) throw notFound("team");
      await reloadQueue(c.env, c.get("workspaceId"));
      return c.json(team, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "One team",
      request: { params: IdParam },
      responses: { 200: json(TeamSchema, "The team"), ...errorResponses },
    }),
    async (c) => {
      const team = await getTeam(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("param").id);
      if (!team) throw notFound("team");
      return c.json(team, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      summary: "Change a team (agentIds replaces the members)",
      request: { params: IdParam, body: jsonBody(UpdateTeamSchema) },
      responses: {
        200: json(TeamSchema, "The changed team"),
        409: failure("Name taken"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const db = getDb(c.env.DB);
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      if (!(await getTeam(db, c.get("workspaceId"), id))) throw notFound("team");
      await checkInput(db, c.get("workspaceId"), input, id);
      const team = await updateTeam(db, c.get("workspaceId"), id, input);
      if (!team) throw notFound("team");
      await reloadQueue(c.env, c.get("workspaceId"));
      return c.json(team, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}",
      summary: "Delete a team",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      if (!(await deleteTeam(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("param").id)))
        throw notFound("team");
      await reloadQueue(c.env, c.get("workspaceId"));
      return c.body(null, 204);
    },
  );
