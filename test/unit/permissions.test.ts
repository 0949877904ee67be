import { describe, expect, it } from "vitest";
import type { Principal } from "../../workers/http/context";
import { type Action, holderOf, may } from "../../workers/http/permissions";

const key: Principal = { kind: "apiKey" };
const agent: Principal = { kind: "agent", agentId: "ag_a", role: "agent" };
const supervisor: Principal = { kind: "agent", agentId: "ag_s", role: "supervisor" };
const held = { holderId: "ag_a" };
const other = { holderId: "ag_b" };

describe("roles per action", () => {
  it("only API keys speak as the customer or the bot", () => {
    for (const action of ["speak_as_customer", "speak_as_bot"] as Action[]) {
      expect([may(key, action), may(supervisor, action), may(agent, action, held)]).toEqual([
        true,
        false,
        false,
      ]);
    }
  });

  it("a plain agent acts on what they hold; supervisors and keys on all", () => {
    for (const action of ["transfer", "resolve"] as Action[]) {
      expect(may(agent, action, held)).toBe(true);
      expect(may(agent, action, other)).toBe(false);
      expect(may(agent, action)).toBe(false);
      expect(may(supervisor, action, other)).toBe(true);
      expect(may(key, action, other)).toBe(true);
    }
  });

  it("forcing a handoff and evaluating rules are for supervisors and keys", () => {
    for (const action of ["force_handoff", "evaluate"] as Action[]) {
      expect([may(key, action), may(supervisor, action), may(agent, action)]).toEqual([true, true, false]);
    }
  });

  it("an agent reopens for themself only what they held last; supervisors and keys for anyone", () => {
    const last = (holderId: string, forAgentId: string) => ({ holderId, forAgentId });
    expect(may(agent, "reopen_for", last("ag_a", "ag_a"))).toBe(true);
    expect(may(agent, "reopen_for", last("ag_b", "ag_a"))).toBe(false);
    expect(may(agent, "reopen_for", last("ag_a", "ag_b"))).toBe(false);
    expect(may(supervisor, "reopen_for", last("ag_a", "ag_b"))).toBe(true);
    expect(may(key, "reopen_for", last("ag_a", "ag_b"))).toBe(true);
  });

  it("only an assigned conversation has a holder", () => {
    expect(holderOf({ status: "assigned", handoff: { agentId: "ag_a" } })).toBe("ag_a");
    expect(holderOf({ status: "resolved", handoff: { agentId: "ag_a" } })).toBeNull();
    expect(holderOf({ status: "bot", handoff: null })).toBeNull();
  });
});
