import { signConversationToken, type TokenClaims } from "../auth/conversation-token";
import { tokenSecret } from "../config";
import { getDb } from "../db/client";
import { loadDocument } from "../db/workspace-config";
import { newId } from "../domain/ids";
import type { ConversationSummary, Customer } from "../protocol/conversation";
import { conversationStub } from "./conversation-stub";
import { ApiError } from "./errors";

/** What a widget's customer token also carries: its key, and whether the customer was verified. */
export type WidgetClaims = Pick<TokenClaims, "key" | "idv">;

/**
 * A new conversation owned by the bot, with the token its customer's socket opens it with. With `repId`, that
 * AI rep of the workspace answers it (400 when the workspace has no such rep, and nothing is created).
 */
export async function startConversation(
  env: Env,
  workspaceId: string,
  customer: Customer,
  repId?: string,
  widget: WidgetClaims = {},
): Promise<ConversationSummary & { customerToken: string }> {
  if (repId !== undefined) {
    const { value: reps } = await loadDocument(getDb(env.DB), workspaceId, "reps");
    if (!reps.some((r) => r.id === repId)) {
      const problem = { field: "repId", reason: "no such rep in this workspace (GET /api/v1/reps)" };
      throw new ApiError(400, "invalid_request", `repId: ${problem.reason}`, [problem]);
    }
  }
  const id = newId("cv");
  const conversation = await (await conversationStub(env, id)).create({ id, workspaceId, customer, repId });
  const customerToken = await signConversationToken(tokenSecret(env), {
    ws: workspaceId,
    conv: id,
    sub: "customer",
    ...widget,
  });
  return { ...conversation, customerToken };
}
