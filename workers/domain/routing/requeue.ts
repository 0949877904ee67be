import type { HeldConversation, WaitingItem } from "./types";

/**
 * A conversation an agent lost through no fault of the customer, back in the line: at the front, with
 * the widening clock restarted so it still gets a matching agent first.
 */
export function returnToLine(
  held: HeldConversation,
  now: number,
  options: { excludeAgent: boolean },
): WaitingItem {
  const excluded = options.excludeAgent
    ? [...new Set([...held.item.excludedAgentIds, held.agentId])]
    : held.item.excludedAgentIds;
  return { ...held.item, queuedAt: now, front: true, excludedAgentIds: excluded };
}

export type TransferTarget = { teamId: string } | { agentId: string } | { skill: string | null };

/**
 * The item for a conversation an agent transfers away. The agent is excluded so a team transfer does not
 * bounce straight back to them; the new target replaces the old one.
 */
export function transferItem(held: HeldConversation, target: TransferTarget, now: number): WaitingItem {
  const base = returnToLine(held, now, { excludeAgent: true });
  if ("teamId" in target) return { ...base, teamId: target.teamId, preferredAgentId: null };
  if ("agentId" in target) {
    const excludedAgentIds = base.excludedAgentIds.filter((id) => id !== target.agentId);
    return { ...base, teamId: null, preferredAgentId: target.agentId, excludedAgentIds };
  }
  return { ...base, skill: target.skill, teamId: null, preferredAgentId: null };
}
