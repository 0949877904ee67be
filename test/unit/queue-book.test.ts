import { describe, expect, it } from "vitest";
import { QueueBook } from "../../durable-objects/queue/queue-book";
import { DEFAULT_ROUTING_SETTINGS, sortWaiting, type WaitingItem } from "../../workers/domain/routing/index";

const settings = { ...DEFAULT_ROUTING_SETTINGS, agentReplyTimeoutSeconds: 60, disconnectGraceSeconds: 30 };
const T0 = 1_800_000_000_000;

function item(conversationId: string, skill: string | null = "billing", queuedAt = T0): WaitingItem {
  return {
    conversationId,
    skill,
    teamId: null,
    preferredAgentId: null,
    sentiment: 0,
    vip: false,
    queuedAt,
    excludedAgentIds: [],
    front: false,
  };
}

function book() {
  const b = new QueueBook();
  b.setRoster(
    [
      { id: "bea", name: "Bea", skills: ["billing"], teamIds: [], maxConcurrent: 1, status: "online" },
      { id: "cy", name: "Cy", skills: ["billing"], teamIds: [], maxConcurrent: 1, status: "online" },
    ],
    T0 - 60_000,
  );
  return b;
}

describe("the line's bookkeeping", () => {
  it("drains within capacity and derives each agent's load from what they hold", () => {
    const b = book();
    for (const id of ["c1", "c2", "c3"]) b.enqueue(item(id));
    const plan = b.drain(settings, T0);
    expect(plan).toHaveLength(2);
    expect(new Set(plan.map((p) => p.agentId))).toEqual(new Set(["bea", "cy"]));
    expect([...b.waiting.keys()]).toEqual(["c3"]);
    expect(b.agentStates().map((a) => a.activeConversationIds.length)).toEqual([1, 1]);
    expect(b.drain(settings, T0 + 1)).toEqual([]);
  });

  it("an agent who does not reply in time loses the conversation to the next agent", () => {
    const b = book();
    b.updateAgent("cy", { status: "away" });
    b.enqueue(item("c1"));
    expect(b.drain(settings, T0)).toEqual([{ conversationId: "c1", agentId: "bea" }]);
    expect(b.expire(settings, T0 + 59_000)).toEqual([]);
    b.updateAgent("cy", { status: "online" });
    const requeued = b.expire(settings, T0 + 60_000);
    expect(requeued).toEqual([{ conversationId: "c1", reason: "agent_timeout", fromAgentId: "bea" }]);
    expect(b.waiting.get("c1")).toMatchObject({ front: true, excludedAgentIds: ["bea"] });
    expect(b.drain(settings, T0 + 60_000)).toEqual([{ conversationId: "c1", agentId: "cy" }]);
  });

  it("the only agent who can take a conversation keeps it past the deadline, warned again before the next", () => {
    const b = book();
    b.updateAgent("cy", { status: "away" });
    b.enqueue(item("c1"));
    b.drain(settings, T0);
    expect(b.warnings(settings, T0 + 30_000)).toEqual([
      { conversationId: "c1", agentId: "bea", dueAt: T0 + 60_000 },
    ]);
    expect(b.warnings(settings, T0 + 31_000)).toEqual([]);
    expect(b.expire(settings, T0 + 60_000)).toEqual([]);
    expect(b.held.get("c1")).toMatchObject({ agentId: "bea", replyDueAt: T0 + 120_000, replyWarned: false });
    expect(b.nextDueAt(settings, T0 + 60_000)).toBe(T0 + 90_000);
  });

  it("I'm on it moves the holder's deadline a full time-out ahead", () => {
    const b = book();
    b.enqueue(item("c1"));
    const [a] = b.drain(settings, T0);
    expect(b.extendReply("c1", "nobody", settings, T0 + 40_000)).toBe(false);
    expect(b.extendReply("c1", a?.agentId ?? "", settings, T0 + 40_000)).toBe(true);
    expect(b.expire(settings, T0 + 60_000)).toEqual([]);
    expect(b.held.get("c1")?.replyDueAt).toBe(T0 + 100_000);
  });

  it("a reply stops the clock", () => {
    const b = book();
    b.enqueue(item("c1"));
    const [a] = b.drain(settings, T0);
    expect(b.markReplied("c1", a?.agentId ?? "", T0 + 10_000)).toBe(true);
    expect(b.expire(settings, T0 + 600_000)).toEqual([]);
    expect(b.nextDueAt(settings, T0 + 600_000)).toBeNull();
  });

  it("keeps a dropped agent's conversations through the grace period, then returns them to the front", () => {
    const b = book();
    b.enqueue(item("c1"));
    b.drain(settings, T0);
    const holder = b.held.get("c1")?.agentId ?? "";
    b.markReplied("c1", holder, T0);
    b.updateAgent(holder, { disconnectedAt: T0 + 1000 });
    expect(b.expire(settings, T0 + 30_000)).toEqual([]);
    expect(b.nextDueAt(settings, T0 + 30_000)).toBe(T0 + 31_000);
    expect(b.expire(settings, T0 + 31_000)).toEqual([
      { conversationId: "c1", reason: "agent_lost", fromAgentId: holder },
    ]);
    expect(b.agents.get(holder)).toMatchObject({ status: "offline", disconnectedAt: null });
    expect(b.waiting.get("c1")?.front).toBe(true);
  });

  it("removing an agent from the roster puts what they held back in line", () => {
    const b = book();
    b.enqueue(item("c1"));
    b.drain(settings, T0);
    const holder = b.held.get("c1")?.agentId ?? "";
    const remaining = [
      { id: "x", name: "X", skills: [], teamIds: [], maxConcurrent: 1, status: "offline" as const },
    ];
    expect(b.setRoster(remaining, T0)).toEqual([
      { conversationId: "c1", reason: "agent_removed", fromAgentId: holder },
    ]);
    expect(b.waiting.has("c1")).toBe(true);
  });

  it("marks exactly what changed, for the store to write", () => {
    const b = book();
    b.dirty.agents.clear();
    b.enqueue(item("c1"));
    b.drain(settings, T0);
    expect([...b.dirty.waiting]).toEqual(["c1"]);
    expect([...b.dirty.held]).toEqual(["c1"]);
    expect(b.dirty.agents.size).toBe(1);
  });
});

describe("the line's order", () => {
  it("stays exactly the policy's order through arrivals, assignments, time-outs and transfers", () => {
    const b = book();
    b.updateAgent("bea", { maxConcurrent: 3 });
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    b.line(settings); // build the sorted line first, so every change below must keep it in order
    for (let i = 0; i < 300; i++) {
      const now = T0 + i * 1000;
      const r = random();
      if (r < 0.5) {
        const vip = random() < 0.2;
        b.enqueue({ ...item(`c${i}`, random() < 0.5 ? "billing" : null, now), vip, sentiment: -random() });
      } else if (r < 0.7) b.drain(settings, now);
      else if (r < 0.8) b.expire(settings, now);
      else {
        const held = [...b.held.keys()][0];
        if (held) b.transfer(held, { skill: null }, now);
      }
      expect(b.line(settings).map((x) => x.conversationId)).toEqual(
        sortWaiting([...b.waiting.values()], settings).map((x) => x.conversationId),
      );
    }
    expect(b.waiting.size).toBeGreaterThan(10);
  });
});
