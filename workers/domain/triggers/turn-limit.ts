import type { Rules } from "../rules";
import type { ConversationView } from "./context";

/** The bot has had the conversation for too many customer messages. */
export function turnLimit(view: ConversationView, rules: Rules): string | null {
  if (view.customerTurns < rules.turnLimit) return null;
  return `the customer has written ${view.customerTurns} messages without a resolution`;
}
