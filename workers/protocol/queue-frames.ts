import { z } from "zod";
import { AgentStatusSchema } from "./agents";

/** Frames an agent app sends on its workspace queue socket. */
export const QueueClientFrameSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("status"), status: AgentStatusSchema }),
  z.object({ type: z.literal("accept"), conversationId: z.string().min(1).max(64) }),
  /** "I'm on it": the first reply is due one full time-out from now. */
  z.object({ type: z.literal("extend_reply"), conversationId: z.string().min(1).max(64) }),
]);
export type QueueClientFrame = z.infer<typeof QueueClientFrameSchema>;

/** Where a waiting conversation stands, as the customer is told. */
export const WaitInfoSchema = z.object({
  position: z.number().int().min(0),
  /** `null`: nobody who could take it is online. */
  estimatedWaitSeconds: z.number().nullable(),
  agentsOnline: z.number().int().min(0),
});
export type WaitInfo = z.infer<typeof WaitInfoSchema>;

export const QueueSnapshotSchema = z.object({
  waiting: z.array(
    z.object({
      conversationId: z.string(),
      skill: z.string().nullable(),
      teamId: z.string().nullable(),
      queuedAt: z.string(),
      position: z.number().int(),
      estimatedWaitSeconds: z.number().nullable(),
      priority: z.number(),
    }),
  ),
  agents: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      status: AgentStatusSchema,
      connected: z.boolean(),
      skills: z.array(z.string()),
      load: z.number().int(),
      maxConcurrent: z.number().int(),
      conversationIds: z.array(z.string()),
    }),
  ),
  settings: z.object({
    mode: z.enum(["auto", "accept"]),
    widenAfterSeconds: z.number().nullable(),
    agentReplyTimeoutSeconds: z.number(),
  }),
});
export type QueueSnapshot = z.infer<typeof QueueSnapshotSchema>;

/** Frames the queue socket sends to agent apps. */
export const QueueServerFrameSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("snapshot"),
    queue: QueueSnapshotSchema,
    /** This agent's availability as the line has it: what a (re)loaded app shows, instead of guessing. */
    status: AgentStatusSchema,
  }),
  z.object({
    type: z.literal("assigned"),
    conversationId: z.string(),
    /** `offer` in accept mode: the agent must accept within the reply time-out. */
    mode: z.enum(["assigned", "offer"]),
    /** Opens `/parties/conversation/<id>` as this agent. */
    conversationToken: z.string(),
    /** The handoff in plain words, the summary, the customer and the full transcript. */
    brief: z.object({
      reasons: z.array(z.string()),
      conversation: z.record(z.string(), z.unknown()),
    }),
  }),
  z.object({ type: z.literal("released"), conversationId: z.string(), reason: z.string() }),
  /**
   * Your first reply (or acceptance) is due at `dueAt` (ISO time); after it the conversation goes to another
   * agent if one can take it now, else it stays with you under a new deadline. `extend_reply` moves it.
   */
  z.object({ type: z.literal("reply_warning"), conversationId: z.string(), dueAt: z.string() }),
  /** The customer rated a conversation you resolved (1–5). */
  z.object({ type: z.literal("rated"), conversationId: z.string(), score: z.number().int().min(1).max(5) }),
  z.object({ type: z.literal("error"), code: z.string(), message: z.string() }),
]);
export type QueueServerFrame = z.infer<typeof QueueServerFrameSchema>;
