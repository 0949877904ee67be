import { z } from "zod";

export const MetricsQuerySchema = z
  .object({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
  })
  .refine((q) => Date.parse(q.from) < Date.parse(q.to), { message: "must be after from", path: ["to"] });

const Rate = z.number().min(0).max(1).nullable();

export const MetricsSchema = z.object({
  from: z.string(),
  to: z.string(),
  conversations: z.number().int(),
  handedOff: z.number().int(),
  handoffRate: Rate,
  botContainment: Rate,
  byTrigger: z.array(
    z.object({
      trigger: z.string(),
      handoffs: z.number().int(),
      share: Rate,
      rated: z.number().int(),
      ratedUnnecessary: z.number().int(),
      unnecessaryShare: Rate,
    }),
  ),
  timeToAssignSeconds: z.object({
    p50: z.number().nullable(),
    p90: z.number().nullable(),
    count: z.number().int(),
  }),
  csat: z.object({
    requests: z.number().int(),
    responses: z.number().int(),
    responseRate: Rate,
    average: z.number().nullable(),
    distribution: z.record(z.string(), z.number().int()),
  }),
  handoffRatings: z.object({
    count: z.number().int(),
    neededShare: Rate,
    averageSummaryAccuracy: z.number().nullable(),
  }),
});
export type Metrics = z.infer<typeof MetricsSchema>;
