import { createRoute, z } from "@hono/zod-openapi";
import { createAgentSession, endAgentSession } from "../../auth/agent-sessions";
import { verifyPassword } from "../../auth/passwords";
import { agentsWithEmail, getAgent } from "../../db/agents";
import { getDb } from "../../db/client";
import { AgentSchema, AgentSessionSchema } from "../../protocol/agents";
import { ApiError } from "../errors";
import { createApi, errorResponses, json, jsonBody } from "../openapi";

const LoginBody = z
  .object({
    email: z.email(),
    password: z.string().min(1).max(200),
    workspaceId: z
      .string()
      .optional()
      .openapi({ description: "Needed only when the email works in several workspaces" }),
  })
  .strict();

const badCredentials = () => new ApiError(401, "invalid_credentials", "Email or password is not right");

/** Agent-app sign-in. `/login` is public; the others need the session they act on. */
export const authRoutes = createApi()
  .openapi(
    createRoute({
      method: "post",
      path: "/login",
      summary: "Sign an agent in to the agent app",
      security: [],
      request: { body: jsonBody(LoginBody) },
      responses: {
        200: json(AgentSessionSchema, "A session token for `Authorization: Bearer`"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const db = getDb(c.env.DB);
      const { email, password, workspaceId } = c.req.valid("json");
      const candidates = (await agentsWithEmail(db, email)).filter(
        (a) => !workspaceId || a.workspaceId === workspaceId,
      );
      const matches = [];
      for (const row of candidates) {
        if (row.passwordHash && (await verifyPassword(password, row.passwordHash))) matches.push(row);
      }
      const [only, ...more] = matches;
      if (!only) throw badCredentials();
      if (more.length > 0) {
        // Only someone who knows the password learns which workspaces it opens.
        throw new ApiError(
          409,
          "workspace_required",
          "This sign-in works in several workspaces: send workspaceId",
          {
            workspaceIds: matches.map((m) => m.workspaceId),
          },
        );
      }
      const session = await createAgentSession(db, only);
      const agent = await getAgent(db, only.workspaceId, only.id);
      if (!agent) throw badCredentials();
      return c.json({ ...session, workspaceId: only.workspaceId, agent }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/logout",
      summary: "End this agent session",
      responses: { 204: { description: "Signed out" }, ...errorResponses },
    }),
    async (c) => {
      if (c.get("principal").kind !== "agent")
        throw new ApiError(400, "invalid_request", "Only an agent session can sign out");
      await endAgentSession(getDb(c.env.DB), c.get("bearer"));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      summary: "The signed-in agent",
      responses: { 200: json(AgentSchema, "You"), ...errorResponses },
    }),
    async (c) => {
      const principal = c.get("principal");
      if (principal.kind !== "agent")
        throw new ApiError(400, "invalid_request", "This is an API key, not an agent");
      const agent = await getAgent(getDb(c.env.DB), c.get("workspaceId"), principal.agentId);
      if (!agent) throw badCredentials();
      return c.json(agent, 200);
    },
  );
