import type { ConversationRpc } from "../../durable-objects/conversation/rpc";
import { conversationObject } from "../../durable-objects/stubs";
import { CONVERSATION_ID } from "../domain/ids";
import { notFound } from "./errors";

/** The Durable Object of a conversation id; ids that cannot exist are refused before any object is touched. */
export async function conversationStub(env: Env, id: string): Promise<ConversationRpc> {
  if (!CONVERSATION_ID.test(id)) throw notFound();
  return conversationObject(env, id);
}
