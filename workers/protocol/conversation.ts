import { z } from "zod";
import { FactSchema, MoodSchema } from "../ai/provider";
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

export const AttributesSchema = z
  .record(z.string().max(100), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]))
  .refine((a) => Object.keys(a).length <= 50, "at most 50 attributes");

export const CustomerSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  name: z.string().min(1).max(200).optional(),
  email: z.email().max(320).optional(),
  /** Set by the company's backend (API key): trusted, and may drive routing (`vip`). */
  attributes: AttributesSchema.optional(),
  /**
   * What the customer's page said about them through the widget: shown to agents as unverified, never
   * used for priority or routing (any visitor can edit the page's script tag).
   */
  unverifiedAttributes: AttributesSchema.optional(),
  /**
   * The details the company's server vouched for through the widget's identity verification (a signed token
   * or user hash); the agent app marks them. Absent: nothing about this customer was verified.
   */
  verified: z.array(z.enum(["id", "name", "email", "attributes"])).optional(),
  /** The topic the customer picked in the pre-chat form (its `id` routes by the workspace's topics). */
  topic: z.object({ id: z.string().min(1).max(40), label: z.string().min(1).max(80) }).optional(),
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
  /** What the bot suggested, and the articles it cited. */
  attempted: z.array(z.string()),
  /** What the customer says they already did themselves. */
  customerTried: z.array(z.string()).default([]),
  /** Identifiers the customer gave: order numbers, error codes, e-mails, amounts… */
  facts: z.array(FactSchema).default([]),
  mood: MoodSchema.nullable().default(null),
  /** What the customer wrote after the handoff (while waiting, or to the agent), latest last. */
  sinceHandoff: z.array(z.string()).default([]),
  /** The previous agent's name and note when the conversation was transferred (agents only). */
  transfer: z
    .object({ fromAgentName: z.string().nullable(), note: z.string().nullable() })
    .nullable()
    .default(null),
  category: z.string().nullable(),
  skill: z.string().nullable(),
  /** The seq of the message that caused the handoff. */
  seq: z.number().int(),
  createdAt: z.string(),
  queuedAt: z.string().nullable(),
  position: z.number().int().nullable(),
  estimatedWaitSeconds: z.number().nullable(),
  agentId: z.string().nullable(),
  /** The holder's display name, so each of their messages can carry it (absent on older handoffs). */
  agentName: z.string().nullable().optional(),
  /** The AI rep that had the conversation when it was handed over (absent: the workspace's own bot). */
  rep: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
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

/** Most messages a single answer carries; longer histories are paged, never cut. */
export const MAX_PAGE = 1000;

export const ConversationDetailSchema = ConversationSummarySchema.extend({
  /** The latest messages, oldest first: all of them unless `moreBefore` is set. */
  messages: z.array(MessageSchema),
  /**
   * Set when older messages exist: pass it as `before` to `GET /conversations/{id}/messages` to page back
   * through them. Null: `messages` starts at the beginning.
   */
  moreBefore: z.number().int().nullable().default(null),
  handoff: HandoffSchema.nullable(),
});
export type ConversationDetail = z.infer<typeof ConversationDetailSchema>;

/** Which messages to read: after `after` (forward from there) or before `before` (the latest ones below it). */
export const MessagePageQuerySchema = z.object({
  after: z.coerce.number().int().nonnegative().optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(100),
});
export type MessagePageQuery = z.infer<typeof MessagePageQuerySchema>;

/** A page of history, oldest first. */
export const MessagePageSchema = z.object({
  messages: z.array(MessageSchema),
  /**
   * The cursor for the next page in the same direction, null at the end: with `before`, pass it as `before`
   * (older messages); otherwise pass it as `after` (newer ones).
   */
  next: z.number().int().nullable(),
});
export type MessagePage = z.infer<typeof MessagePageSchema>;
