import { describe, expect, it } from "vitest";
import {
  FLOOD_REFUSALS,
  SOCKET_BUDGETS,
  SocketBudgets,
  takeToken,
} from "../../../durable-objects/conversation/socket-budget";

describe("socket budgets", () => {
  it("allow a burst, then refuse until time refills them", () => {
    const rule = { burst: 3, perSecond: 1 };
    let bucket: Parameters<typeof takeToken>[0];
    const results: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      const step = takeToken(bucket, rule, 1000);
      bucket = step.bucket;
      results.push(step.allowed);
    }
    expect(results).toEqual([true, true, true, false, false]);
    expect(takeToken(bucket, rule, 1500).allowed).toBe(false);
    expect(takeToken(bucket, rule, 2000).allowed).toBe(true);
    // Idle for long, the bucket holds no more than its burst.
    let later = takeToken(bucket, rule, 60_000).bucket;
    expect(later.tokens).toBe(rule.burst - 1);
    for (let i = 0; i < rule.burst - 1; i++) later = takeToken(later, rule, 60_000).bucket;
    expect(takeToken(later, rule, 60_000).allowed).toBe(false);
  });

  it("are kept per sender and per kind: one flooding customer leaves the agent and typing alone", () => {
    const budgets = new SocketBudgets();
    const burst = SOCKET_BUDGETS.message.burst;
    const customer = Array.from({ length: burst + 5 }, () => budgets.take("customer", "message", 0));
    expect(customer.filter((c) => c.allowed)).toHaveLength(burst);
    expect(budgets.take("ag_1", "message", 0).allowed).toBe(true);
    expect(budgets.take("customer", "typing", 0).allowed).toBe(true);
  });

  it("call a sender refused FLOOD_REFUSALS times in a row flooding, and forget it once a frame goes", () => {
    const budgets = new SocketBudgets();
    const takes = Array.from({ length: SOCKET_BUDGETS.message.burst + FLOOD_REFUSALS }, () =>
      budgets.take("customer", "message", 0),
    );
    expect(takes.map((t) => t.flooding).indexOf(true)).toBe(
      SOCKET_BUDGETS.message.burst + FLOOD_REFUSALS - 1,
    );
    expect(budgets.take("customer", "message", 1000).flooding).toBe(false);
  });

  it("tell a refused sender how long until their next frame may go", () => {
    const rule = { burst: 1, perSecond: 2 };
    const { bucket } = takeToken(undefined, rule, 0);
    const refused = takeToken(bucket, rule, 100);
    expect(refused).toMatchObject({ allowed: false, retryAfterMs: 400 });
    expect(takeToken(refused.bucket, rule, 100 + refused.retryAfterMs).allowed).toBe(true);
    expect(takeToken(refused.bucket, rule, 99 + refused.retryAfterMs).allowed).toBe(false);
  });

  it("never go backwards when the clock does", () => {
    const { bucket } = takeToken(undefined, { burst: 1, perSecond: 1 }, 5000);
    expect(takeToken(bucket, { burst: 1, perSecond: 1 }, 1000).allowed).toBe(false);
  });
});
