import type { Customer } from "../../workers/protocol/conversation";
import type { WidgetConversation } from "../../workers/protocol/widget";
import { WidgetConversationSchema } from "./wire";

/** Starts a conversation through the widget's door, with the page's publishable key. */
export async function startConversation(
  base: URL,
  widgetKey: string,
  customer: Omit<Customer, "id">,
): Promise<WidgetConversation> {
  const res = await fetch(new URL("/api/v1/widget/conversations", base), {
    method: "POST",
    headers: { authorization: `Bearer ${widgetKey}`, "content-type": "application/json" },
    body: JSON.stringify(Object.keys(customer).length > 0 ? { customer } : {}),
  });
  if (!res.ok) throw new Error(`Could not start the chat (${res.status})`);
  return WidgetConversationSchema.parse(await res.json());
}
