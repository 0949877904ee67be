import { z } from "zod";
import type { Handoff } from "../protocol/conversation";
import { SystemEventSchema } from "../protocol/events";
import type { Message } from "../protocol/message";

export const WEBHOOK_EVENT_TYPES = [
  "conversation.created",
  "message.created",
  "handoff.triggered",
  "conversation.assigned",
  "conversation.transferred",
  "conversation.resolved",
  "csat.submitted",
  "handoff.rated",
  "bot.turn",
] as const;
export const WebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventTypeSchema>;

/**
 * The body of every delivery. `id` is stable across retries and redeliveries (the idempotency id a
 * receiver deduplicates on, also sent as `Baton-Event-Id`); `data` depends on `type` (docs/webhooks.md).
 */
export const WebhookEventSchema = z.object({
  id: z.string(),
  type: WebhookEventTypeSchema,
  createdAt: z.string(),
  workspaceId: z.string(),
  conversationId: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type WebhookEvent = z.infer<typeof WebhookEventSchema>;

/** What a conversation's outbox carries, as far as events are concerned (see outbox-records.ts). */
export type EventSource =
  | {
      kind: "conversation";
      conversation: { id: string; workspaceId: string; lastSeq: number; createdAt: string } & Record<
        string,
        unknown
      >;
    }
  | { kind: "message"; workspaceId: string; conversationId: string; message: Message }
  | { kind: "handoff"; workspaceId: string; conversationId: string; handoff: Handoff };

/**
 * The events a batch of outbox records tells of. Every change of a conversation is a message (status
 * changes and ratings are system messages), so each event is named after the message it comes from
 * (`<conversationId>:<seq>`): a record sent twice (a retried flush, a message whose meta was updated) gives
 * the same id, and the dispatcher stores it once.
 */
export function eventsFromRecords(records: readonly EventSource[]): WebhookEvent[] {
  const events: WebhookEvent[] = [];
  for (const r of records) {
    if (r.kind === "conversation" && r.conversation.lastSeq === 0) {
      const c = r.conversation;
      events.push({
        id: `${c.id}:created`,
        type: "conversation.created",
        createdAt: c.createdAt,
        workspaceId: c.workspaceId,
        conversationId: c.id,
        data: { conversation: c },
      });
    }
    if (r.kind !== "message") continue;
    const base = {
      createdAt: r.message.createdAt,
      workspaceId: r.workspaceId,
      conversationId: r.conversationId,
    };
    const found = fromMessage(r.message, latestHandoff(records, r.conversationId));
    if (found) events.push({ id: `${r.conversationId}:${r.message.seq}`, ...base, ...found });
    // Your own bot's cue (`bot.mode: "external"`): the engine read the message and left it with the bot. The
    // record that carries the decision comes after the message's first one, so this is its own event and id.
    const decision = r.message.role === "customer" ? r.message.meta.decision : undefined;
    if (decision && !decision.handoff && r.message.meta.externalBot === true) {
      events.push({
        id: `${r.conversationId}:${r.message.seq}:bot.turn`,
        ...base,
        type: "bot.turn",
        data: { message: r.message, signals: decision.signals },
      });
    }
  }
  return events;
}

function latestHandoff(records: readonly EventSource[], conversationId: string): Handoff | null {
  let found: Handoff | null = null;
  for (const r of records) if (r.kind === "handoff" && r.conversationId === conversationId) found = r.handoff;
  return found;
}

function fromMessage(message: Message, handoff: Handoff | null): Pick<WebhookEvent, "type" | "data"> | null {
  if (message.role !== "system") return { type: "message.created", data: { message } };
  const parsed = SystemEventSchema.safeParse(message.meta);
  if (!parsed.success) return null;
  const e = parsed.data;
  if (e.event === "csat") {
    return { type: "csat.submitted", data: { score: e.score, comment: e.comment ?? null } };
  }
  if (e.event !== "status") return null;
  if (e.to === "queued" && e.from !== "assigned") {
    return { type: "handoff.triggered", data: { trigger: e.trigger ?? null, handoff } };
  }
  if (e.to === "queued" && e.reason === "transfer") {
    return { type: "conversation.transferred", data: { target: e.target ?? null, note: e.note ?? null } };
  }
  if (e.to === "assigned") {
    return {
      type: "conversation.assigned",
      data: { agentId: e.agentId ?? null, agentName: e.agentName ?? null },
    };
  }
  if (e.to === "resolved") return { type: "conversation.resolved", data: { wrapUp: e.wrapUp ?? null } };
  return null;
}
