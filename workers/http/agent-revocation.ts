import { conversationObject } from "../../durable-objects/stubs";
import { activeConversationIds } from "../db/active-conversations";
import { getDb } from "../db/client";

/** Conversations told at once; a large workspace is worked through in steps of this size. */
const AT_ONCE = 20;

/**
 * A supervisor demoted or an agent removed: every conversation of the workspace that is not over closes the
 * sockets they may no longer keep. A token proves who someone was when it was issued; this makes the change
 * take effect now, not when the token runs out. A rare action, so its cost (one call per open conversation)
 * is acceptable.
 */
export async function revokeAgentEverywhere(env: Env, workspaceId: string, agentId: string): Promise<void> {
  const ids = await activeConversationIds(getDb(env.DB), workspaceId);
  for (let i = 0; i < ids.length; i += AT_ONCE) {
    await Promise.all(
      ids
        .slice(i, i + AT_ONCE)
        .map(async (id) => (await conversationObject(env, id)).revokeAgent(workspaceId, agentId)),
    );
  }
}
