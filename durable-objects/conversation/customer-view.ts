import type { z } from "zod";
import type { ConversationSummary } from "../../workers/protocol/conversation";
import {
  CustomerAgentMetaSchema,
  CustomerBotMetaSchema,
  CustomerConversationSchema,
  CustomerEventSchema,
} from "../../workers/protocol/events";
import type { Message, MessageMeta } from "../../workers/protocol/message";

/** Meta that does not parse as an allowed shape is dropped whole: the allow-list never guesses. */
function allowed(schema: z.ZodType<MessageMeta>, meta: MessageMeta): MessageMeta {
  const parsed = schema.safeParse(meta);
  return parsed.success ? parsed.data : {};
}

/** Whether the customer may see this message at all: agents' internal notes never leave for them. */
export function visibleToCustomer(message: Message): boolean {
  return message.role !== "note";
}

/**
 * A message as the customer's widget may see it: its text and only the meta the customer schemas name.
 * The engine's analysis and decision on customer messages, notes, reasons, targets and agent ids never
 * leave for the customer.
 */
export function customerView(message: Message): Message {
  const { id, seq, role, text, createdAt, clientId } = message;
  const meta =
    role === "system"
      ? allowed(CustomerEventSchema, message.meta)
      : role === "bot"
        ? allowed(CustomerBotMetaSchema, message.meta)
        : role === "agent"
          ? allowed(CustomerAgentMetaSchema, message.meta)
          : {};
  return { id, seq, role, text, createdAt, ...(clientId !== undefined ? { clientId } : {}), meta };
}

/** The conversation as the customer's widget may see it. */
export function customerSummary(summary: ConversationSummary): ConversationSummary {
  return CustomerConversationSchema.parse(summary);
}
