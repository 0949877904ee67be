import { z } from "zod";
import { PublicPrechatSchema } from "../domain/prechat";
import { type Customer, CustomerSchema } from "./conversation";

/**
 * What a customer's page may say when the widget starts a conversation. The page describes the customer but
 * cannot claim who they are in the company's records (no `id`): only the company's server can, by signing an
 * identity with the workspace's identity secret (`identityToken`, or `userId` with `userHash`).
 */
export const WidgetStartSchema = z
  .object({
    customer: CustomerSchema.omit({ id: true, unverifiedAttributes: true, verified: true, topic: true })
      .strict()
      .optional(),
    identityToken: z
      .string()
      .min(1)
      .max(4096)
      .optional()
      .describe(
        "A JWT (HS256) signed by your server with the workspace's identity secret: `sub` (your user id), `exp`, and optionally `email`, `name`, `attributes`. Verified attributes may drive routing and priority.",
      ),
    userId: z.string().min(1).max(200).optional().describe("Your user's id, sent with `userHash`"),
    userHash: z
      .string()
      .min(1)
      .max(128)
      .optional()
      .describe("Hex HMAC-SHA256 of `userId` with the workspace's identity secret, computed by your server"),
    topic: z
      .string()
      .min(1)
      .max(40)
      .optional()
      .describe(
        "The id of the topic the customer picked in the workspace's pre-chat form (`GET /widget/config`)",
      ),
    /** The AI rep this page's chat is with (a sales rep on the pricing page): chosen by the page, like its words. */
    repId: z.string().min(1).max(40).optional(),
  })
  .strict();
export type WidgetStart = z.infer<typeof WidgetStartSchema>;

/** The customer as stored from the widget: the page's attributes are kept, as unverified. */
export function customerFromPage(given: WidgetStart["customer"] = {}): Customer {
  const { attributes, ...rest } = given;
  return attributes ? { ...rest, unverifiedAttributes: attributes } : rest;
}

/** The widget's answer: the conversation and the token for its socket, nothing about the workspace. */
export const WidgetConversationSchema = z.object({ id: z.string(), customerToken: z.string() });
export type WidgetConversation = z.infer<typeof WidgetConversationSchema>;

/** `GET /widget/session`: the token still opens this conversation. */
export const WidgetSessionSchema = z.object({ conversationId: z.string(), verified: z.boolean() });

/** `GET /widget/config`: what the widget shows before a chat starts. */
export const WidgetConfigSchema = z.object({
  prechat: PublicPrechatSchema.nullable().describe("The pre-chat form; null: none, the chat starts at once"),
});

/** A workspace's identity verification, as its managers see it (the secret itself is shown once). */
export const WidgetIdentityViewSchema = z.object({
  enforce: z
    .boolean()
    .describe("Refuse every visitor whose identity the company's server did not sign, their messages too"),
  hasSecret: z.boolean(),
});
export const WidgetIdentityPatchSchema = z.object({ enforce: z.boolean() }).strict();
export const WidgetIdentitySecretSchema = z.object({
  secret: z.string().describe("Keep it on your server; it is not shown again. A new one replaces the old"),
});
