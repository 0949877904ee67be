import { getServerByName } from "partyserver";
import type { ConversationServer } from "../../durable-objects/conversation/conversation-server";
import type { ConversationRpc } from "../../durable-objects/conversation/rpc";
import { CONVERSATION_ID } from "../domain/ids";
import { notFound } from "./errors";

/** The Durable Object of a conversation id; ids that cannot exist are refused before any object is touched. */
export async function conversationStub(env: Env, id: string): Promise<ConversationRpc> {
  if (!CONVERSATION_ID.test(id)) throw notFound();
  // getServerByName (not a bare getByName) so the object's onStart has run before any RPC reaches it.
  const stub = await getServerByName<Env, ConversationServer>(
    env.Conversation as unknown as DurableObjectNamespace<ConversationServer>,
    id,
  );
  return stub as unknown as ConversationRpc;
}
