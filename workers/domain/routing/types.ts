import { z } from "zod";

/**
 * The routing policy's view of the world. Times are epoch milliseconds (`Date.now()`), durations in
 * settings are seconds. Parse at the boundary (D1 rows, socket frames); the functions trust their input.
 */

export const AgentStatusSchema = z.enum(["online", "away", "offline"]);
export type AgentStatus = z.infer<typeof AgentStatusSchema>;

/** Skills are compared lower-cased, so "Billing" in the admin UI matches the "billing" rule. */
export const SkillSchema = z.string().trim().min(1).toLowerCase();

export const AgentStateSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  skills: z.array(SkillSchema),
  teamIds: z.array(z.string().min(1)).default([]),
  maxConcurrent: z.number().int().min(0).default(3),
  status: AgentStatusSchema,
  activeConversationIds: z.array(z.string()),
  /**
   * When the agent last received a conversation, or came online if that is later. Among equally loaded
   * agents the one idle longest goes first, which spreads work fairly.
   */
  idleSince: z.number(),
  /** Set while the agent's socket is gone but the grace period keeps their conversations. */
  disconnectedAt: z.number().nullable().default(null),
});
export type AgentState = z.infer<typeof AgentStateSchema>;

export const WaitingItemSchema = z.object({
  conversationId: z.string().min(1),
  /** `null`: any agent may answer (the `general` category). */
  skill: SkillSchema.nullable(),
  /** A transfer to a team: only its members, until the item widens. */
  teamId: z.string().min(1).nullable().default(null),
  /** A transfer to one agent: only them, until the item widens. */
  preferredAgentId: z.string().min(1).nullable().default(null),
  /** The customer's sentiment at handoff, -1 (furious) … 1 (delighted). */
  sentiment: z.number().min(-1).max(1).default(0),
  vip: z.boolean().default(false),
  /** When this wait began; widening and aging count from here. */
  queuedAt: z.number(),
  /** Agents who let this conversation go (reply time-out, transfer away): never picked before widening. */
  excludedAgentIds: z.array(z.string()).default([]),
  /** Returned to the line through no fault of the customer (agent lost, time-out, transfer): served first. */
  front: z.boolean().default(false),
});
export type WaitingItem = z.infer<typeof WaitingItemSchema>;

export const RoutingSettingsSchema = z.object({
  /** `auto`: the plan assigns. `accept`: the plan offers, and the agent must accept within the reply time-out. */
  mode: z.enum(["auto", "accept"]).default("auto"),
  /** After this wait any online agent with capacity may take the item; `null` never widens. */
  widenAfterSeconds: z.number().min(0).nullable().default(180),
  agentReplyTimeoutSeconds: z.number().positive().default(120),
  /**
   * How long before the reply deadline the agent's app is warned (with the deadline, so it can count down
   * and offer "I'm on it"); at most half the time-out.
   */
  replyWarningSeconds: z.number().min(0).default(30),
  disconnectGraceSeconds: z.number().min(0).default(60),
  /**
   * An agent app pings every 15 s; a socket silent for longer than this is treated as dropped (a laptop
   * lid closed does not always close the socket) and the grace period starts.
   */
  heartbeatTimeoutSeconds: z.number().min(1).default(45),
  /** A VIP is served as if they had queued this much earlier. */
  vipHeadStartSeconds: z.number().min(0).default(300),
  /** A furious customer (sentiment -1) is served as if they had queued this much earlier; linear in between. */
  angerHeadStartSeconds: z.number().min(0).default(180),
  /** Per-workspace overrides of the category → skill rules; `null` means anyone. */
  skillByCategory: z.record(z.string(), SkillSchema.nullable()).default({}),
  /** The handle time assumed for a skill with no history yet. */
  defaultHandleTimeSeconds: z.number().positive().default(480),
});
export type RoutingSettings = z.infer<typeof RoutingSettingsSchema>;

export const DEFAULT_ROUTING_SETTINGS: RoutingSettings = RoutingSettingsSchema.parse({});

/** One decision of a plan: give (or, in accept mode, offer) this conversation to this agent. */
export interface Assignment {
  conversationId: string;
  agentId: string;
}

/** What the Queue DO keeps for each conversation an agent holds, so it can be returned to the line. */
export const HeldConversationSchema = z.object({
  item: WaitingItemSchema,
  agentId: z.string().min(1),
  assignedAt: z.number(),
  /** The agent's first message (or acceptance, in accept mode); `null` starts the reply time-out. */
  agentRepliedAt: z.number().nullable().default(null),
  /**
   * When the reply is due, once moved from `assignedAt + agentReplyTimeoutSeconds`: the agent said "I'm on
   * it", or nobody else could take the conversation and it stayed with them. `null`: the first deadline.
   */
  replyDueAt: z.number().nullable().default(null),
  /** The agent was warned of the current deadline (once per deadline). */
  replyWarned: z.boolean().default(false),
});
export type HeldConversation = z.infer<typeof HeldConversationSchema>;
