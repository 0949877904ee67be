import { signConversationToken, type TokenClaims } from "../auth/conversation-token";
import { tokenSecret } from "../config";
import { newId } from "../domain/ids";
import type { ConversationSummary, Customer } from "../protocol/conversation";
import { conversationStub } from "./conversation-stub";

/** What a widget's customer token also carries: its key, and whether the customer was verified. */
export type WidgetClaims = Pick<TokenClaims, "key" | "idv">;

/** A new conversation owned by the bot, with the token its customer's socket opens it with. */
export async function startConversation(
  env: Env,
  workspaceId: string,
  customer: Customer,
  widget: WidgetClaims = {},
): Promise<ConversationSummary & { customerToken: string }> {
  const id = newId("cv");
  const conversation = await (await conversationStub(env, id)).create({ id, workspaceId, customer });
  const customerToken = await signConversationToken(tokenSecret(env), {
    ws: workspaceId,
    conv: id,
    sub: "customer",
    ...widget,
  });
  return { ...conversation, customerToken };
}
