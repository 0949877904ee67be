import { describe, expect, it } from "vitest";
import { RateLimitResend } from "../../web/shared/rate-limit-resend";
import type { ClientFrame, ServerFrame } from "../../workers/protocol/frames";
import type { Message } from "../../workers/protocol/message";

function harness() {
  const sent: ClientFrame[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const resend = new RateLimitResend(
    (frame) => {
      sent.push(frame);
      return true;
    },
    (run, ms) => timers.push({ run, ms }),
  );
  return { sent, timers, resend };
}

const refused = (clientId: string, retryAfterMs?: number): ServerFrame => ({
  type: "error",
  code: "rate_limited",
  message: "Too many messages at once",
  clientId,
  ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
});

describe("a message the server refused as rate_limited", () => {
  it("is sent again, same clientId, once the stated time has passed, and kept pending meanwhile", () => {
    const { sent, timers, resend } = harness();
    resend.sent({ type: "message", clientId: "c1", text: "hello" });
    expect(resend.received(refused("c1", 750))).toBe(true);
    expect(timers.map((t) => t.ms)).toEqual([750]);
    expect(sent).toEqual([]);
    timers[0]?.run();
    expect(sent).toEqual([{ type: "message", clientId: "c1", text: "hello" }]);
  });

  it("is left to the app to show as failed without a stated time, or when it was not sent from here", () => {
    const { timers, resend } = harness();
    resend.sent({ type: "message", clientId: "c1", text: "hello" });
    expect(resend.received(refused("c1"))).toBe(false);
    expect(resend.received(refused("other", 500))).toBe(false);
    expect(resend.received({ type: "error", code: "invalid_frame", message: "no", clientId: "c1" })).toBe(
      false,
    );
    expect(timers).toEqual([]);
  });

  it("is forgotten once acknowledged: a late refusal of it is not retried", () => {
    const { timers, resend } = harness();
    resend.sent({ type: "message", clientId: "c1", text: "hello" });
    const ack = { seq: 3, id: "m3", role: "customer", text: "hello", clientId: "c1" } as Message;
    expect(resend.received({ type: "message", message: ack })).toBe(false);
    expect(resend.received(refused("c1", 500))).toBe(false);
    expect(timers).toEqual([]);
  });
});
