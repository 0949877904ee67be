import { z } from "zod";
import { WebhookEventTypeSchema } from "../webhooks/events";

export const DeliveryAttemptSchema = z.object({
  n: z.number().int(),
  at: z.string(),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
});

/** One event for one endpoint, with every attempt: the delivery log's entry. */
export const DeliverySchema = z.object({
  id: z.string(),
  endpointId: z.string(),
  eventId: z.string(),
  eventType: WebhookEventTypeSchema,
  status: z.enum(["pending", "delivered", "failed"]),
  attempts: z.array(DeliveryAttemptSchema),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

export const CreateWebhookSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000),
  events: z
    .array(WebhookEventTypeSchema)
    .min(1, "name at least one event")
    .refine((e) => new Set(e).size === e.length, "each event once"),
});

/** An endpoint as listed: never its secret, which only the creation's answer carries. */
export const WebhookSchema = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(WebhookEventTypeSchema),
  createdAt: z.string(),
});
export const CreatedWebhookSchema = WebhookSchema.extend({
  /** Signs every delivery (`Baton-Signature`); shown once, keep it with the receiver. */
  secret: z.string(),
});

export const DeliveryListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** A delivery's `createdAt`: the page of older ones. */
  before: z.iso.datetime().optional(),
});
