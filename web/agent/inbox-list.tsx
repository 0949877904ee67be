import type { Transcript } from "../shared/transcript";
import {
  clock,
  customerLabel,
  duration,
  type InboxItem,
  lastChatMessage,
  matchesSearch,
  triggerBadge,
  unreadCount,
  waitingSince,
} from "./inbox";

type Props = {
  items: InboxItem[];
  transcripts: Record<string, Transcript>;
  /** The last seq the agent has seen, by conversation. */
  seen: Record<string, number>;
  deadlines: Record<string, string>;
  selected: string | null;
  query: string;
  /** Re-rendered every few seconds by the caller, so the waits tick. */
  now: number;
  onOpen: (id: string) => void;
};

/** The agent's own conversations: who, the trigger, the last line and when, unread and how long they wait. */
export function InboxList({ items, transcripts, seen, deadlines, selected, query, now, onOpen }: Props) {
  const shown = items.filter((item) =>
    matchesSearch(item.detail, transcripts[item.id]?.messages ?? item.detail.messages, query),
  );
  if (shown.length === 0) return null;
  return (
    <ul>
      {shown.map((item) => {
        const messages = transcripts[item.id]?.messages ?? item.detail.messages;
        const last = lastChatMessage(messages);
        const unread = unreadCount(messages, seen[item.id] ?? 0);
        const since = waitingSince(messages);
        const badge = triggerBadge(item.detail.handoff?.trigger);
        return (
          <li key={item.id}>
            <button
              type="button"
              class="inbox-item"
              aria-current={item.id === selected ? "true" : undefined}
              onClick={() => onOpen(item.id)}
            >
              <span class="item-top">
                <strong>{customerLabel(item.detail)}</strong>
                {last && (
                  <time class="muted small" dateTime={last.createdAt}>
                    {clock(last.createdAt, new Date(now))}
                  </time>
                )}
              </span>
              <span class="item-badges">
                {badge && <span class="badge trigger">{badge}</span>}
                {item.mode === "offer" && <span class="badge">Offer</span>}
                {deadlines[item.id] && <span class="badge warn">Reply due</span>}
                {unread > 0 && (
                  <span class="count" title={`${unread} unread`}>
                    {unread}
                    <span class="sr-only"> unread</span>
                  </span>
                )}
              </span>
              {last && <span class="preview small">{last.text}</span>}
              {since && <span class="muted small">Waiting {duration(since, now)}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
