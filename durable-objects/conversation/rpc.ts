import type {
  ConversationDetail,
  ConversationStatus,
  ConversationSummary,
  Customer,
} from "../../workers/protocol/conversation";
import type { Message } from "../../workers/protocol/message";

/**
 * What the Worker may call on a Conversation DO. Named here, apart from the class, because the class's
 * inferred types reach the Worker's own module graph through `Env` and the compiler cannot resolve the cycle.
 */
export interface ConversationRpc {
  create(input: { id: string; workspaceId: string; customer: Customer }): Promise<ConversationSummary>;
  detail(workspaceId: string): Promise<ConversationDetail | null>;
  post(
    workspaceId: string,
    input: { role: "customer" | "bot"; text: string; clientId?: string },
  ): Promise<PostResult | null>;
  setStatus(workspaceId: string, to: ConversationStatus): Promise<TransitionResult | null>;
  pendingRecords(): Promise<number>;
}

export type PostResult = { message: Message; duplicate: boolean; conversation: ConversationSummary };

export type TransitionResult =
  | { conversation: ConversationSummary }
  | { error: "invalid_transition"; message: string };
