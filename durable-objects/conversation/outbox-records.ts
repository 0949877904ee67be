import type { ConversationSummary, Handoff } from "../../workers/protocol/conversation";
import type { Message } from "../../workers/protocol/message";

/** What the Conversation DO promises to copy into D1, written in the same transaction as the change itself. */
export type OutboxRecord =
  | { kind: "conversation"; conversation: ConversationSummary }
  | { kind: "message"; workspaceId: string; conversationId: string; message: Message }
  | {
      kind: "handoff";
      workspaceId: string;
      conversationId: string;
      handoff: Handoff;
    };
