import { describeHandoff } from "../../workers/domain/handoff-brief";
import { agentJoined, reassigning } from "../../workers/domain/notices/index";
import type { Handoff } from "../../workers/protocol/conversation";
import type { Message } from "../../workers/protocol/message";
import type { QueueEvent } from "../queue/rpc";
import type { ConversationLog } from "./conversation-log";
import { conversationDetail } from "./detail";
import type { ConversationStore } from "./store";

/**
 * Messages in an assignment's brief. The agent needs the reasons, the summary and the recent turns at once;
 * the socket they open then resumes after the last of these, and anything older is paged over REST
 * (`moreBefore`). Bounded so the brief always fits in one socket frame, whatever the history's length.
 */
export const BRIEF_MESSAGES = 200;

/** What the agent's app receives with an assignment: the handoff in plain words and the whole conversation. */
export interface AssignmentBrief {
  reasons: string[];
  conversation: Record<string, unknown>;
}

export interface QueueEventOutcome {
  messages: Message[];
  /** A changed place in line, for the customer's widget (not stored as a message). */
  wait?: { position: number; estimatedWaitSeconds: number | null };
  brief: AssignmentBrief | null;
}

/**
 * Applies what the workspace's line decided. Events may arrive late, twice or out of order, so each is
 * checked against the conversation's own state and ignored when it no longer applies.
 */
export function applyQueueEvent(
  store: ConversationStore,
  log: ConversationLog,
  event: QueueEvent,
  now: string,
): QueueEventOutcome {
  const summary = store.summary();
  const handoff = store.handoff();
  const none: QueueEventOutcome = { messages: [], brief: null };
  if (!summary || !handoff) return none;
  const lang = store.customerLanguage();
  switch (event.type) {
    case "wait": {
      if (summary.status !== "queued") return none;
      log.saveHandoff(
        { ...handoff, position: event.position, estimatedWaitSeconds: event.estimatedWaitSeconds },
        now,
      );
      return {
        ...none,
        wait: { position: event.position, estimatedWaitSeconds: event.estimatedWaitSeconds },
      };
    }
    case "assigned": {
      const brief = (next: Handoff): AssignmentBrief => ({
        reasons: describeHandoff(next.trigger, next.signals),
        conversation: { ...conversationDetail(store, BRIEF_MESSAGES), handoff: next },
      });
      if (event.mode === "accept") {
        return summary.status === "queued" ? { messages: [], brief: brief(handoff) } : none;
      }
      if (summary.status !== "queued" && summary.status !== "offline") {
        return handoff.agentId === event.agentId ? { messages: [], brief: brief(handoff) } : none;
      }
      const assigned: Handoff = {
        ...handoff,
        agentId: event.agentId,
        agentName: event.agentName,
        assignedAt: new Date(event.assignedAt).toISOString(),
        position: null,
        estimatedWaitSeconds: null,
      };
      const message = log.transition(
        "assigned",
        now,
        { agentId: event.agentId, agentName: event.agentName },
        agentJoined(lang, { agentName: event.agentName, teamName: skillLabel(event.skill) }),
      );
      log.saveHandoff(assigned, now);
      return { messages: [message], brief: brief(assigned) };
    }
    case "requeued": {
      if (summary.status !== "assigned" || handoff.agentId !== event.fromAgentId) return none;
      const message = log.transition(
        "queued",
        now,
        { reason: event.reason, fromAgentId: event.fromAgentId },
        reassigning(lang, event.reason === "agent_removed" ? "agent_lost" : event.reason),
      );
      log.saveHandoff({ ...handoff, agentId: null, agentName: null, assignedAt: null, queuedAt: now }, now);
      return { messages: [message], brief: null };
    }
  }
}

/** "billing" → "Billing", for "Bea from Billing joined the chat". */
function skillLabel(skill: string | null): string | null {
  return skill ? `${skill[0]?.toUpperCase()}${skill.slice(1)}` : null;
}
