import { describe, expect, it } from "vitest";
import { assertTransition, canTransition, TransitionError } from "../../workers/domain/conversation-status";
import { ConversationStatusSchema } from "../../workers/protocol/conversation";

describe("conversation status transitions", () => {
  it("follows the path of DESIGN.md: bot → queued → assigned → resolved", () => {
    expect(canTransition("bot", "queued")).toBe(true);
    expect(canTransition("queued", "assigned")).toBe(true);
    expect(canTransition("assigned", "resolved")).toBe(true);
  });

  it("allows a transfer or agent loss back to the line, and a returning customer after resolve", () => {
    expect(canTransition("assigned", "queued")).toBe(true);
    expect(canTransition("resolved", "bot")).toBe(true);
    expect(canTransition("resolved", "queued")).toBe(true);
    expect(canTransition("queued", "offline")).toBe(true);
    expect(canTransition("queued", "abandoned")).toBe(true);
  });

  it("refuses skipping the line and going back to the bot while a human owns the chat", () => {
    expect(canTransition("bot", "assigned")).toBe(false);
    expect(canTransition("assigned", "bot")).toBe(false);
    expect(() => assertTransition("assigned", "bot")).toThrow(TransitionError);
    expect(() => assertTransition("assigned", "bot")).toThrow("cannot go from assigned to bot");
  });

  it("never allows a status to move to itself", () => {
    for (const s of ConversationStatusSchema.options) expect(canTransition(s, s)).toBe(false);
  });
});
