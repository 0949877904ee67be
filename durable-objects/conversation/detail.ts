import type { ConversationDetail } from "../../workers/protocol/conversation";
import type { ConversationStore } from "./store";

/** Messages in a REST detail: enough for any ordinary chat; older ones are a `before` page away. */
export const DETAIL_MESSAGES = 1000;

/**
 * The conversation with its latest `limit` messages and the cursor to the older ones, so a long history costs
 * one bounded read and is never cut without saying so.
 */
export function conversationDetail(store: ConversationStore, limit: number): ConversationDetail | null {
  const summary = store.summary();
  if (!summary) return null;
  const page = store.messagesPage({ before: summary.lastSeq + 1, limit });
  return { ...summary, messages: page.messages, moreBefore: page.next, handoff: store.handoff() };
}
