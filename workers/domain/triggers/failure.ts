import type { Rules } from "../rules";
import type { ConversationView } from "./context";

/** The bot failed often enough: admitted it could not help, was flagged low-confidence, or was rejected. */
export function repeatedFailure(view: ConversationView, rules: Rules): string | null {
  if (view.botFailures < rules.failureCount) return null;
  return `the bot failed to help ${view.botFailures} times`;
}
