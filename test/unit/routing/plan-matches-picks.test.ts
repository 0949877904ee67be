import { describe, expect, it } from "vitest";
import { seededRandom as rng } from "../../../scripts/lib/random";
import {
  type AgentState,
  type Assignment,
  pickAgent,
  planAssignments,
  type RoutingSettings,
  sortWaiting,
  type WaitingItem,
} from "../../../workers/domain/routing";
import { agent, item, seconds, settings, T0 } from "./fixtures";

/** The obvious O(W·A) drain: pick one by one and update the chosen agent. The index must agree with it. */
function drainOneByOne(waiting: WaitingItem[], agents: AgentState[], s: RoutingSettings, now: number) {
  const live = agents.map((a) => ({ ...a, activeConversationIds: [...a.activeConversationIds] }));
  const out: Assignment[] = [];
  for (const it of sortWaiting(waiting, s)) {
    const chosen = pickAgent(it, live, s, now);
    if (chosen === null) continue;
    chosen.activeConversationIds.push(it.conversationId);
    chosen.idleSince = now;
    out.push({ conversationId: it.conversationId, agentId: chosen.id });
  }
  return out;
}

const SKILLS = ["billing", "technical", "sales", "legal"];

describe("the indexed plan", () => {
  it("makes exactly the choices of picking one by one, on 300 random workspaces", () => {
    const r = rng(42);
    let assigned = 0;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
    for (let round = 0; round < 300; round++) {
      const agents = Array.from({ length: 1 + Math.floor(r() * 12) }, (_, i) =>
        agent(`a${i}`, {
          skills: SKILLS.filter(() => r() < 0.35),
          teamIds: r() < 0.3 ? ["t1"] : [],
          maxConcurrent: Math.floor(r() * 4),
          activeConversationIds: Array.from({ length: Math.floor(r() * 3) }, (_, k) => `h${i}-${k}`),
          status: pick(["online", "online", "online", "away", "offline"] as const),
          disconnectedAt: r() < 0.1 ? T0 : null,
          idleSince: T0 - Math.floor(r() * 5) * 1000,
        }),
      );
      const waiting = Array.from({ length: Math.floor(r() * 25) }, (_, i) =>
        item(`c${i}`, {
          skill: r() < 0.2 ? null : pick(SKILLS),
          teamId: r() < 0.1 ? "t1" : null,
          preferredAgentId: r() < 0.1 ? `a${Math.floor(r() * 12)}` : null,
          excludedAgentIds: r() < 0.2 ? [`a${Math.floor(r() * 12)}`] : [],
          vip: r() < 0.1,
          sentiment: r() * 2 - 1,
          front: r() < 0.05,
          queuedAt: T0 - Math.floor(r() * 400) * 1000,
        }),
      );
      const s = settings({ widenAfterSeconds: pick([0, 120, 300, null]) });
      const now = T0 + seconds(1);
      const plan = planAssignments(waiting, agents, s, now);
      expect(plan).toEqual(drainOneByOne(waiting, agents, s, now));
      assigned += plan.length;
    }
    expect(assigned).toBeGreaterThan(500);
  });
});
