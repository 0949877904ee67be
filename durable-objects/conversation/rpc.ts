import type { ExternalBotReport } from "../../workers/bot/external-report";
import type { TransferTarget } from "../../workers/domain/routing/index";
import type {
  ConversationDetail,
  ConversationStatus,
  ConversationSummary,
  Customer,
  MessagePage,
  MessagePageQuery,
} from "../../workers/protocol/conversation";
import type { Message } from "../../workers/protocol/message";
import type { QueueEvent } from "../queue/rpc";
import type { AssignmentBrief } from "./queue-events";

/**
 * What the Worker may call on a Conversation DO. Named here, apart from the class, because the class's
 * inferred types reach the Worker's own module graph through `Env` and the compiler cannot resolve the cycle.
 */
export interface ConversationRpc {
  create(input: {
    id: string;
    workspaceId: string;
    customer: Customer;
    repId?: string;
  }): Promise<ConversationSummary>;
  /** The conversation with its latest messages (`moreBefore` points at older ones). */
  detail(workspaceId: string): Promise<ConversationDetail | null>;
  /** A page of the history. */
  history(workspaceId: string, query: MessagePageQuery): Promise<MessagePage | null>;
  post(
    workspaceId: string,
    input: { role: "customer" | "bot"; text: string; clientId?: string } & ExternalBotReport,
  ): Promise<PostResult | null>;
  setStatus(workspaceId: string, to: ConversationStatus): Promise<TransitionResult | null>;
  queueEvent(workspaceId: string, event: QueueEvent): Promise<AssignmentBrief | null>;
  forceHandoff(workspaceId: string, input: { skill?: string | null; reason?: string }): Promise<ActionResult>;
  resolve(workspaceId: string): Promise<ActionResult>;
  /**
   * Back to the bot from `resolved` or `abandoned` (with `agentId`: back in line for that agent only);
   * `invalid_transition` from any other status.
   */
  reopen(workspaceId: string, agentId?: string): Promise<ActionResult>;
  transfer(workspaceId: string, target: TransferTarget, note?: string): Promise<ActionResult>;
  /** The customer would rather be answered by email than wait. */
  captureEmail(workspaceId: string, email: string): Promise<ActionResult>;
  /** An agent's answer to a follow-up (`offline`), stored for the email delivery hook. */
  answerByEmail(
    workspaceId: string,
    input: { text: string; agentId: string; agentName: string | null },
  ): Promise<FollowupAnswer>;
  /** The customer's rating, answering the request made at resolve. */
  rate(workspaceId: string, input: { score: number; comment?: string }): Promise<ActionResult>;
  /**
   * The agent was demoted or removed: their sockets lose any supervisor's right to watch, and close unless
   * they hold the conversation (a removed holder's close comes with the requeue).
   */
  revokeAgent(workspaceId: string, agentId: string): Promise<void>;
  /** The workspace now enforces identity verification: unverified visitors' sockets close at once. */
  refuseUnverified(workspaceId: string): Promise<void>;
  pendingRecords(): Promise<number>;
}

export type PostResult = { message: Message; duplicate: boolean; conversation: ConversationSummary };

/** null: no such conversation in this workspace. */
export type ActionResult = TransitionResult | null;

export type TransitionResult =
  | { conversation: ConversationSummary }
  | { error: "invalid_transition"; message: string };

/** null: no such conversation in this workspace. */
export type FollowupAnswer = { message: Message } | { error: "invalid_transition"; message: string } | null;
