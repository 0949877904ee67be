import { describeHandoff } from "../../workers/domain/handoff-brief";
import type { ConversationDetail } from "../../workers/protocol/conversation";
import { ConversationDetailSchema } from "../../workers/protocol/conversation";
import type { Message } from "../../workers/protocol/message";
import type { QueueServerFrame } from "../../workers/protocol/queue-frames";
import type { Api } from "./api";

/** One conversation on the agent's desk, with what they need to start: the brief. */
export type InboxItem = {
  id: string;
  /** `offer`: accept mode, not the agent's until they accept. */
  mode: "assigned" | "offer";
  /** For the conversation socket; fetched on opening when the item came from REST. */
  token: string | null;
  reasons: string[];
  detail: ConversationDetail;
};

/** The agent's conversations after a reload: the assigned ones of the workspace that they hold. */
export async function loadInbox(api: Api, agentId: string): Promise<InboxItem[]> {
  const { conversations } = await api.assigned();
  const details = await Promise.all(conversations.map((c) => api.detail(c.id)));
  return details
    .filter((d) => d.handoff?.agentId === agentId)
    .map((detail) => ({
      id: detail.id,
      mode: "assigned",
      token: null,
      reasons: describeHandoff(detail.handoff?.trigger ?? null, detail.handoff?.signals ?? null),
      detail,
    }));
}

/** The inbox after a queue frame: an assignment adds or replaces its item, a release removes it. */
export function applyQueueFrame(items: InboxItem[], frame: QueueServerFrame): InboxItem[] {
  switch (frame.type) {
    case "assigned": {
      const detail = ConversationDetailSchema.safeParse(frame.brief.conversation);
      if (!detail.success) return items;
      const item: InboxItem = {
        id: frame.conversationId,
        mode: frame.mode,
        token: frame.conversationToken,
        reasons: frame.brief.reasons,
        detail: detail.data,
      };
      return [item, ...items.filter((i) => i.id !== item.id)];
    }
    case "released":
      return items.filter((i) => i.id !== frame.conversationId);
    case "snapshot":
    case "reply_warning":
    case "rated":
    case "error":
      return items;
  }
}

/** How a customer is called in lists: their name, their email, or a short form of the conversation id. */
export function customerLabel(detail: ConversationDetail): string {
  return detail.customer.name ?? detail.customer.email ?? `Visitor ${detail.id.slice(-4)}`;
}

/** The trigger as a one- or two-word badge for the list (the brief has the sentence). */
const TRIGGER_BADGES: Record<string, string> = {
  explicit_request: "Asked for a person",
  keyword_rule: "Keyword",
  category: "Topic",
  repeated_failure: "Bot failed",
  negative_sentiment: "Upset",
  turn_limit: "Long chat",
  risk: "At risk",
  manual: "By hand",
};

export function triggerBadge(trigger: string | null | undefined): string | null {
  return trigger ? (TRIGGER_BADGES[trigger] ?? trigger) : null;
}

/** The last line of the chat itself (not a notice, a status change or a note), or null: what the list previews. */
export function lastChatMessage(messages: readonly Message[]): Message | null {
  return messages.findLast((m) => m.role !== "system" && m.role !== "note") ?? null;
}

/** Customer messages the agent has not seen (after `seenSeq`). */
export function unreadCount(messages: readonly Message[], seenSeq: number): number {
  return messages.filter((m) => m.role === "customer" && m.seq > seenSeq).length;
}

/**
 * Since when the customer has been waiting for an answer: their oldest message after the last reply from an
 * agent (or the bot), or null when the last word was not theirs.
 */
export function waitingSince(messages: readonly Message[]): string | null {
  let since: string | null = null;
  for (const m of messages) {
    if (m.role === "customer") since ??= m.createdAt;
    else if (m.role === "agent" || m.role === "bot") since = null;
  }
  return since;
}

/** Whether an item matches the search box: customer name, e-mail, or any message text, ignoring case. */
export function matchesSearch(
  detail: ConversationDetail,
  messages: readonly Message[],
  query: string,
): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const haystack = [detail.customer.name, detail.customer.email, ...messages.map((m) => m.text)];
  return haystack.some((text) => text?.toLowerCase().includes(q));
}

/** "09:41" today, "12 Mar 09:41" before. */
export function clock(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return at.toDateString() === now.toDateString()
    ? time
    : `${at.toLocaleDateString([], { day: "numeric", month: "short" })} ${time}`;
}

/** "2 min", "45 s", "1 h 5 min": how long, for a wait. */
export function duration(fromIso: string, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(fromIso)) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The customer's rating of a conversation, or null before they gave one. */
export function customerRating(detail: ConversationDetail): number | null {
  const rated = detail.messages.findLast((m) => m.meta.event === "csat");
  return typeof rated?.meta.score === "number" ? rated.meta.score : null;
}
