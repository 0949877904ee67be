import { describe, expect, it } from "vitest";
import {
  duration,
  lastChatMessage,
  matchesSearch,
  triggerBadge,
  unreadCount,
  waitingSince,
} from "../../web/agent/inbox";
import type { ConversationDetail } from "../../workers/protocol/conversation";
import type { Message } from "../../workers/protocol/message";

const at = (minute: number) => `2026-03-01T09:${String(minute).padStart(2, "0")}:00.000Z`;
const m = (seq: number, role: Message["role"], text: string, meta: Message["meta"] = {}): Message => ({
  id: `m${seq}`,
  seq,
  role,
  text,
  createdAt: at(seq),
  meta,
});
const detail = { customer: { name: "Ada Lovelace", email: "ada@example.com" } } as ConversationDetail;

describe("an inbox line", () => {
  it("previews the last line of the chat, not a notice, a status change or a note", () => {
    const messages = [
      m(1, "customer", "My invoice is wrong"),
      m(2, "note", "VIP, be quick"),
      m(3, "system", "We're handing you over to a person.", { event: "status" }),
      m(4, "system", "", { event: "status" }),
    ];
    expect(lastChatMessage(messages)?.text).toBe("My invoice is wrong");
  });

  it("counts the customer's messages after the last one seen as unread", () => {
    const messages = [
      m(1, "customer", "a"),
      m(2, "agent", "b"),
      m(3, "customer", "c"),
      m(4, "customer", "d"),
    ];
    expect(unreadCount(messages, 2)).toBe(2);
    expect(unreadCount(messages, 4)).toBe(0);
  });

  it("tells how long the customer has waited since their first unanswered message", () => {
    expect(waitingSince([m(1, "customer", "a"), m(2, "agent", "b"), m(3, "customer", "c")])).toBe(at(3));
    expect(waitingSince([m(1, "customer", "a"), m(2, "customer", "b")])).toBe(at(1));
    expect(waitingSince([m(1, "customer", "a"), m(2, "agent", "b")])).toBeNull();
    expect(duration(at(1), Date.parse(at(4)))).toBe("3 min");
    expect(duration(at(1), Date.parse(at(1)) + 42_000)).toBe("42 s");
  });

  it("is found by the customer's name, e-mail or any text, ignoring case", () => {
    const messages = [m(1, "customer", "Order #4521 never arrived")];
    expect(matchesSearch(detail, messages, "lovelace")).toBe(true);
    expect(matchesSearch(detail, messages, "ADA@EXAMPLE")).toBe(true);
    expect(matchesSearch(detail, messages, "#4521")).toBe(true);
    expect(matchesSearch(detail, messages, "refund")).toBe(false);
    expect(matchesSearch(detail, messages, "  ")).toBe(true);
  });

  it("shows the trigger as a short badge", () => {
    expect(triggerBadge("explicit_request")).toBe("Asked for a person");
    expect(triggerBadge("negative_sentiment")).toBe("Upset");
    expect(triggerBadge(null)).toBeNull();
  });
});
