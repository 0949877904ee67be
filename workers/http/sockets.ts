import { routePartykitRequest } from "partyserver";
import { IDENTITY_HEADER, type SocketIdentity } from "../../durable-objects/conversation/conversation-server";
import { AGENT_HEADER, type AgentIdentity } from "../../durable-objects/queue/queue-server";
import { originAllowedBy } from "../app-origins";
import { resolveAgentSession } from "../auth/agent-sessions";
import { verifyConversationToken } from "../auth/conversation-token";
import { tokenSecret } from "../config";
import { getAgentRow } from "../db/agents";
import { getDb } from "../db/client";
import { customerAccess } from "./widget-access";

const unauthorized = (why: string) => new Response(why, { status: 401 });

/**
 * Agents' sockets open from the Worker's own origin or one of `APP_ORIGINS` (the app on Pages); customers'
 * come from any site that embeds the widget, whose key was checked against its own list at the start.
 */
function agentOriginRefused(req: Request, env: Env): Response | null {
  const origin = req.headers.get("origin") ?? undefined;
  if (originAllowedBy(env.APP_ORIGINS, origin, req.url)) return null;
  return new Response(`Agent sockets may not be opened from ${origin}: add it to APP_ORIGINS`, {
    status: 403,
  });
}

/**
 * WebSocket entries, each gated by a credential for exactly that object, with an identity header the
 * client cannot forge (we overwrite it); plain HTTP to the objects is never exposed.
 * - `/parties/conversation/<id>?token=<conversation token>&lastSeq=…`: the widget or the assigned agent.
 * - `/parties/queue/<workspaceId>?token=<agent session>`: an agent's presence and assignments.
 */
export async function routeSocket(request: Request, env: Env): Promise<Response | null> {
  return routePartykitRequest(request, env, {
    onBeforeRequest: () => new Response("Not found", { status: 404 }),
    onBeforeConnect: async (req, { className, name }) => {
      const token = new URL(req.url).searchParams.get("token") ?? "";
      const forwarded = new Request(req);
      if (className === "Conversation") {
        const claims = await verifyConversationToken(tokenSecret(env), token);
        if (!claims || claims.conv !== name) return unauthorized("Invalid or expired token");
        let identity: SocketIdentity = { role: "customer" };
        if (claims.sub === "customer") {
          const refused = await customerAccess(getDb(env.DB), claims, req.headers.get("origin"));
          if (refused) return new Response(refused.message, { status: refused.status });
        } else {
          const refusedOrigin = agentOriginRefused(req, env);
          if (refusedOrigin) return refusedOrigin;
          // Who the agent is now (still there? still a supervisor?); the object checks they hold it.
          const agent = await getAgentRow(getDb(env.DB), claims.ws, claims.sub.slice("agent:".length));
          if (!agent) return unauthorized("This agent no longer exists");
          identity = {
            role: "agent",
            agentId: agent.id,
            name: agent.name,
            supervisor: agent.role === "supervisor",
            expiresAt: claims.exp * 1000,
          };
        }
        forwarded.headers.set(IDENTITY_HEADER, JSON.stringify(identity));
        return forwarded;
      }
      if (className === "Queue") {
        const refused = agentOriginRefused(req, env);
        if (refused) return refused;
        const session = await resolveAgentSession(getDb(env.DB), token);
        if (!session || session.workspaceId !== name)
          return unauthorized("Sign in as an agent of this workspace");
        forwarded.headers.set(
          AGENT_HEADER,
          JSON.stringify({ agentId: session.agentId } satisfies AgentIdentity),
        );
        return forwarded;
      }
      return new Response("Not found", { status: 404 });
    },
  });
}
