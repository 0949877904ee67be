import { describe, expect, it } from "vitest";
import {
  canHandOn,
  expiredDisconnects,
  expiredReplies,
  type HeldConversation,
  planAssignments,
  replyWarnings,
  sortWaiting,
  transferItem,
} from "../../../workers/domain/routing";
import { agent, busy, item, seconds, settings, T0 } from "./fixtures";

const s = settings({ agentReplyTimeoutSeconds: 90, disconnectGraceSeconds: 60 });

function held(
  conversationId: string,
  agentId: string,
  fields: Partial<HeldConversation> = {},
): HeldConversation {
  return {
    item: item(conversationId, { skill: "billing", queuedAt: T0 - seconds(200) }),
    agentId,
    assignedAt: T0,
    agentRepliedAt: null,
    replyDueAt: null,
    replyWarned: false,
    ...fields,
  };
}

describe("an agent who does not reply in time", () => {
  it("loses the conversation after agentReplyTimeoutSeconds, and not before", () => {
    const h = [held("c1", "slow")];
    expect(expiredReplies(h, s, T0 + seconds(89))).toEqual({ expired: [], nextDueAt: T0 + seconds(90) });
    const { expired, nextDueAt } = expiredReplies(h, s, T0 + seconds(90));
    expect(nextDueAt).toBeNull();
    expect(expired).toMatchObject([{ conversationId: "c1", agentId: "slow" }]);
  });

  it("keeps a conversation the agent already answered", () => {
    expect(
      expiredReplies([held("c1", "a", { agentRepliedAt: T0 + 5 })], s, T0 + seconds(999)).expired,
    ).toEqual([]);
  });

  it("sends it to the next agent, never back to the one who timed out", () => {
    const now = T0 + seconds(90);
    const [timeout] = expiredReplies([held("c1", "slow")], s, now).expired;
    if (timeout === undefined) throw new Error("expected a time-out");
    expect(timeout.requeue.excludedAgentIds).toEqual(["slow"]);
    const agents = [
      agent("slow", { skills: ["billing"] }),
      agent("next", { skills: ["billing"], activeConversationIds: busy(2) }),
    ];
    expect(planAssignments([timeout.requeue], agents, s, now)).toEqual([
      { conversationId: "c1", agentId: "next" },
    ]);
  });
});

describe("an agent whose socket dropped", () => {
  const dropped = agent("gone", {
    skills: ["billing"],
    disconnectedAt: T0,
    activeConversationIds: ["c1", "c2"],
  });
  const holding = [held("c1", "gone"), held("c2", "gone"), held("c3", "other")];

  it("keeps their conversations during the grace period", () => {
    expect(expiredDisconnects([dropped], holding, s, T0 + seconds(59))).toEqual({
      expired: [],
      nextDueAt: T0 + seconds(60),
    });
  });

  it("returns their conversations to the front of the line after the grace", () => {
    const now = T0 + seconds(60);
    const { expired } = expiredDisconnects([dropped, agent("other")], holding, s, now);
    expect(expired).toHaveLength(1);
    const requeued = expired[0]?.requeue ?? [];
    expect(requeued.map((i) => i.conversationId)).toEqual(["c1", "c2"]);
    const line = [item("vip", { vip: true, sentiment: -1, queuedAt: T0 - seconds(3600) }), ...requeued];
    expect(sortWaiting(line, s).map((i) => i.conversationId)).toEqual(["c1", "c2", "vip"]);
    expect(requeued.every((i) => i.excludedAgentIds.length === 0 && i.queuedAt === now)).toBe(true);
  });
});

describe("a transfer", () => {
  const h = held("c1", "bea");

  it("goes to the chosen team without bouncing back to the agent who transferred it", () => {
    const t = transferItem(h, { teamId: "tier2" }, T0);
    expect(t).toMatchObject({
      teamId: "tier2",
      preferredAgentId: null,
      front: true,
      excludedAgentIds: ["bea"],
    });
    const agents = [
      agent("bea", { teamIds: ["tier2"] }),
      agent("cy", { teamIds: ["tier2"], activeConversationIds: busy(2) }),
    ];
    expect(planAssignments([t], agents, s, T0)).toEqual([{ conversationId: "c1", agentId: "cy" }]);
  });

  it("goes to the chosen agent, or to a new skill", () => {
    expect(transferItem(h, { agentId: "dan" }, T0)).toMatchObject({ preferredAgentId: "dan", teamId: null });
    expect(transferItem(h, { skill: "legal" }, T0)).toMatchObject({ skill: "legal", preferredAgentId: null });
  });
});

describe("the reply deadline", () => {
  const w = settings({ agentReplyTimeoutSeconds: 90, replyWarningSeconds: 30 });

  it("warns the agent once, replyWarningSeconds before it, with the deadline", () => {
    const h = [held("c1", "slow")];
    expect(replyWarnings(h, w, T0 + seconds(59))).toEqual({ expired: [], nextDueAt: T0 + seconds(60) });
    expect(replyWarnings(h, w, T0 + seconds(60)).expired).toEqual([
      { conversationId: "c1", agentId: "slow", dueAt: T0 + seconds(90) },
    ]);
    expect(replyWarnings([held("c1", "slow", { replyWarned: true })], w, T0 + seconds(61)).expired).toEqual(
      [],
    );
  });

  it("warns at most half the time-out ahead, and follows a moved deadline", () => {
    const short = settings({ agentReplyTimeoutSeconds: 10, replyWarningSeconds: 30 });
    expect(replyWarnings([held("c1", "a")], short, T0).nextDueAt).toBe(T0 + seconds(5));
    const moved = held("c1", "a", { replyDueAt: T0 + seconds(300) });
    expect(expiredReplies([moved], w, T0 + seconds(200)).expired).toEqual([]);
    expect(replyWarnings([moved], w, T0 + seconds(200)).nextDueAt).toBe(T0 + seconds(270));
  });

  it("hands on only to another agent who can take it now", () => {
    const requeue = item("c1", { skill: "billing", excludedAgentIds: ["slow"], queuedAt: T0 });
    const slow = agent("slow", { skills: ["billing"], activeConversationIds: ["c1"] });
    expect(canHandOn(requeue, [slow], s, T0)).toBe(false);
    expect(canHandOn(requeue, [slow, agent("sales", { skills: ["sales"] })], s, T0)).toBe(false);
    expect(canHandOn(requeue, [slow, agent("away", { skills: ["billing"], status: "away" })], s, T0)).toBe(
      false,
    );
    expect(canHandOn(requeue, [slow, agent("cy", { skills: ["billing"] })], s, T0)).toBe(true);
  });
});
