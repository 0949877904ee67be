import { describe, expect, it } from "vitest";
import { cannedMatches } from "../../web/agent/composer-helpers";
import { customerRating } from "../../web/agent/inbox";
import { linkParts } from "../../web/agent/links";
import { systemLine, transferNote } from "../../web/agent/speaker";
import type { ConversationDetail } from "../../workers/protocol/conversation";
import type { Message } from "../../workers/protocol/message";
import type { CannedReply } from "../../workers/protocol/replies";

const reply = (shortcut: string): CannedReply => ({
  id: shortcut,
  shortcut,
  text: `Text of ${shortcut}`,
  createdAt: "",
  updatedAt: "",
});
const system = (text: string, meta: Message["meta"]): Message => ({
  id: "s",
  seq: 1,
  role: "system",
  text,
  createdAt: "2026-01-01T00:00:00.000Z",
  meta,
});

describe("the composer", () => {
  it("offers canned replies while the box is / and a prefix of their shortcut", () => {
    const replies = [reply("refund"), reply("refund-late"), reply("hello")];
    expect(cannedMatches("/ref", replies).map((r) => r.shortcut)).toEqual(["refund", "refund-late"]);
    expect(cannedMatches("/", replies)).toHaveLength(3);
    expect(cannedMatches("/refund now", replies)).toEqual([]);
    expect(cannedMatches("see /refund", replies)).toEqual([]);
  });
});

describe("message text", () => {
  it("makes links clickable and leaves the rest as text, trailing punctuation included", () => {
    expect(linkParts("See https://example.com/a?b=1. Or www.orbit.dev!")).toEqual([
      { text: "See " },
      { text: "https://example.com/a?b=1", href: "https://example.com/a?b=1" },
      { text: ". Or " },
      { text: "www.orbit.dev", href: "https://www.orbit.dev" },
      { text: "!" },
    ]);
    expect(linkParts("<b>bold</b> javascript:alert(1)")).toEqual([
      { text: "<b>bold</b> javascript:alert(1)" },
    ]);
  });
});

describe("after a transfer and a resolve", () => {
  it("the next agent reads the transfer's note, in the transcript and on its own", () => {
    const transfer = system("We're transferring you.", {
      event: "status",
      from: "assigned",
      to: "queued",
      reason: "transfer",
      note: "Refund approved, just confirm",
    });
    expect(systemLine(transfer)).toBe(
      "We're transferring you. Note for the next agent: Refund approved, just confirm",
    );
    expect(transferNote([transfer])).toBe("Refund approved, just confirm");
    expect(transferNote([system("", { event: "status", from: "bot", to: "queued" })])).toBeNull();
  });

  it("the customer's rating is the last csat event", () => {
    const detail = {
      messages: [system("", { event: "csat_request" }), system("", { event: "csat", score: 4 })],
    };
    expect(customerRating(detail as ConversationDetail)).toBe(4);
    expect(customerRating({ messages: [] } as unknown as ConversationDetail)).toBeNull();
  });
});
