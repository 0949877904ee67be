import { routePartykitRequest } from "partyserver";
import { IDENTITY_HEADER, type SocketIdentity } from "../../durable-objects/conversation/conversation-server";
import { AGENT_HEADER, type AgentIdentity } from "../../durable-objects/queue/queue-server";
import { resolveAgentSession } from "../auth/agent-sessions";
import { verifyConversationToken } from "../auth/conversation-token";
import { tokenSecret } from "../config";
import { getAgentRow } from "../db/agents";
import { getDb } from "../db/client";
import { allowed, clientIp } from "../limits/rate-limit";

const unauthorized = (why: string) => new Response(why, { status: 401 });

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
      const ip = clientIp(req);
      if (ip && !(await allowed(env, "LIMIT_SOCKETS_PER_IP", ip)))
        return new Response("Too many connections from this address", {
          status: 429,
          headers: { "Retry-After": "60" },
        });
      const token = new URL(req.url).searchParams.get("token") ?? "";
      const forwarded = new Request(req);
      if (className === "Conversation") {
        const claims = await verifyConversationToken(tokenSecret(env), token);
        if (!claims || claims.conv !== name) return unauthorized("Invalid or expired token");
        let identity: SocketIdentity = { role: "customer" };
        if (claims.sub !== "customer") {
          // Who the agent is now (still there? still a supervisor?); the object checks they hold it.
          const agent = await getAgentRow(getDb(env.DB), claims.ws, claims.sub.slice("agent:".length));
          if (!agent) return unauthorized("This agent no longer exists");
          identity = {
            role: "agent",
            agentId: agent.id,
            supervisor: agent.role === "supervisor",
            expiresAt: claims.exp * 1000,
          };
        }
        forwarded.headers.set(IDENTITY_HEADER, JSON.stringify(identity));
        return forwarded;
      }
      if (className === "Queue") {
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
