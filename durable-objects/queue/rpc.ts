import type { AgentStatus, TransferTarget, WaitingItem } from "../../workers/domain/routing/index";
import type { QueueSnapshot, WaitInfo } from "../../workers/protocol/queue-frames";
import type { RequeueReason } from "./queue-book";

export type { QueueSnapshot, WaitInfo };

/** What the Queue DO tells a Conversation DO. Each is safe to deliver twice or late: the receiver checks. */
export type QueueEvent =
  | {
      type: "assigned";
      agentId: string;
      agentName: string;
      /** The skill the conversation was routed by, for "Bea from Billing joined". */
      skill: string | null;
      /** `accept`: an offer the agent must still accept. */
      mode: "auto" | "accept";
      assignedAt: number;
    }
  | ({ type: "wait" } & WaitInfo)
  | { type: "requeued"; reason: RequeueReason; fromAgentId: string };

export type EnqueueInput = Pick<WaitingItem, "conversationId" | "skill" | "sentiment" | "vip"> &
  Partial<Pick<WaitingItem, "teamId" | "preferredAgentId">>;

/** What the Worker and Conversation DOs may call on a workspace's Queue DO. */
export interface QueueRpc {
  enqueue(input: EnqueueInput): Promise<WaitInfo>;
  /** The conversation leaves the line or its agent (resolved, offline, abandoned); frees capacity. */
  release(conversationId: string, outcome: "resolved" | "withdrawn"): Promise<void>;
  transfer(conversationId: string, target: TransferTarget): Promise<WaitInfo | null>;
  /** A supervisor's assignment, or an agent accepting an offer. */
  assign(conversationId: string, agentId: string): Promise<{ ok: true } | { ok: false; reason: string }>;
  agentReplied(conversationId: string, agentId: string): Promise<void>;
  /** The customer rated a conversation `agentId` resolved: their app shows it. */
  rated(conversationId: string, agentId: string, score: number): Promise<void>;
  setAgentStatus(agentId: string, status: AgentStatus): Promise<void>;
  /** Re-reads agents, teams and routing settings from D1 after they changed. */
  reload(): Promise<void>;
  snapshot(): Promise<QueueSnapshot>;
}
