import { z } from "zod";
import { WrapUpSchema } from "../ai/provider";
import { ConversationStatusSchema, ConversationSummarySchema, CustomerSchema } from "./conversation";

/**
 * What a `system` message's `meta` records: one event of a conversation's history, told apart by `event`.
 * The full event is for agents and integrations; `CustomerEventSchema` below is what a customer may see.
 */
export const SystemEventSchema = z.discriminatedUnion("event", [
  z.object({
    event: z.literal("status"),
    from: ConversationStatusSchema,
    to: ConversationStatusSchema,
    /** Why it moved: `transfer`, `email_captured`, `customer_left`, `agent_timeout`… (internal). */
    reason: z.string().optional(),
    /** The first trigger of a handoff (internal). */
    trigger: z.string().nullable().optional(),
    /** Who joined (`assigned`); the name is what the customer is told. */
    agentId: z.string().optional(),
    agentName: z.string().optional(),
    /** The agent a requeue took the conversation from (internal). */
    fromAgentId: z.string().optional(),
    /** Where a transfer sends it, and the note for the next agent (internal: agents only). */
    target: z.record(z.string(), z.unknown()).optional(),
    note: z.string().optional(),
    /** The address a customer left to be answered by email (their own, but never echoed). */
    email: z.string().optional(),
    /** On `resolved`: the wrap-up for a CRM or a follow-up e-mail (internal). */
    wrapUp: WrapUpSchema.optional(),
  }),
  z.object({
    event: z.literal("wait"),
    position: z.number().int(),
    estimatedWaitSeconds: z.number().nullable(),
    agentsOnline: z.number().int().optional(),
  }),
  z.object({ event: z.literal("email_offer"), reason: z.string() }),
  z.object({ event: z.literal("csat_request") }),
  z.object({ event: z.literal("csat"), score: z.number().int(), comment: z.string().optional() }),
]);
export type SystemEvent = z.infer<typeof SystemEventSchema>;
export type StatusEvent = Extract<SystemEvent, { event: "status" }>;
/** What a status change may add to its `from` and `to`. */
export type StatusDetails = Omit<StatusEvent, "event" | "from" | "to">;

/**
 * The customer's view of a system event: an allow-list. Zod objects drop every key they do not name, so a
 * field added to an event later stays internal until it is added here on purpose.
 */
export const CustomerEventSchema = z.discriminatedUnion("event", [
  z.object({
    event: z.literal("status"),
    from: ConversationStatusSchema,
    to: ConversationStatusSchema,
    agentName: z.string().optional(),
  }),
  z.object({
    event: z.literal("wait"),
    position: z.number().int(),
    estimatedWaitSeconds: z.number().nullable(),
  }),
  z.object({ event: z.literal("email_offer"), reason: z.string() }),
  z.object({ event: z.literal("csat_request") }),
  z.object({ event: z.literal("csat"), score: z.number().int() }),
]);

/**
 * The customer's view of a bot message: the draft it replaces, whether it is the greeting, and the help
 * centre's articles it cites (public pages). The bot's confidence and source stay internal.
 */
export const CustomerBotMetaSchema = z.object({
  draftId: z.string().optional(),
  event: z.literal("greeting").optional(),
  citations: z.array(z.object({ articleId: z.string(), title: z.string() })).optional(),
});

/** The customer's view of an agent message: who wrote it, by name. */
export const CustomerAgentMetaSchema = z.object({ agentName: z.string().optional() });

/**
 * The customer's view of the conversation: its state, and the customer as the customer knows themself.
 * Attributes (set by the company's backend, or unverified from the page) stay with agents.
 */
export const CustomerConversationSchema = ConversationSummarySchema.extend({
  customer: CustomerSchema.pick({ name: true, email: true }),
});
