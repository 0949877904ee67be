import { z } from "zod";
import { isTimeZone, toInstant } from "../domain/time-zone";

/** A series is one row per local day: a year of them at most. */
export const MAX_METRICS_DAYS = 366;

const Instant = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .meta({ description: "`YYYY-MM-DD` (local midnight in `tz`) or an ISO time with offset" });

const Id = z.string().min(1).max(200);

export const MetricsQuerySchema = z
  .object({
    from: Instant,
    to: Instant,
    tz: z
      .string()
      .default("UTC")
      .refine(isTimeZone, "must be an IANA time zone, e.g. Europe/Paris")
      .meta({ description: "Time zone of date-only bounds and of the series' days (default UTC)" }),
    trigger: Id.optional().meta({ description: "Only conversations first handed off by this trigger" }),
    skill: Id.optional().meta({ description: "Only conversations with a handoff routed to this skill" }),
    agentId: Id.optional().meta({ description: "Only conversations this agent was assigned" }),
    teamId: Id.optional().meta({ description: "Only conversations a member of this team was assigned" }),
    fcrDays: z.coerce
      .number()
      .int()
      .min(1)
      .max(90)
      .default(7)
      .meta({ description: "First contact resolution's window: no return within this many days" }),
  })
  .superRefine((q, ctx) => {
    if (!isTimeZone(q.tz)) return;
    const days = (toInstant(q.to, q.tz).getTime() - toInstant(q.from, q.tz).getTime()) / 86_400_000;
    if (!(days > 0)) ctx.addIssue({ code: "custom", path: ["to"], message: "must be after from" });
    else if (days > MAX_METRICS_DAYS)
      ctx.addIssue({ code: "custom", path: ["to"], message: `at most ${MAX_METRICS_DAYS} days after from` });
  });
export type MetricsQuery = z.infer<typeof MetricsQuerySchema>;

const Rate = z.number().min(0).max(1).nullable();
const Seconds = z.object({ p50: z.number().nullable(), p90: z.number().nullable(), count: z.number().int() });

const Share = z.object({ handoffs: z.number().int(), share: Rate });

export const MetricsSchema = z.object({
  from: z.string(),
  to: z.string(),
  tz: z.string(),
  conversations: z.number().int(),
  handedOff: z.number().int(),
  handoffRate: Rate,
  botContainment: Rate,
  byTrigger: z.array(
    Share.extend({
      trigger: z.string(),
      rated: z.number().int(),
      ratedUnnecessary: z.number().int(),
      unnecessaryShare: Rate,
    }),
  ),
  byCategory: z.array(Share.extend({ category: z.string() })),
  timeToAssignSeconds: Seconds,
  firstResponseSeconds: Seconds,
  handleSeconds: Seconds.extend({ average: z.number().nullable() }),
  firstContactResolution: z.object({
    days: z.number().int(),
    resolved: z.number().int(),
    firstContact: z.number().int(),
    rate: Rate,
  }),
  abandonment: z.object({ abandoned: z.number().int(), rate: Rate }),
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
  series: z.array(
    z.object({
      day: z.string(),
      conversations: z.number().int(),
      handedOff: z.number().int(),
      handoffRate: Rate,
      csatAverage: z.number().nullable(),
      csatResponses: z.number().int(),
      timeToAssignP50: z.number().nullable(),
    }),
  ),
});
export type Metrics = z.infer<typeof MetricsSchema>;
