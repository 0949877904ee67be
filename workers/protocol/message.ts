import { z } from "zod";

import { MAX_TEXT_LENGTH } from "./limits";

export { MAX_TEXT_LENGTH };

export const RoleSchema = z.enum(["customer", "bot", "agent", "system"]);
export type Role = z.infer<typeof RoleSchema>;

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

/** One entry of a conversation's history. `seq` is strictly increasing without gaps within a conversation. */
export const MessageSchema = z.object({
  id: z.string(),
  seq: z.number().int().positive(),
  role: RoleSchema,
  text: z.string(),
  createdAt: z.string(),
  clientId: z.string().optional(),
  meta: z.record(z.string(), z.unknown()),
});
export type Message = z.infer<typeof MessageSchema>;
export type MessageMeta = Message["meta"];

/**
 * Who wrote an agent's message, carried in its `meta` (`agentId`, `agentName`), so a transcript read after a
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
  if (message.role !== "agent") return null;
  const parsed = AgentAuthorSchema.safeParse(message.meta);
  return parsed.success ? parsed.data : null;
}
