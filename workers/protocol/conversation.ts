import { z } from "zod";
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
  trigger: z.string().nullable(),
  triggers: z.array(z.string()),
  signals: z.record(z.string(), z.unknown()),
  explanation: z.string(),
  summary: z.string().nullable(),
  skill: z.string().nullable(),
  createdAt: z.string(),
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
