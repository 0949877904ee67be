import { describeHandoff } from "../../workers/domain/handoff-brief";
import type { ConversationDetail } from "../../workers/protocol/conversation";
import { ConversationDetailSchema } from "../../workers/protocol/conversation";
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
    case "error":
      return items;
  }
}

/** How a customer is called in lists: their name, their email, or a short form of the conversation id. */
export function customerLabel(detail: ConversationDetail): string {
  return detail.customer.name ?? detail.customer.email ?? `Visitor ${detail.id.slice(-4)}`;
}
