import { z } from "zod";

/** An agent's verdict on a handoff they received: the signal to tune the rules and the brief. */
export const HandoffRatingInputSchema = z.strictObject({
  /** Did this conversation need a person? `false` marks the trigger as one that fired too eagerly. */
  needed: z.boolean(),
  /** How well the brief's summary described the problem, 1 (wrong) to 5 (exact). */
  summaryAccuracy: z.number().int().min(1).max(5),
  comment: z.string().max(2000).optional(),
});

export const HandoffRatingSchema = HandoffRatingInputSchema.extend({
  conversationId: z.string(),
  handoffId: z.string(),
  agentId: z.string(),
  trigger: z.string().nullable(),
  createdAt: z.string(),
});
export type HandoffRating = z.infer<typeof HandoffRatingSchema>;
