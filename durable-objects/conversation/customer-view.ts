import type { Message } from "../../workers/protocol/message";

/** Meta that is for agents and integrations only: the engine's reading of the customer. */
const INTERNAL_META = new Set(["analysis", "decision"]);

/** A message as the customer's widget may see it. */
export function customerView(message: Message): Message {
  const meta = Object.fromEntries(Object.entries(message.meta).filter(([k]) => !INTERNAL_META.has(k)));
  return { ...message, meta };
}
