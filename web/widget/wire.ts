import * as v from "valibot";
import type { z } from "zod";
import type { ClientFrame, ServerFrame } from "../../workers/protocol/frames";
import { MAX_TEXT_LENGTH } from "../../workers/protocol/limits";
import type {
  WidgetConfigSchema as WidgetConfigZod,
  WidgetConversation,
} from "../../workers/protocol/widget";

/**
 * The widget's frame validation, with valibot (about 1.5 KB here, where zod's classic build weighs 23 KB and
 * even zod/mini 8.5 KB: the widget must stay small on customers' pages). They describe the same wire shapes as
 * the server's zod schemas (`workers/protocol/frames.ts`, the customer's view); the type checks at the bottom
 * make any drift between the two a compile error.
 */
const Int = v.pipe(v.number(), v.integer());
const Status = v.picklist(["bot", "queued", "assigned", "resolved", "offline", "abandoned"]);

export const MessageSchema = v.object({
  id: v.string(),
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  // "note" never reaches a customer (internal notes are agents' only); listed so the types agree with the server's.
  role: v.picklist(["customer", "bot", "agent", "system", "note"]),
  text: v.string(),
  createdAt: v.string(),
  clientId: v.optional(v.string()),
  meta: v.record(v.string(), v.unknown()),
});

const ServerFrameSchema = v.variant("type", [
  v.object({ type: v.literal("message"), message: MessageSchema }),
  v.object({
    type: v.literal("conversation"),
    // The customer's view: the conversation's state and the customer as they know themself.
    conversation: v.object({
      id: v.string(),
      workspaceId: v.string(),
      status: Status,
      customer: v.object({ name: v.optional(v.string()), email: v.optional(v.string()) }),
      lastSeq: v.pipe(v.number(), v.integer(), v.minValue(0)),
      createdAt: v.string(),
      updatedAt: v.string(),
    }),
  }),
  v.object({
    type: v.literal("typing"),
    role: v.picklist(["customer", "bot", "agent"]),
    typing: v.boolean(),
  }),
  v.object({ type: v.literal("draft"), draftId: v.string(), role: v.literal("bot"), text: v.string() }),
  v.object({ type: v.literal("queue"), position: Int, estimatedWaitSeconds: v.nullable(v.number()) }),
  v.object({
    type: v.literal("error"),
    code: v.string(),
    message: v.string(),
    clientId: v.optional(v.string()),
    retryAfterMs: v.optional(Int),
  }),
]);

const ClientFrameSchema = v.variant("type", [
  v.object({
    type: v.literal("message"),
    clientId: v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9_.:-]+$/)),
    text: v.pipe(
      v.string(),
      v.maxLength(MAX_TEXT_LENGTH),
      v.check((t) => t.trim().length > 0),
    ),
  }),
  v.object({ type: v.literal("typing"), typing: v.boolean() }),
  v.object({ type: v.literal("email"), email: v.pipe(v.string(), v.email(), v.maxLength(320)) }),
  v.object({
    type: v.literal("csat"),
    score: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
    comment: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(1000))),
  }),
]);

export const WidgetConversationSchema = v.object({ id: v.string(), customerToken: v.string() });

const Ask = v.picklist(["required", "optional", "hidden"]);
/** `GET /widget/config`: the workspace's pre-chat form, if any. */
export const WidgetConfigSchema = v.object({
  prechat: v.nullable(
    v.object({
      name: Ask,
      email: Ask,
      topics: v.array(
        v.object({
          id: v.string(),
          label: v.string(),
          labels: v.optional(v.record(v.picklist(["en", "es", "fr", "de", "pt", "it"]), v.string())),
        }),
      ),
    }),
  ),
});
export type WidgetConfig = v.InferOutput<typeof WidgetConfigSchema>;

/** A schema with zod's `safeParse` shape, which the shared socket code expects. */
function validator<S extends v.GenericSchema>(schema: S) {
  return {
    safeParse(data: unknown): { success: true; data: v.InferOutput<S> } | { success: false } {
      const result = v.safeParse(schema, data);
      return result.success ? { success: true, data: result.output } : { success: false };
    },
  };
}

export const ServerFrames = validator(ServerFrameSchema);
export const ClientFrames = validator(ClientFrameSchema);

/** Compile-time: A and B describe the same values (a drift from the server's schemas fails `tsc`). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/**
 * What a customer's socket receives: every server frame but the agents' `brief`, with `meta` as the
 * customer's allow-listed view leaves it (no engine reading, so no typed `analysis`).
 */
type CustomerFrame<F = Exclude<ServerFrame, { type: "brief" }>> = F extends {
  type: "message";
  message: infer M;
}
  ? { type: "message"; message: Omit<M, "meta"> & { meta: Record<string, unknown> } }
  : F;
export type WireAgreement = [
  Assert<Same<v.InferOutput<typeof ServerFrameSchema>, CustomerFrame>>,
  // The widget sends a customer's frames: an internal note is an agent's.
  Assert<Same<v.InferOutput<typeof ClientFrameSchema>, Exclude<ClientFrame, { type: "note" }>>>,
  Assert<Same<v.InferOutput<typeof WidgetConversationSchema>, WidgetConversation>>,
  Assert<Same<WidgetConfig, z.infer<typeof WidgetConfigZod>>>,
];
