import { candidateTier } from "./candidates";
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

/** When the holder's first reply is due: the moved deadline, or `agentReplyTimeoutSeconds` after assignment. */
export function replyDueAt(
  h: HeldConversation,
  settings: Pick<RoutingSettings, "agentReplyTimeoutSeconds">,
): number {
  return h.replyDueAt ?? h.assignedAt + settings.agentReplyTimeoutSeconds * 1000;
}

export interface ReplyWarning {
  conversationId: string;
  agentId: string;
  dueAt: number;
}

/**
 * Held conversations whose reply deadline is near and whose agent was not yet warned of it: the agent's app
 * is told the deadline `replyWarningSeconds` before (at most half the time-out), so nobody loses a chat
 * without notice.
 */
export function replyWarnings(
  held: readonly HeldConversation[],
  settings: Pick<RoutingSettings, "agentReplyTimeoutSeconds" | "replyWarningSeconds">,
  now: number,
): Due<ReplyWarning> {
  const leadMs = Math.min(settings.replyWarningSeconds, settings.agentReplyTimeoutSeconds / 2) * 1000;
  const expired: ReplyWarning[] = [];
  let nextDueAt: number | null = null;
  for (const h of held) {
    if (h.agentRepliedAt !== null || h.replyWarned) continue;
    const dueAt = replyDueAt(h, settings);
    const warnAt = dueAt - leadMs;
    if (warnAt <= now) {
      if (now < dueAt) expired.push({ conversationId: h.item.conversationId, agentId: h.agentId, dueAt });
    } else if (nextDueAt === null || warnAt < nextDueAt) {
      nextDueAt = warnAt;
    }
  }
  return { expired, nextDueAt };
}

/**
 * Whether another agent could take a timed-out conversation right now (its own target, available, not the
 * agent who let it go). If not, returning it to the line would leave the customer waiting for nobody, told
 * they are being connected: it stays with its agent instead, under a new deadline.
 */
export function canHandOn(
  requeue: WaitingItem,
  agents: readonly AgentState[],
  settings: Pick<RoutingSettings, "widenAfterSeconds">,
  now: number,
): boolean {
  return agents.some((a) => candidateTier(a, requeue, settings, now) === 0);
}

/**
 * Held conversations whose agent has not replied (or, in accept mode, accepted) by the deadline: each goes
 * back to the front of the line without that agent (if another can take it, see `canHandOn`), and the
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
    const dueAt = replyDueAt(h, settings);
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
