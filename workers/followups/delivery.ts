/**
 * How a follow-up's answer leaves Baton. Baton stores the reply in the conversation (an `agent` message with
 * `meta.event: "followup_reply"`, `channel: "email"` and `to`) and then calls this hook; it does not send
 * mail itself. To deliver for real, replace the body of `deliverFollowupReply` with your mail path: an Email
 * Workers `send_email` binding, a provider's HTTP API, or a POST to your own webhook. The stored message is
 * the record either way, and reaches D1 like every message (for a poller or an export).
 */
export interface FollowupReply {
  workspaceId: string;
  conversationId: string;
  /** The customer's address, as they left it. */
  to: string;
  text: string;
  agentName: string | null;
  /** The stored message's `seq`, to make delivery idempotent. */
  seq: number;
}

/** `not_configured` until a deployment plugs its mail path in here; the API answers it to the caller. */
export type DeliveryOutcome = "sent" | "not_configured";

export async function deliverFollowupReply(reply: FollowupReply): Promise<DeliveryOutcome> {
  console.log(
    `follow-up reply stored, no mail path configured: ${reply.conversationId}#${reply.seq} to ${reply.to}`,
  );
  return "not_configured";
}
