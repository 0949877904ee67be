import { describe, expect, it } from "vitest";
import { afterAttempt, MAX_ATTEMPTS, retryDelayMs } from "../../../workers/webhooks/schedule";

describe("webhook retry schedule", () => {
  it("waits 10 s, 20 s, 40 s … after each failure, up to 6 hours", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 0.5))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelayMs(30, 0.5)).toBe(6 * 3600_000);
    expect(retryDelayMs(1, 0)).toBe(8_000);
    expect(retryDelayMs(1, 1)).toBe(12_000);
  });

  it("delivers on success, retries on failure, and gives up after the last attempt", () => {
    expect(afterAttempt(1, true, 0)).toEqual({ status: "delivered", nextAttemptAt: null });
    expect(afterAttempt(1, false, 1000, 0.5)).toEqual({ status: "pending", nextAttemptAt: 11_000 });
    expect(afterAttempt(MAX_ATTEMPTS, false, 0)).toEqual({ status: "failed", nextAttemptAt: null });
  });
});
