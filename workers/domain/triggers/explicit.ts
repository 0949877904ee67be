import type { ConversationView } from "./context";
import { quote } from "./explanation";

/** The customer asked for a person, in any supported language. */
export function explicitRequest(view: ConversationView): string | null {
  if (!view.analysis(0).wantsHuman) return null;
  return `the customer asked for a person (${quote(view.customer.at(-1)?.text ?? "")})`;
}
