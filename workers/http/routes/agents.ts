import { createRoute, z } from "@hono/zod-openapi";
import { queueObject } from "../../../durable-objects/stubs";
import { createAgent, deleteAgent, getAgent, listAgents, setAgentStatus, updateAgent } from "../../db/agents";
import { getDb } from "../../db/client";
import { AgentSchema, AgentStatusSchema, CreateAgentSchema, UpdateAgentSchema } from "../../protocol/agents";
import { revokeAgentEverywhere } from "../agent-revocation";
import type { Principal } from "../context";
import { ApiError, notFound } from "../errors";
import { requireManager } from "../middleware/auth";
import { createApi, errorResponses, failure, IdParam, json, jsonBody } from "../openapi";

/** The line learns of every change to who can take conversations and how it routes. */
export async function reloadQueue(env: Env, workspaceId: string): Promise<void> {
  await (await queueObject(env, workspaceId)).reload();
}

const emailTaken = () =>
  new ApiError(409, "conflict", "Another agent of this workspace already has this email");

/** Agents may change their own status; anything else about agents is for supervisors and API keys. */
function canSetStatus(principal: Principal, agentId: string): boolean {
  return principal.kind === "apiKey" || principal.role === "supervisor" || principal.agentId === agentId;
}

export const agentRoutes = createApi();
agentRoutes.use("/", async (c, next) => (c.req.method === "POST" ? requireManager()(c, next) : next()));
agentRoutes.on(["PATCH", "DELETE"], "/:id", requireManager());

agentRoutes
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      summary: "List the workspace's agents",
      responses: { 200: json(z.object({ agents: z.array(AgentSchema) }), "All agents"), ...errorResponses },
    }),
    async (c) => c.json({ agents: await listAgents(getDb(c.env.DB), c.get("workspaceId")) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      summary: "Add an agent",
      description: "With `password`, the agent can sign in to the agent app with their email.",
      request: { body: jsonBody(CreateAgentSchema) },
      responses: {
        201: json(AgentSchema, "The new agent"),
        409: failure("Email already used in this workspace"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const agent = await createAgent(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("json"));
      if (!agent) throw emailTaken();
      await reloadQueue(c.env, c.get("workspaceId"));
      return c.json(agent, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      summary: "One agent",
      request: { params: IdParam },
      responses: { 200: json(AgentSchema, "The agent"), ...errorResponses },
    }),
    async (c) => {
      const agent = await getAgent(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("param").id);
      if (!agent) throw notFound("agent");
      return c.json(agent, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      summary: "Change an agent",
      request: { params: IdParam, body: jsonBody(UpdateAgentSchema) },
      responses: {
        200: json(AgentSchema, "The changed agent"),
        409: failure("Email taken"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const db = getDb(c.env.DB);
      const id = c.req.valid("param").id;
      const before = await getAgent(db, c.get("workspaceId"), id);
      const result = await updateAgent(db, c.get("workspaceId"), id, c.req.valid("json"));
      if (result === "conflict") throw emailTaken();
      if (!result) throw notFound("agent");
      await reloadQueue(c.env, c.get("workspaceId"));
      if (before?.role === "supervisor" && result.role !== "supervisor") {
        await revokeAgentEverywhere(c.env, c.get("workspaceId"), id);
      }
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}",
      summary: "Remove an agent",
      request: { params: IdParam },
      responses: { 204: { description: "Removed" }, ...errorResponses },
    }),
    async (c) => {
      if (!(await deleteAgent(getDb(c.env.DB), c.get("workspaceId"), c.req.valid("param").id)))
        throw notFound("agent");
      await reloadQueue(c.env, c.get("workspaceId"));
      await revokeAgentEverywhere(c.env, c.get("workspaceId"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/status",
      summary: "Set an agent's availability",
      description: "For integrations (e.g. a workforce tool) and for the agent themself.",
      request: { params: IdParam, body: jsonBody(z.object({ status: AgentStatusSchema }).strict()) },
      responses: {
        ...errorResponses,
        200: json(AgentSchema, "The agent with the new status"),
        403: failure("Not yours"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      if (!canSetStatus(c.get("principal"), id)) {
        throw new ApiError(403, "forbidden", "Agents can only set their own status");
      }
      const agent = await setAgentStatus(
        getDb(c.env.DB),
        c.get("workspaceId"),
        id,
        c.req.valid("json").status,
      );
      if (!agent) throw notFound("agent");
      await (await queueObject(c.env, c.get("workspaceId"))).setAgentStatus(id, agent.status);
      return c.json(agent, 200);
    },
  );
