import { describe, expect, it } from "vitest";
import { type ApiClient, newWorkspace } from "./helpers";
import { billingChatHeldBy, eventually, signedInAgent } from "./queue-helpers";

const detail = async (api: ApiClient, id: string) => (await api("GET", `/api/v1/conversations/${id}`)).body;

describe("POST /conversations/{id}/reopen with an agent", () => {
  it("the agent who resolved it gets it back, though an idler agent with the skill is free", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    await bea.online();
    const conv = await billingChatHeldBy(api, bea);
    await billingChatHeldBy(api, bea);
    // Tom, idle, is who the line would choose for a billing chat: Bea still holds another.
    const tom = await signedInAgent(api, { name: "Tom", skills: ["billing"] });
    await tom.online();
    await bea.session("POST", `/api/v1/conversations/${conv.id}/resolve`);

    const reopened = await bea.session("POST", `/api/v1/conversations/${conv.id}/reopen`, {
      agentId: bea.id,
    });
    expect(reopened.status).toBe(200);
    await eventually(async () =>
      expect(await detail(api, conv.id)).toMatchObject({ status: "assigned", handoff: { agentId: bea.id } }),
    );
    // The customer can write again, and it stays with Bea.
    const written = await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
      text: "one more thing",
    });
    expect(written.status).toBe(201);
    expect(await detail(api, conv.id)).toMatchObject({ status: "assigned", handoff: { agentId: bea.id } });
  });

  it("an agent may not reopen another's conversation, nor give one to someone else; nothing changes", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const tom = await signedInAgent(api, { name: "Tom", skills: ["billing"] });
    await bea.online();
    const conv = await billingChatHeldBy(api, bea);
    await bea.session("POST", `/api/v1/conversations/${conv.id}/resolve`);
    const reopen = (who: typeof bea, agentId: string) =>
      who.session("POST", `/api/v1/conversations/${conv.id}/reopen`, { agentId });

    const forHimself = await reopen(tom, tom.id);
    expect(forHimself.status).toBe(403);
    expect(forHimself.body.error.code).toBe("forbidden");
    expect((await reopen(bea, tom.id)).status).toBe(403);
    expect((await tom.session("POST", `/api/v1/conversations/${conv.id}/reopen`)).status).toBe(403);
    expect((await detail(api, conv.id)).status).toBe("resolved");
  });

  it("an agent who is not in the workspace: 400 naming agentId; an open conversation: 409", async () => {
    const { api } = await newWorkspace();
    const boss = await signedInAgent(api, { name: "Boss", role: "supervisor" });
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    await bea.online();
    const conv = await billingChatHeldBy(api, bea);
    const open = await boss.session("POST", `/api/v1/conversations/${conv.id}/reopen`, { agentId: bea.id });
    expect(open.status).toBe(409);
    await bea.session("POST", `/api/v1/conversations/${conv.id}/resolve`);

    const unknown = await boss.session("POST", `/api/v1/conversations/${conv.id}/reopen`, {
      agentId: "ag_nope",
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([
      { field: "agentId", reason: "is not an agent of this workspace" },
    ]);
    expect((await detail(api, conv.id)).status).toBe("resolved");
    // A supervisor gives it back to Bea.
    expect(
      (await boss.session("POST", `/api/v1/conversations/${conv.id}/reopen`, { agentId: bea.id })).status,
    ).toBe(200);
    await eventually(async () => expect((await detail(api, conv.id)).status).toBe("assigned"));
  });
});
