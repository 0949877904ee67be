import { describe, expect, it } from "vitest";
import {
  addPending,
  applyFrame,
  emailOffered,
  emptyTranscript,
  lastSeq,
  ratingAsked,
} from "../../web/shared/transcript";
import type { Message } from "../../workers/protocol/message";

const msg = (seq: number, role: Message["role"], text: string, extra: Partial<Message> = {}): Message => ({
  id: `m${seq}`,
  seq,
  role,
  text,
  createdAt: "2026-11-01T10:00:00.000Z",
  meta: {},
  ...extra,
});
const message = (m: Message) => ({ type: "message" as const, message: m });

describe("the clients' transcript", () => {
  it("keeps messages by seq, so a replayed one is shown once", () => {
    let t = applyFrame(emptyTranscript(), message(msg(1, "bot", "Hi")));
    t = applyFrame(t, message(msg(1, "bot", "Hi")));
    t = applyFrame(t, message(msg(2, "customer", "hello")));
    expect(t.messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(lastSeq(t)).toBe(2);
  });

  it("turns a pending send into a sent message when its clientId comes back, and fails it on an error", () => {
    let t = addPending(addPending(emptyTranscript(), "c1", "one"), "c2", "two");
    t = applyFrame(t, message(msg(1, "customer", "one", { clientId: "c1" })));
    expect(t.pending.map((p) => p.clientId)).toEqual(["c2"]);
    t = applyFrame(t, { type: "error", code: "invalid_frame", message: "no", clientId: "c2" });
    expect(t.pending).toEqual([{ clientId: "c2", text: "two", failed: true, reason: "refused" }]);
  });

  it("replaces the bot's streamed draft with the stored answer", () => {
    let t = applyFrame(emptyTranscript(), { type: "draft", draftId: "d1", role: "bot", text: "To con" });
    expect(t.draft).toEqual({ draftId: "d1", text: "To con" });
    t = applyFrame(t, message(msg(1, "bot", "To connect Slack…", { meta: { draftId: "d1" } })));
    expect(t.draft).toBeNull();
  });

  it("follows the status, the place in line, the email offer and the rating request", () => {
    let t = applyFrame(
      emptyTranscript(),
      message(msg(1, "system", "handing over", { meta: { event: "status", to: "queued" } })),
    );
    t = applyFrame(
      t,
      message(
        msg(2, "system", "You're next", { meta: { event: "wait", position: 1, estimatedWaitSeconds: null } }),
      ),
    );
    t = applyFrame(t, message(msg(3, "system", "Leave your email", { meta: { event: "email_offer" } })));
    expect(t.status).toBe("queued");
    expect(t.wait).toEqual({ position: 1, estimatedWaitSeconds: null });
    expect(emailOffered(t)).toBe(true);
    t = applyFrame(t, { type: "queue", position: 2, estimatedWaitSeconds: 90 });
    expect(t.wait).toEqual({ position: 2, estimatedWaitSeconds: 90 });
    t = applyFrame(t, message(msg(4, "system", "Tom joined", { meta: { event: "status", to: "assigned" } })));
    expect(t.wait).toBeNull();
    expect(emailOffered(t)).toBe(false);
    t = applyFrame(t, message(msg(5, "system", "Resolved", { meta: { event: "status", to: "resolved" } })));
    t = applyFrame(t, message(msg(6, "system", "How did we do?", { meta: { event: "csat_request" } })));
    expect(ratingAsked(t)).toBe(true);
    t = applyFrame(t, message(msg(7, "system", "Rated 5/5", { meta: { event: "csat", score: 5 } })));
    expect(ratingAsked(t)).toBe(false);
  });
});
