import { AgentPools } from "./agent-pools";
import { agentBefore, candidateTier, isWidened, type Tier } from "./candidates";
import { sortWaiting } from "./priority";
import type { AgentState, Assignment, RoutingSettings, WaitingItem } from "./types";

/**
 * The agent one waiting item should go to now, or null: the lowest tier (see `candidateTier`), then least
 * loaded, then idle longest. A linear scan, for one-off checks; draining the line uses `planAssignments`,
 * which makes the same choices through an index.
 */
export function pickAgent(
  item: WaitingItem,
  agents: readonly AgentState[],
  settings: Pick<RoutingSettings, "widenAfterSeconds">,
  now: number,
): AgentState | null {
  let best: { agent: AgentState; tier: Tier; load: number; idleSince: number; id: string } | null = null;
  for (const agent of agents) {
    const tier = candidateTier(agent, item, settings, now);
    if (tier === null) continue;
    const rank = {
      agent,
      tier,
      load: agent.activeConversationIds.length,
      idleSince: agent.idleSince,
      id: agent.id,
    };
    if (best === null || tier < best.tier || (tier === best.tier && agentBefore(rank, best))) best = rank;
  }
  return best?.agent ?? null;
}

/**
 * Drains the line in priority order against the agents' spare capacity and returns who gets what. Pure:
 * the caller applies the result. An item whose agents are all busy is skipped, not waited on, so one
 * scarce skill never blocks the rest of the line. No conversation appears twice and no agent goes over
 * `maxConcurrent`. Call it whenever an item arrives or capacity frees up (resolve, agent online,
 * transfer, time-out) and at `nextWideningAt`.
 */
export function planAssignments(
  waiting: readonly WaitingItem[],
  agents: readonly AgentState[],
  settings: RoutingSettings,
  now: number,
): Assignment[] {
  const pools = new AgentPools(agents);
  const planned = new Set<string>();
  const assignments: Assignment[] = [];
  for (const item of sortWaiting(waiting, settings)) {
    if (!pools.hasCapacity()) break;
    if (planned.has(item.conversationId)) continue;
    let slot = pools.bestForTarget(item);
    if (slot === null && isWidened(item, settings, now)) {
      slot = pools.bestOverall(item.excludedAgentIds) ?? pools.bestOverall([]);
    }
    if (slot === null) continue;
    pools.take(slot, now);
    planned.add(item.conversationId);
    assignments.push({ conversationId: item.conversationId, agentId: slot.agent.id });
  }
  return assignments;
}

/** The next moment a waiting item widens and a new plan may assign it: when to set the alarm. */
export function nextWideningAt(
  waiting: readonly WaitingItem[],
  settings: Pick<RoutingSettings, "widenAfterSeconds">,
  now: number,
): number | null {
  if (settings.widenAfterSeconds === null) return null;
  let next: number | null = null;
  for (const item of waiting) {
    const at = item.queuedAt + settings.widenAfterSeconds * 1000;
    if (at > now && (next === null || at < next)) next = at;
  }
  return next;
}
