import { z } from "zod";
import { DecisionSchema, MessageAnalysisSchema } from "../domain/triggers/types";

import { MAX_TEXT_LENGTH } from "./limits";

export { MAX_TEXT_LENGTH };

/** `note`: an agent's internal note, for agents only (never sent to the customer, the bot or the engine). */
export const RoleSchema = z.enum(["customer", "bot", "agent", "system", "note"]);
export type Role = z.infer<typeof RoleSchema>;
/** The roles of the chat itself, as the customer, the bot and the trigger engine read it. */
export type ChatRole = Exclude<Role, "note">;

/** Whether a message is part of the chat (not an agents' internal note). */
export function isChatMessage<M extends { role: Role }>(message: M): message is M & { role: ChatRole } {
  return message.role !== "note";
}

/** A client-chosen id that makes a retried send idempotent. */
export const ClientIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/, "only letters, digits and _ . : - are allowed");

export const MessageTextSchema = z
  .string()
  .max(MAX_TEXT_LENGTH, `at most ${MAX_TEXT_LENGTH} characters`)
  .refine((t) => t.trim().length > 0, "must not be empty");

/**
 * A message's `meta`. The engine's reading of a customer message is a typed field (internal: the customer's
 * view never carries it, see events.ts). The other keys depend on the role and are typed where they are
 * written (system events in events.ts, agent authors below, the bot's citations in the bot turn).
 */
export const MessageMetaSchema = z
  .object({ analysis: MessageAnalysisSchema.optional(), decision: DecisionSchema.optional() })
  .catchall(z.unknown());

/**
 * Stored meta as it can be read back: a reading written by older code that no longer parses is dropped, so
 * the message still loads and the engine reads its text again.
 */
export function readableMeta(stored: Record<string, unknown>): Record<string, unknown> {
  const meta = { ...stored };
  if (meta.analysis !== undefined && !MessageAnalysisSchema.safeParse(meta.analysis).success)
    delete meta.analysis;
  if (meta.decision !== undefined && !DecisionSchema.safeParse(meta.decision).success) delete meta.decision;
  return meta;
}

/** One entry of a conversation's history. `seq` is strictly increasing without gaps within a conversation. */
export const MessageSchema = z.object({
  id: z.string(),
  seq: z.number().int().positive(),
  role: RoleSchema,
  text: z.string(),
  createdAt: z.string(),
  clientId: z.string().optional(),
  meta: MessageMetaSchema,
});
export type Message = z.infer<typeof MessageSchema>;
export type MessageMeta = Message["meta"];

/**
 * Who wrote an agent's message or note, carried in its `meta` (`agentId`, `agentName`), so a transcript read after a
 * transfer names each agent instead of calling them all "You". Messages stored before names were recorded
 * carry only the id.
 */
export const AgentAuthorSchema = z.object({
  agentId: z.string().min(1),
  agentName: z.string().min(1).optional(),
});
export type AgentAuthor = z.infer<typeof AgentAuthorSchema>;

/** The author of an agent's message, or null for anyone else's (or a message without one). */
export function agentAuthor(message: Message): AgentAuthor | null {
  if (message.role !== "agent" && message.role !== "note") return null;
  const parsed = AgentAuthorSchema.safeParse(message.meta);
  return parsed.success ? parsed.data : null;
}
