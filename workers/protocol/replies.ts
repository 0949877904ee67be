import { z } from "zod";
import { MessageTextSchema } from "./message";

/** What follows the `/` in the composer: short, lowercase words joined by dashes (`refund-policy`). */
export const ShortcutSchema = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase letters and digits, words joined by -");

export const CannedReplySchema = z.object({
  id: z.string(),
  shortcut: ShortcutSchema,
  text: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CannedReply = z.infer<typeof CannedReplySchema>;

export const CreateCannedReplySchema = z
  .object({ shortcut: ShortcutSchema, text: MessageTextSchema })
  .strict();
export const UpdateCannedReplySchema = CreateCannedReplySchema.partial()
  .strict()
  .refine((v) => v.shortcut !== undefined || v.text !== undefined, "send shortcut, text or both");

/**
 * A reply the co-pilot proposes for the agent to edit and send (never sent on its own): written by the AI
 * provider from the chat, or a help-centre passage that answers the customer's question.
 */
export const SuggestionSchema = z.object({
  text: z.string(),
  source: z.enum(["ai", "knowledge"]),
  /** The help-centre article a `knowledge` suggestion comes from. */
  article: z.object({ id: z.string(), title: z.string() }).optional(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;
