import type { AgentState, RoutingSettings, WaitingItem } from "./types";

/** Online, connected and below their concurrency limit: the only agents who can get a new conversation. */
export function isAvailable(agent: AgentState): boolean {
  return (
    agent.status === "online" &&
    agent.disconnectedAt === null &&
    agent.activeConversationIds.length < agent.maxConcurrent
  );
}

/** Whether the item has waited long enough that any online agent may take it. */
export function isWidened(
  item: WaitingItem,
  settings: Pick<RoutingSettings, "widenAfterSeconds">,
  now: number,
): boolean {
  return settings.widenAfterSeconds !== null && now - item.queuedAt >= settings.widenAfterSeconds * 1000;
}

/** The item's own target: a preferred agent, else a team, else a skill, else anyone. */
export function matchesTarget(agent: AgentState, item: WaitingItem): boolean {
  if (item.preferredAgentId !== null) return agent.id === item.preferredAgentId;
  if (item.teamId !== null) return agent.teamIds.includes(item.teamId);
  return item.skill === null || agent.skills.includes(item.skill);
}

/**
 * 0: the item's target and not excluded. After widening also 1: anyone else not excluded, and 2: an
 * excluded agent, as a last resort so that a one-agent workspace does not strand the customer forever.
 * `null`: may not take the item. Lower tiers always win; load and idle time only rank within a tier.
 */
export type Tier = 0 | 1 | 2;

export function candidateTier(
  agent: AgentState,
  item: WaitingItem,
  settings: Pick<RoutingSettings, "widenAfterSeconds">,
  now: number,
): Tier | null {
  if (!isAvailable(agent)) return null;
  const excluded = item.excludedAgentIds.includes(agent.id);
  if (!excluded && matchesTarget(agent, item)) return 0;
  if (!isWidened(item, settings, now)) return null;
  return excluded ? 2 : 1;
}

/** Least loaded first, then idle longest, then by id so the choice is reproducible. */
export function agentBefore(
  a: { load: number; idleSince: number; id: string },
  b: { load: number; idleSince: number; id: string },
): boolean {
  if (a.load !== b.load) return a.load < b.load;
  if (a.idleSince !== b.idleSince) return a.idleSince < b.idleSince;
  return a.id < b.id;
}
