import type { MessageMeta, Role } from "../../workers/protocol/message";

/**
 * Whose `clientId`s a message's belongs with: each author picks their own, so the same id from two authors
 * is two messages. Customers are one party (every customer socket and REST post is the same person);
 * each agent is their own (their id is in the message's meta), and their notes apart from their replies.
 */
export function clientScope(role: Role, meta: MessageMeta): string {
  const agentId = typeof meta.agentId === "string" ? meta.agentId : "";
  return role === "agent" || role === "note" ? `${role}:${agentId}` : role;
}
