import { z } from "zod";
import { type Customer, CustomerSchema } from "./conversation";

/**
 * What a customer's page may say about the customer when the widget starts a conversation. No `id`: a page
 * is not trusted to claim who the customer is in the company's records, only to describe them.
 */
export const WidgetStartSchema = z
  .object({
    customer: CustomerSchema.omit({ id: true, unverifiedAttributes: true }).strict().optional(),
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
