import { z } from "zod";
import { ConversationSummarySchema, HandoffSchema } from "../../workers/protocol/conversation";
import { MessageSchema } from "../../workers/protocol/message";

/** What the Conversation DO promises to copy into D1, written in the same transaction as the change itself. */
export const OutboxRecordSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("conversation"), conversation: ConversationSummarySchema }),
  z.object({
    kind: z.literal("message"),
    workspaceId: z.string(),
    conversationId: z.string(),
    message: MessageSchema,
  }),
  z.object({
    kind: z.literal("handoff"),
    workspaceId: z.string(),
    conversationId: z.string(),
    handoff: HandoffSchema,
  }),
]);
export type OutboxRecord = z.infer<typeof OutboxRecordSchema>;
