import { isWidened } from "./candidates";
import { sortWaiting } from "./priority";
import type { AgentState, RoutingSettings, WaitingItem } from "./types";

export interface WaitEstimate {
  conversationId: string;
  /** 1-based place among the items that compete for the same agents (what the customer is told). */
  position: number;
  /** Expected seconds until an agent takes the item; `null` when no online agent could ever take it. */
  seconds: number | null;
  /** Online agents of the item's own target (skill, team or agent); 0 is the moment to offer email. */
  agentsOnline: number;
}

/** The rolling average handle time of a skill; `null` asks for the average over all conversations. */
export type HandleTimeFn = (skill: string | null) => number;

const ANY = "*";

interface PoolStats {
  agents: number;
  slots: number;
  free: number;
}

/**
 * Position-based M/M/c wait: with `c` concurrent slots busy and an average handle time `h`, a slot frees
 * every h/c seconds on average, so the k-th in line past the free slots waits (k − free)·h/c. Competition
 * is counted across overlapping pools: an item ahead that needs pool Q delays an item of pool P by the
 * share of Q's slots that are also P's (1 for the same skill, slots(P)/slots(all) for a "general" item).
 * An item whose own-pool wait would outlast `widenAfterSeconds` is estimated against the whole line instead.
 * docs/routing.md has the measurements that chose this over Erlang C and a naive position model.
 */
export function estimateWaits(
  waiting: readonly WaitingItem[],
  agents: readonly AgentState[],
  handleTimeSeconds: HandleTimeFn,
  settings: RoutingSettings,
  now: number,
): WaitEstimate[] {
  const line = sortWaiting(waiting, settings);
  const keys = line.map((item) => poolKey(item, isWidened(item, settings, now)));
  const present = new Set([ANY, ...keys]);
  const { stats, overlap } = measurePools(agents, present);
  const anyPool = stats.get(ANY) ?? { agents: 0, slots: 0, free: 0 };
  const overallHandle = handleTimeSeconds(null);
  const ahead = new Map<string, number>();
  const estimates: WaitEstimate[] = [];

  line.forEach((item, i) => {
    const key = keys[i] ?? ANY;
    const pool = stats.get(key) ?? { agents: 0, slots: 0, free: 0 };
    const mine = ahead.get(key) ?? 0;
    let seconds = pool.slots > 0 ? queueWait(pool, mine, handleTimeSeconds(item.skill)) : null;
    if (key !== ANY && settings.widenAfterSeconds !== null && anyPool.slots > 0) {
      const untilWide = Math.max(0, item.queuedAt + settings.widenAfterSeconds * 1000 - now) / 1000;
      // Waiting past the widening horizon means the line has merged: everyone ahead widens too and
      // competes for every agent, so the whole line ahead counts, not just the own pool.
      if (seconds === null || seconds > untilWide) {
        seconds = Math.max(untilWide, queueWait(anyPool, ahead.get(ANY) ?? 0, overallHandle));
      }
    }
    estimates.push({
      conversationId: item.conversationId,
      position: 1 + Math.round(mine),
      seconds: seconds === null ? null : Math.round(seconds),
      agentsOnline: pool.agents,
    });
    for (const [other, weight] of overlap.get(key) ?? []) ahead.set(other, (ahead.get(other) ?? 0) + weight);
  });
  return estimates;
}

function queueWait(pool: PoolStats, ahead: number, handleSeconds: number): number {
  return (Math.max(0, ahead + 1 - pool.free) * handleSeconds) / pool.slots;
}

/** Which agents can serve the item now: a widened item competes for everyone. */
function poolKey(item: WaitingItem, widened: boolean): string {
  if (widened) return ANY;
  if (item.preferredAgentId !== null) return `agent:${item.preferredAgentId}`;
  if (item.teamId !== null) return `team:${item.teamId}`;
  return item.skill === null ? ANY : `skill:${item.skill}`;
}

/**
 * Slots per pool, and for each pool Q the pools P it takes capacity from with weight slots(P∩Q)/slots(Q):
 * the chance that the slot a Q item gets is also one of P's.
 */
function measurePools(agents: readonly AgentState[], present: ReadonlySet<string>) {
  const stats = new Map<string, PoolStats>();
  const shared = new Map<string, Map<string, number>>();
  for (const agent of agents) {
    if (agent.status !== "online" || agent.disconnectedAt !== null || agent.maxConcurrent <= 0) continue;
    const free = Math.max(0, agent.maxConcurrent - agent.activeConversationIds.length);
    const pools = new Set([
      ANY,
      ...agent.skills.map((s) => `skill:${s}`),
      ...agent.teamIds.map((t) => `team:${t}`),
    ]);
    pools.add(`agent:${agent.id}`);
    const mine = [...pools].filter((key) => present.has(key));
    for (const p of mine) {
      const s = stats.get(p) ?? { agents: 0, slots: 0, free: 0 };
      stats.set(p, { agents: s.agents + 1, slots: s.slots + agent.maxConcurrent, free: s.free + free });
      const row = shared.get(p) ?? new Map<string, number>();
      shared.set(p, row);
      for (const q of mine) row.set(q, (row.get(q) ?? 0) + agent.maxConcurrent);
    }
  }
  const overlap = new Map<string, [string, number][]>();
  for (const [q, row] of shared) {
    const slotsQ = stats.get(q)?.slots ?? 0;
    overlap.set(
      q,
      [...row].map(([p, both]) => [p, both / slotsQ]),
    );
  }
  return { stats, overlap };
}
