import { z } from "zod";
import { SignalsSchema } from "../domain/triggers/types";
import { MessageSchema } from "./message";

export const ConversationStatusSchema = z.enum([
  "bot",
  "queued",
  "assigned",
  "resolved",
  "offline",
  "abandoned",
]);
export type ConversationStatus = z.infer<typeof ConversationStatusSchema>;

export const CustomerSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  name: z.string().min(1).max(200).optional(),
  email: z.email().max(320).optional(),
  attributes: z
    .record(z.string().max(100), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]))
    .refine((a) => Object.keys(a).length <= 50, "at most 50 attributes")
    .optional(),
});
export type Customer = z.infer<typeof CustomerSchema>;

/** What a handoff recorded: why the bot let go and what the agent needs to start. */
export const HandoffSchema = z.object({
  /** The first trigger that fired (`manual` when forced through the API). */
  trigger: z.string().nullable(),
  triggers: z.array(z.string()),
  /** The engine's signals at the message that handed off: sentiment, category, failures, risk… */
  signals: SignalsSchema.nullable(),
  explanation: z.string(),
  summary: z.string().nullable(),
  customerGoal: z.string().nullable(),
  attempted: z.array(z.string()),
  category: z.string().nullable(),
  skill: z.string().nullable(),
  /** The seq of the message that caused the handoff. */
  seq: z.number().int(),
  createdAt: z.string(),
  queuedAt: z.string().nullable(),
  position: z.number().int().nullable(),
  estimatedWaitSeconds: z.number().nullable(),
  agentId: z.string().nullable(),
  assignedAt: z.string().nullable(),
});
export type Handoff = z.infer<typeof HandoffSchema>;

export const ConversationSummarySchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  status: ConversationStatusSchema,
  customer: CustomerSchema,
  lastSeq: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConversationSummary = z.infer<typeof ConversationSummarySchema>;

export const ConversationDetailSchema = ConversationSummarySchema.extend({
  messages: z.array(MessageSchema),
  handoff: HandoffSchema.nullable(),
});
export type ConversationDetail = z.infer<typeof ConversationDetailSchema>;
