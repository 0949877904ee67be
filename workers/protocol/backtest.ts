import { z } from "zod";

const OutcomeSchema = z.object({ handedOff: z.boolean(), trigger: z.string().nullable() });
const RateSchema = z.object({ handedOff: z.number().int(), handoffRate: z.number().nullable() });

/** What `POST /rules/backtest` answers: the proposed rules replayed over stored conversations (docs/api.md). */
export const BacktestResultSchema = z.object({
  from: z.string(),
  to: z.string(),
  conversations: z.number().int(),
  actual: RateSchema,
  predicted: RateSchema.extend({ byTrigger: z.record(z.string(), z.number().int()) }),
  changedCount: z.number().int(),
  changed: z.array(
    z.object({
      conversationId: z.string(),
      createdAt: z.string(),
      actual: OutcomeSchema,
      predicted: OutcomeSchema.extend({
        turn: z.number().int().nullable(),
        explanation: z.string().nullable(),
      }),
    }),
  ),
});
export type BacktestResult = z.infer<typeof BacktestResultSchema>;
