import type { ConversationRpc } from "../../durable-objects/conversation/rpc";
import { conversationObject } from "../../durable-objects/stubs";
import { activeConversationIds } from "../db/active-conversations";
import { getDb } from "../db/client";

/** Conversations told at once; a large workspace is worked through in steps of this size. */
const AT_ONCE = 20;

/**
 * Tells every conversation of the workspace that is not over about a change that must take effect now (an
 * agent's rights, identity enforcement), not when a token runs out. Rare actions, so one call per open
 * conversation is acceptable.
 */
export async function tellOpenConversations(
  env: Env,
  workspaceId: string,
  tell: (conversation: ConversationRpc) => Promise<void>,
): Promise<void> {
  const ids = await activeConversationIds(getDb(env.DB), workspaceId);
  for (let i = 0; i < ids.length; i += AT_ONCE) {
    await Promise.all(ids.slice(i, i + AT_ONCE).map(async (id) => tell(await conversationObject(env, id))));
  }
}
