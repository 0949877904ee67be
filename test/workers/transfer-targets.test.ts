import { describe, expect, it } from "vitest";
import { type ApiClient, newWorkspace } from "./helpers";
import { eventually, signedInAgent } from "./queue-helpers";

const detail = async (api: ApiClient, id: string) => (await api("GET", `/api/v1/conversations/${id}`)).body;

describe("transfer targets", () => {
  it("a skill nobody has, a team or an agent that does not exist: 400 naming the field, and the conversation stays", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    await bea.online();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
      text: "I was charged twice, refund me",
    });
    await eventually(async () => expect((await detail(api, conv.id)).handoff.agentId).toBe(bea.id));
    const transfer = (body: unknown) =>
      bea.session("POST", `/api/v1/conversations/${conv.id}/transfer`, body);

    const skill = await transfer({ skill: "astrology" });
    expect(skill.status).toBe(400);
    expect(skill.body.error.message).toBe('skill: no agent has the skill "astrology"');
    expect(skill.body.error.details).toEqual([
      { field: "skill", reason: 'no agent has the skill "astrology"' },
    ]);
    expect((await transfer({ teamId: "tm_nope" })).body.error.details[0].field).toBe("teamId");
    expect((await transfer({ agentId: "ag_nope" })).body.error.details[0].field).toBe("agentId");
    expect(await detail(api, conv.id)).toMatchObject({ status: "assigned", handoff: { agentId: bea.id } });

    expect((await transfer({ skill: "billing" })).status).toBe(200);
  });
});
