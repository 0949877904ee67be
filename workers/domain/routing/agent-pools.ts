import { agentBefore, isAvailable } from "./candidates";
import { MinHeap } from "./heap";
import type { AgentState, WaitingItem } from "./types";

/** An available agent during one plan: load and idle time change as the plan hands out work. */
interface Slot {
  readonly agent: AgentState;
  load: number;
  idleSince: number;
  /** Bumped on every change, so heap entries taken before it are recognised as stale. */
  version: number;
}

/** A heap entry freezes the slot's rank at the time it was pushed. */
interface Entry {
  readonly slot: Slot;
  readonly load: number;
  readonly idleSince: number;
  readonly id: string;
  readonly version: number;
}

type Pool = MinHeap<Entry>;

const newPool = (): Pool => new MinHeap<Entry>(agentBefore);

/**
 * Available agents indexed by skill, team and as a whole, each a heap ordered least loaded then idle
 * longest. A decision touches one or two heaps (O(log A)) instead of scanning every agent; a change of
 * load pushes a fresh entry and leaves the old one to be discarded lazily when it surfaces.
 */
export class AgentPools {
  private readonly all = newPool();
  private readonly bySkill = new Map<string, Pool>();
  private readonly byTeam = new Map<string, Pool>();
  private readonly byId = new Map<string, Slot>();

  constructor(agents: readonly AgentState[]) {
    for (const agent of agents) {
      if (!isAvailable(agent) || this.byId.has(agent.id)) continue;
      const slot: Slot = {
        agent,
        load: agent.activeConversationIds.length,
        idleSince: agent.idleSince,
        version: 0,
      };
      this.byId.set(agent.id, slot);
      this.index(slot);
    }
  }

  /** Whether anyone at all can still take a conversation; once false, the rest of the line must wait. */
  hasCapacity(): boolean {
    return this.best(this.all, []) !== null;
  }

  /** The agent an item's own target (preferred agent, team, skill or anyone) would get, or null. */
  bestForTarget(item: WaitingItem): Slot | null {
    if (item.preferredAgentId !== null) {
      const slot = this.byId.get(item.preferredAgentId);
      const free = slot !== undefined && slot.load < slot.agent.maxConcurrent;
      return free && !item.excludedAgentIds.includes(slot.agent.id) ? slot : null;
    }
    const pool =
      item.teamId !== null
        ? this.byTeam.get(item.teamId)
        : item.skill !== null
          ? this.bySkill.get(item.skill)
          : this.all;
    return pool === undefined ? null : this.best(pool, item.excludedAgentIds);
  }

  /** The best agent overall, skipping the excluded ones unless `excluded` is empty. */
  bestOverall(excluded: readonly string[]): Slot | null {
    return this.best(this.all, excluded);
  }

  /** Record that the slot's agent got one more conversation now. */
  take(slot: Slot, now: number): void {
    slot.load += 1;
    slot.idleSince = now;
    slot.version += 1;
    if (slot.load < slot.agent.maxConcurrent) this.index(slot);
  }

  private index(slot: Slot): void {
    const entry: Entry = {
      slot,
      load: slot.load,
      idleSince: slot.idleSince,
      id: slot.agent.id,
      version: slot.version,
    };
    this.all.push(entry);
    for (const skill of new Set(slot.agent.skills)) poolIn(this.bySkill, skill).push(entry);
    for (const team of new Set(slot.agent.teamIds)) poolIn(this.byTeam, team).push(entry);
  }

  private best(pool: Pool, excluded: readonly string[]): Slot | null {
    const skipped: Entry[] = [];
    let found: Slot | null = null;
    for (let top = pool.peek(); top !== undefined; top = pool.peek()) {
      if (top.version !== top.slot.version) {
        pool.pop();
      } else if (excluded.includes(top.id)) {
        skipped.push(top);
        pool.pop();
      } else {
        found = top.slot;
        break;
      }
    }
    for (const entry of skipped) pool.push(entry);
    return found;
  }
}

function poolIn(map: Map<string, Pool>, key: string): Pool {
  let pool = map.get(key);
  if (pool === undefined) {
    pool = newPool();
    map.set(key, pool);
  }
  return pool;
}
