import { returnToLine } from "./requeue";
import type { AgentState, HeldConversation, RoutingSettings, WaitingItem } from "./types";

export interface ReplyTimeout {
  conversationId: string;
  /** The agent who did not reply; they are excluded from the conversation from now on. */
  agentId: string;
  requeue: WaitingItem;
}

export interface AgentLoss {
  /** The agent whose grace ran out: set them offline and release their conversations. */
  agentId: string;
  requeue: WaitingItem[];
}

/** A batch of time-out decisions and when to look again (`null`: nothing pending), for the one alarm. */
export interface Due<T> {
  expired: T[];
  nextDueAt: number | null;
}

/**
 * Held conversations whose agent has not replied (or, in accept mode, accepted) within
 * `agentReplyTimeoutSeconds`: each goes back to the front of the line without that agent, and the
 * customer is told.
 */
export function expiredReplies(
  held: readonly HeldConversation[],
  settings: Pick<RoutingSettings, "agentReplyTimeoutSeconds">,
  now: number,
): Due<ReplyTimeout> {
  const expired: ReplyTimeout[] = [];
  let nextDueAt: number | null = null;
  for (const h of held) {
    if (h.agentRepliedAt !== null) continue;
    const dueAt = h.assignedAt + settings.agentReplyTimeoutSeconds * 1000;
    if (dueAt <= now) {
      expired.push({
        conversationId: h.item.conversationId,
        agentId: h.agentId,
        requeue: returnToLine(h, now, { excludeAgent: true }),
      });
    } else if (nextDueAt === null || dueAt < nextDueAt) {
      nextDueAt = dueAt;
    }
  }
  return { expired, nextDueAt };
}

/**
 * Agents whose socket has been gone longer than `disconnectGraceSeconds`: their conversations go back to
 * the front of the line. They are not excluded, so if they return they may get them back.
 */
export function expiredDisconnects(
  agents: readonly AgentState[],
  held: readonly HeldConversation[],
  settings: Pick<RoutingSettings, "disconnectGraceSeconds">,
  now: number,
): Due<AgentLoss> {
  const expired: AgentLoss[] = [];
  let nextDueAt: number | null = null;
  const lost = new Map<string, WaitingItem[]>();
  for (const agent of agents) {
    if (agent.disconnectedAt === null) continue;
    const dueAt = agent.disconnectedAt + settings.disconnectGraceSeconds * 1000;
    if (dueAt <= now) {
      const requeue: WaitingItem[] = [];
      lost.set(agent.id, requeue);
      expired.push({ agentId: agent.id, requeue });
    } else if (nextDueAt === null || dueAt < nextDueAt) {
      nextDueAt = dueAt;
    }
  }
  if (lost.size > 0) {
    for (const h of held) lost.get(h.agentId)?.push(returnToLine(h, now, { excludeAgent: false }));
  }
  return { expired, nextDueAt };
}
