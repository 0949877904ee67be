import { routePartykitRequest } from "partyserver";
import { IDENTITY_HEADER, type SocketIdentity } from "../../durable-objects/conversation/conversation-server";
import { verifyConversationToken } from "../auth/conversation-token";
import { tokenSecret } from "../config";

/**
 * WebSocket entry: `/parties/conversation/<id>?token=…&lastSeq=…`. Only upgrades with a valid token for that
 * very conversation get through, carrying an identity header the client cannot forge (we overwrite it);
 * plain HTTP to the objects is never exposed.
 */
export async function routeSocket(request: Request, env: Env): Promise<Response | null> {
  return routePartykitRequest(request, env, {
    onBeforeRequest: () => new Response("Not found", { status: 404 }),
    onBeforeConnect: async (req, { className, name }) => {
      if (className !== "Conversation") return new Response("Not found", { status: 404 });
      const token = new URL(req.url).searchParams.get("token") ?? "";
      const claims = await verifyConversationToken(tokenSecret(env), token);
      if (!claims || claims.conv !== name) return new Response("Invalid or expired token", { status: 401 });
      const identity: SocketIdentity =
        claims.sub === "customer"
          ? { role: "customer" }
          : { role: "agent", agentId: claims.sub.slice("agent:".length) };
      const forwarded = new Request(req);
      forwarded.headers.set(IDENTITY_HEADER, JSON.stringify(identity));
      return forwarded;
    },
  });
}
