import { routePartykitRequest } from "partyserver";
import { IDENTITY_HEADER, type SocketIdentity } from "../../durable-objects/conversation/conversation-server";
import { AGENT_HEADER, type AgentIdentity } from "../../durable-objects/queue/queue-server";
import { originAllowedBy } from "../app-origins";
import { resolveAgentSession } from "../auth/agent-sessions";
import { verifyConversationToken } from "../auth/conversation-token";
import { tokenSecret } from "../config";
import { getAgentRow } from "../db/agents";
import { getDb } from "../db/client";
import { allowed, clientIp } from "../limits/rate-limit";
import { customerAccess } from "./widget-access";

const unauthorized = (why: string) => new Response(why, { status: 401 });

/** The objects reachable at `/parties/<name>/…`; anything else is answered 404 before partyserver sees it. */
const PARTIES = new Set(["conversation", "queue"]);

/**
 * The subprotocol a client offers to name Baton's socket; the server picks it. A client may carry its
 * token as a second offered subprotocol, `token.<token>`, so it stays out of URLs and the logs that keep them.
 */
export const SOCKET_PROTOCOL = "baton";
const TOKEN_PROTOCOL_PREFIX = "token.";

/** The token from the offered subprotocols, else from `?token=` (clients that cannot set subprotocols). */
export function socketToken(req: Request): { token: string; viaProtocol: boolean } {
  const offered = (req.headers.get("sec-websocket-protocol") ?? "").split(",").map((p) => p.trim());
  const fromProtocol = offered.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  if (fromProtocol) return { token: fromProtocol.slice(TOKEN_PROTOCOL_PREFIX.length), viaProtocol: true };
  return { token: new URL(req.url).searchParams.get("token") ?? "", viaProtocol: false };
}

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
 * Unknown paths get null (the caller answers 404) without reaching partyserver, which would log their URL.
 */
export async function routeSocket(request: Request, env: Env): Promise<Response | null> {
  const [, root, party, name] = new URL(request.url).pathname.split("/");
  if (root !== "parties" || !party || !PARTIES.has(party) || !name) return null;
  const { viaProtocol } = socketToken(request);
  const response = await routePartykitRequest(request, env, {
    onBeforeRequest: () => new Response("Not found", { status: 404 }),
    onBeforeConnect: async (req, { className, name }) => {
      const ip = clientIp(req);
      if (ip && !(await allowed(env, "LIMIT_SOCKETS_PER_IP", ip)))
        return new Response("Too many connections from this address", {
          status: 429,
          headers: { "Retry-After": "60" },
        });
      const { token } = socketToken(req);
      const forwarded = new Request(req);
      if (className === "Conversation") {
        const claims = await verifyConversationToken(tokenSecret(env), token);
        if (!claims || claims.conv !== name) return unauthorized("Invalid or expired token");
        let identity: SocketIdentity = { role: "customer" };
        if (claims.sub === "customer") {
          const refused = await customerAccess(getDb(env.DB), claims, req.headers.get("origin"));
          if (refused) return new Response(refused.message, { status: refused.status });
          if (claims.key && !claims.idv) identity = { role: "customer", unverified: true };
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
  // A client that offered subprotocols must get one back, or the browser drops the connection.
  if (!viaProtocol || response?.status !== 101 || !response.webSocket) return response;
  const headers = new Headers(response.headers);
  headers.set("Sec-WebSocket-Protocol", SOCKET_PROTOCOL);
  return new Response(null, { status: 101, webSocket: response.webSocket, headers });
}
