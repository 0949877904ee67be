import { tellOpenConversations } from "./open-conversations";

/**
 * A supervisor demoted or an agent removed: every conversation of the workspace that is not over closes the
 * sockets they may no longer keep. A token proves who someone was when it was issued; this makes the change
 * take effect now, not when the token runs out.
 */
export async function revokeAgentEverywhere(env: Env, workspaceId: string, agentId: string): Promise<void> {
  await tellOpenConversations(env, workspaceId, (c) => c.revokeAgent(workspaceId, agentId));
}
