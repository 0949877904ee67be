import { createRoute, z } from "@hono/zod-openapi";
import { createAgentSession, endAgentSession } from "../../auth/agent-sessions";
import { passwordOpens } from "../../auth/sign-in";
import { agentsWithEmail, findAgentByEmail, getAgent } from "../../db/agents";
import { getDb } from "../../db/client";
import { clientIp, enforce } from "../../limits/rate-limit";
import { AgentSchema, AgentSessionSchema } from "../../protocol/agents";
import { ApiError } from "../errors";
import { createApi, errorResponses, json, jsonBody } from "../openapi";

const LoginBody = z
  .object({
    email: z.email(),
    password: z.string().min(1).max(200),
    workspaceId: z.string().optional().openapi({
      description:
        "The workspace to sign in to; needed when the email is used in several workspaces (409 `workspace_required` without it)",
    }),
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
      await enforce(c, "LIMIT_SIGN_IN", `${clientIp(c.req.raw) ?? "-"}:${email.toLowerCase()}`);
      // The workspace first: one account, one hash, whatever other workspaces put under the same email.
      const found = workspaceId
        ? [await findAgentByEmail(db, workspaceId, email)].filter((a) => a !== undefined)
        : await agentsWithEmail(db, email, 2);
      const only = found.length === 1 ? found[0] : undefined;
      const opens = await passwordOpens(only, password);
      if (found.length > 1) {
        // Checked without the password (each account has its own), and without naming the workspaces.
        throw new ApiError(
          409,
          "workspace_required",
          "This email is used in several workspaces: send the workspaceId to sign in to",
        );
      }
      if (!only || !opens) throw badCredentials();
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
