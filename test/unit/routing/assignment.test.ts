import { describe, expect, it } from "vitest";
import { pickAgent, planAssignments } from "../../../workers/domain/routing";
import { agent, busy, item, seconds, settings, T0 } from "./fixtures";

const now = T0 + seconds(10);

describe("picking an agent for one conversation", () => {
  it("prefers an agent with the skill, even one who is busier", () => {
    const agents = [
      agent("free-generalist"),
      agent("busy-biller", { skills: ["billing"], activeConversationIds: busy(2) }),
    ];
    expect(pickAgent(item("c1", { skill: "billing" }), agents, settings(), now)?.id).toBe("busy-biller");
  });

  it("waits rather than giving a skilled question to an unskilled agent before widening", () => {
    const agents = [agent("generalist")];
    expect(pickAgent(item("c1", { skill: "legal" }), agents, settings(), now)).toBeNull();
  });

  it("takes the least loaded agent, then the one idle longest", () => {
    const agents = [
      agent("two", { activeConversationIds: busy(2), idleSince: T0 - seconds(9000) }),
      agent("one-recent", { activeConversationIds: busy(1), idleSince: T0 - seconds(10) }),
      agent("one-idle", { activeConversationIds: busy(1), idleSince: T0 - seconds(900) }),
    ];
    expect(pickAgent(item("c1"), agents, settings(), now)?.id).toBe("one-idle");
  });

  it("never picks an agent who is full, away, offline or whose socket dropped", () => {
    const agents = [
      agent("full", { activeConversationIds: busy(3) }),
      agent("away", { status: "away" }),
      agent("offline", { status: "offline" }),
      agent("dropped", { disconnectedAt: T0 }),
    ];
    expect(pickAgent(item("c1"), agents, settings(), now)).toBeNull();
  });

  it("widens to any online agent with capacity once the item has waited widenAfterSeconds", () => {
    const agents = [agent("generalist")];
    const legal = item("c1", { skill: "legal", queuedAt: T0 });
    const s = settings({ widenAfterSeconds: 120 });
    expect(pickAgent(legal, agents, s, T0 + seconds(119))).toBeNull();
    expect(pickAgent(legal, agents, s, T0 + seconds(120))?.id).toBe("generalist");
  });

  it("still prefers a skilled agent after widening, and never widens when widening is off", () => {
    const agents = [
      agent("generalist"),
      agent("lawyer", { skills: ["legal"], activeConversationIds: busy(2) }),
    ];
    const legal = item("c1", { skill: "legal" });
    expect(pickAgent(legal, agents, settings({ widenAfterSeconds: 0 }), now)?.id).toBe("lawyer");
    expect(
      pickAgent(legal, [agent("generalist")], settings({ widenAfterSeconds: null }), T0 + seconds(1e6)),
    ).toBeNull();
  });

  it("sends a transfer to the chosen team or agent only, until it widens", () => {
    const agents = [
      agent("idle-outsider", { skills: ["billing"], idleSince: T0 - seconds(9999) }),
      agent("team-member", { teamIds: ["tier2"], activeConversationIds: busy(2) }),
      agent("bea", { activeConversationIds: busy(2) }),
    ];
    const s = settings({ widenAfterSeconds: 60 });
    expect(pickAgent(item("c1", { skill: "billing", teamId: "tier2" }), agents, s, now)?.id).toBe(
      "team-member",
    );
    expect(pickAgent(item("c2", { preferredAgentId: "bea" }), agents, s, now)?.id).toBe("bea");
    const beaFull = agents.map((a) => (a.id === "bea" ? { ...a, activeConversationIds: busy(3) } : a));
    expect(pickAgent(item("c3", { preferredAgentId: "bea" }), beaFull, s, now)).toBeNull();
    expect(pickAgent(item("c3", { preferredAgentId: "bea" }), beaFull, s, T0 + seconds(60))?.id).toBe(
      "idle-outsider",
    );
  });

  it("skips an agent who timed out on the conversation, and uses them only as a last resort after widening", () => {
    const agents = [
      agent("slow", { skills: ["billing"] }),
      agent("other", { skills: ["billing"], activeConversationIds: busy(2) }),
    ];
    const retry = item("c1", { skill: "billing", excludedAgentIds: ["slow"] });
    const s = settings({ widenAfterSeconds: 60 });
    expect(pickAgent(retry, agents, s, now)?.id).toBe("other");
    expect(pickAgent(retry, [agents[0] ?? agent("x")], s, now)).toBeNull();
    expect(pickAgent(retry, [agents[0] ?? agent("x")], s, T0 + seconds(60))?.id).toBe("slow");
  });
});

describe("planning assignments for the whole line", () => {
  it("gives the most urgent items to the free agents and leaves the rest waiting", () => {
    const waiting = [
      item("late", { queuedAt: T0 }),
      item("early", { queuedAt: T0 - seconds(30) }),
      item("vip", { queuedAt: T0, vip: true }),
    ];
    const plan = planAssignments(
      waiting,
      [agent("a", { maxConcurrent: 1 }), agent("b", { maxConcurrent: 1 })],
      settings(),
      now,
    );
    expect(plan.map((p) => p.conversationId)).toEqual(["vip", "early"]);
  });

  it("never exceeds an agent's capacity", () => {
    const waiting = Array.from({ length: 20 }, (_, i) => item(`c${i}`, { queuedAt: T0 + i }));
    const agents = [
      agent("a", { maxConcurrent: 3, activeConversationIds: busy(1) }),
      agent("b", { maxConcurrent: 2 }),
    ];
    const plan = planAssignments(waiting, agents, settings(), now);
    expect(plan.filter((p) => p.agentId === "a")).toHaveLength(2);
    expect(plan.filter((p) => p.agentId === "b")).toHaveLength(2);
  });

  it("assigns nobody twice, even with more agents than items or a duplicated item", () => {
    const waiting = [item("c1"), item("c2"), item("c1")];
    const agents = Array.from({ length: 10 }, (_, i) => agent(`a${i}`));
    const plan = planAssignments(waiting, agents, settings(), now);
    expect(plan.map((p) => p.conversationId).sort()).toEqual(["c1", "c2"]);
    expect(new Set(plan.map((p) => p.agentId)).size).toBe(2);
  });

  it("spreads work: each new conversation goes to whoever is least loaded at that moment", () => {
    const waiting = Array.from({ length: 4 }, (_, i) => item(`c${i}`, { queuedAt: T0 + i }));
    const agents = [agent("a", { idleSince: T0 - seconds(50) }), agent("b", { idleSince: T0 - seconds(40) })];
    const plan = planAssignments(waiting, agents, settings(), now);
    expect(plan.map((p) => p.agentId)).toEqual(["a", "b", "a", "b"]);
  });

  it("does not let a scarce skill block the rest of the line", () => {
    const waiting = [item("legal", { skill: "legal", queuedAt: T0 - seconds(5) }), item("general")];
    const plan = planAssignments(waiting, [agent("generalist")], settings(), now);
    expect(plan).toEqual([{ conversationId: "general", agentId: "generalist" }]);
  });

  it("returns nothing when nobody is online", () => {
    expect(planAssignments([item("c1")], [agent("a", { status: "away" })], settings(), now)).toEqual([]);
  });
});
