import * as z from "zod/mini";
import type { ClientFrame, ServerFrame } from "../../workers/protocol/frames";
import { MAX_TEXT_LENGTH } from "../../workers/protocol/limits";
import type { WidgetConversation } from "../../workers/protocol/widget";

/**
 * The widget's frame validation, in zod's light build (`zod/mini`, a few KB instead of the ~23 KB of the
 * classic API that the server's schemas need for OpenAPI). They describe the same wire shapes as
 * `workers/protocol/frames.ts`; the type checks at the bottom make any drift between the two a compile error.
 */
const Status = z.enum(["bot", "queued", "assigned", "resolved", "offline", "abandoned"]);
const Int = z.int();

export const MessageSchema = z.object({
  id: z.string(),
  seq: z.int().check(z.positive()),
  role: z.enum(["customer", "bot", "agent", "system"]),
  text: z.string(),
  createdAt: z.string(),
  clientId: z.optional(z.string()),
  meta: z.record(z.string(), z.unknown()),
});

export const ServerFrameSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("message"), message: MessageSchema }),
  z.object({
    type: z.literal("conversation"),
    // The customer's view: the conversation's state and the customer as they know themself.
    conversation: z.object({
      id: z.string(),
      workspaceId: z.string(),
      status: Status,
      customer: z.object({ name: z.optional(z.string()), email: z.optional(z.string()) }),
      lastSeq: Int.check(z.nonnegative()),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  }),
  z.object({ type: z.literal("typing"), role: z.enum(["customer", "bot", "agent"]), typing: z.boolean() }),
  z.object({ type: z.literal("draft"), draftId: z.string(), role: z.literal("bot"), text: z.string() }),
  z.object({ type: z.literal("queue"), position: Int, estimatedWaitSeconds: z.nullable(z.number()) }),
  z.object({
    type: z.literal("error"),
    code: z.string(),
    message: z.string(),
    clientId: z.optional(z.string()),
  }),
]);

export const ClientFrameSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("message"),
    clientId: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_.:-]+$/)),
    text: z.string().check(
      z.maxLength(MAX_TEXT_LENGTH),
      z.refine((t) => t.trim().length > 0),
    ),
  }),
  z.object({ type: z.literal("typing"), typing: z.boolean() }),
  z.object({ type: z.literal("email"), email: z.email().check(z.maxLength(320)) }),
  z.object({
    type: z.literal("csat"),
    score: Int.check(z.minimum(1), z.maximum(5)),
    comment: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(1000))),
  }),
]);

export const WidgetConversationSchema = z.object({ id: z.string(), customerToken: z.string() });

/** Compile-time: A and B describe the same values (a drift from the server's schemas fails `tsc`). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type WireAgreement = [
  Assert<Same<z.infer<typeof ServerFrameSchema>, ServerFrame>>,
  Assert<Same<z.infer<typeof ClientFrameSchema>, ClientFrame>>,
  Assert<Same<z.infer<typeof WidgetConversationSchema>, WidgetConversation>>,
];
