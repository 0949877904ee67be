import { z } from "zod";
import { ConversationSummarySchema, HandoffSchema } from "./conversation";
import { ClientIdSchema, MessageSchema, MessageTextSchema } from "./message";
import { parseFrame } from "./parse-frame";
import { LONE_SURROGATE_REASON, loneSurrogatePath } from "./unicode";

/** A rating from 1 (bad) to 5 (great), with an optional word. */
export const CsatFields = {
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().min(1).max(1000).optional(),
};

/** Frames a client (widget or agent app) sends over the conversation socket. */
export const ClientFrameSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("message"), clientId: ClientIdSchema, text: MessageTextSchema }),
  z.object({ type: z.literal("typing"), typing: z.boolean() }),
  /** (agents) An internal note in the transcript: other agents see it, the customer never does. */
  z.object({ type: z.literal("note"), clientId: ClientIdSchema, text: MessageTextSchema }),
  /** The customer accepts the offer to be answered by email instead of waiting. */
  z.object({ type: z.literal("email"), email: z.email().max(320) }),
  /** The customer's answer to the rating request after a resolve. */
  z.object({ type: z.literal("csat"), ...CsatFields }),
]);
export type ClientFrame = z.infer<typeof ClientFrameSchema>;

/**
 * Frames the server sends. Only `message` carries a `seq` (inside the message): it is the replayable event
 * stream. `conversation` and `typing` are current state, resent on connect, never replayed.
 */
export const ServerFrameSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("message"), message: MessageSchema }),
  z.object({ type: z.literal("conversation"), conversation: ConversationSummarySchema }),
  /** Agents only: the brief changed (the customer wrote again, or the conversation was transferred). */
  z.object({ type: z.literal("brief"), handoff: HandoffSchema }),
  z.object({ type: z.literal("typing"), role: z.enum(["customer", "bot", "agent"]), typing: z.boolean() }),
  /** The bot's answer as it is being written; the stored `message` that follows replaces it. */
  z.object({ type: z.literal("draft"), draftId: z.string(), role: z.literal("bot"), text: z.string() }),
  /** The customer's place in line changed (current state, not replayed). */
  z.object({
    type: z.literal("queue"),
    position: z.number().int(),
    estimatedWaitSeconds: z.number().nullable(),
  }),
  z.object({
    type: z.literal("error"),
    code: z.string(),
    message: z.string(),
    clientId: z.string().optional(),
    /** With `rate_limited`: the message may be sent again (same clientId) after this many milliseconds. */
    retryAfterMs: z.number().int().nonnegative().optional(),
  }),
]);
export type ServerFrame = z.infer<typeof ServerFrameSchema>;

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

export { parseFrame } from "./parse-frame";

/**
 * The largest client frame read: a 4,000-character message with every character JSON-escaped (`\uXXXX`)
 * and its envelope fits. Anything longer is refused before it is parsed, so its size costs nothing.
 */
export const MAX_FRAME_CHARS = 32 * 1024;

/** Whether a raw frame is over MAX_FRAME_CHARS (characters of a text frame, bytes of a binary one). */
export function frameTooLarge(raw: string | ArrayBuffer): boolean {
  return (typeof raw === "string" ? raw.length : raw.byteLength) > MAX_FRAME_CHARS;
}

/** A client frame read and checked: its data, or why it is refused (`invalid_frame`). */
export function readClientFrame(raw: string | ArrayBuffer): { data: ClientFrame } | { refusal: string } {
  const frame = ClientFrameSchema.safeParse(parseFrame(raw));
  if (!frame.success) return { refusal: frame.error.issues[0]?.message ?? "invalid" };
  const path = loneSurrogatePath(frame.data);
  return path ? { refusal: `${path.join(".")}: ${LONE_SURROGATE_REASON}` } : { data: frame.data };
}
