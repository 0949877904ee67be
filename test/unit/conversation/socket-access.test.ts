import { describe, expect, it } from "vitest";
import {
  CLOSE_EXPIRED,
  CLOSE_NOT_YOURS,
  nextExpiry,
  type SocketIdentity,
  socketRefusal,
} from "../../../durable-objects/conversation/socket-access";

const agent = (agentId: string, expiresAt = 10_000, supervisor = false): SocketIdentity => ({
  role: "agent",
  agentId,
  supervisor,
  expiresAt,
});

describe("who may keep a conversation socket open", () => {
  it("the holder while their token lasts; nobody else but supervisors", () => {
    expect(socketRefusal(agent("ag_a"), "ag_a", 5_000)).toBeNull();
    expect(socketRefusal(agent("ag_a"), "ag_b", 5_000)).toBe(CLOSE_NOT_YOURS);
    expect(socketRefusal(agent("ag_a"), null, 5_000)).toBe(CLOSE_NOT_YOURS);
    expect(socketRefusal(agent("ag_s", 10_000, true), null, 5_000)).toBeNull();
  });

  it("an expired token closes even the holder's or a supervisor's socket", () => {
    expect(socketRefusal(agent("ag_a", 5_000), "ag_a", 5_000)).toBe(CLOSE_EXPIRED);
    expect(socketRefusal(agent("ag_s", 5_000, true), null, 6_000)).toBe(CLOSE_EXPIRED);
  });

  it("the customer's socket is never closed for this", () => {
    expect(socketRefusal({ role: "customer" }, "ag_a", Number.MAX_SAFE_INTEGER)).toBeNull();
  });

  it("the alarm is set for the earliest agent token", () => {
    expect(nextExpiry([{ role: "customer" }, agent("a", 9), agent("b", 7), null])).toBe(7);
    expect(nextExpiry([{ role: "customer" }])).toBeNull();
  });
});
