import { describe, expect, it } from "vitest";
import { transferTargetProblem } from "../../../workers/domain/routing";

const roster = {
  agents: [
    { id: "bea", skills: ["billing"] },
    { id: "tom", skills: ["technical"] },
  ],
  teams: [
    { id: "tm_billing", agentIds: ["bea"] },
    { id: "tm_empty", agentIds: [] },
  ],
};

describe("a transfer's target", () => {
  it("is accepted when someone could take it", () => {
    expect(transferTargetProblem({ teamId: "tm_billing" }, roster)).toBeNull();
    expect(transferTargetProblem({ agentId: "tom" }, roster)).toBeNull();
    expect(transferTargetProblem({ skill: "Billing" }, roster)).toBeNull();
    expect(transferTargetProblem({ skill: null }, roster)).toBeNull();
  });

  it("is refused, naming the field and why, when nobody could", () => {
    expect(transferTargetProblem({ skill: "astrology" }, roster)).toEqual({
      field: "skill",
      reason: 'no agent has the skill "astrology"',
    });
    expect(transferTargetProblem({ teamId: "tm_nope" }, roster)?.field).toBe("teamId");
    expect(transferTargetProblem({ teamId: "tm_empty" }, roster)?.reason).toMatch(/no members/);
    expect(transferTargetProblem({ agentId: "ghost" }, roster)?.field).toBe("agentId");
  });
});
