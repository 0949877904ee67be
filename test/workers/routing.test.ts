import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { queueObject } from "../../durable-objects/stubs";
import { TEST_SECRETS } from "../secrets";
import { type ApiClient, newWorkspace } from "./helpers";
import { eventually, openQueueSocket, signedInAgent } from "./queue-helpers";
import { openSocket } from "./socket-helpers";

async function handOff(api: ApiClient, text = "I was charged twice and I want a refund", customer = {}) {
  const { body: conv } = await api("POST", "/api/v1/conversations", { customer });
  await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text });
  return conv as { id: string; customerToken: string };
}

const detail = async (api: ApiClient, id: string) => (await api("GET", `/api/v1/conversations/${id}`)).body;

describe("routing through the workspace's line", () => {
  it("with a suitable agent online, a handoff ends assigned by itself, and the customer is told who joined", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const tom = await signedInAgent(api, { name: "Tom", skills: ["technical"] });
    await bea.online();
    await tom.online();
    // How fast is for the benchmarks (docs/routing.md); here, that nothing else has to happen.
    const conv = await handOff(api);
    const d = await eventually(async () => {
      const got = await detail(api, conv.id);
      expect(got.status).toBe("assigned");
      return got;
    });
    expect(d.handoff).toMatchObject({ agentId: bea.id, skill: "billing", trigger: "category" });
    expect(d.handoff.assignedAt).toEqual(expect.any(String));
    expect(d.messages.at(-1)).toMatchObject({ role: "system", text: "Bea from Billing joined the chat." });
  });

  it("with nobody online the customer gets a place in line, and the first agent to come online takes it", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const conv = await handOff(api);
    const queued = await detail(api, conv.id);
    expect(queued.status).toBe("queued");
    expect(queued.handoff).toMatchObject({ position: 1, agentId: null });
    expect(queued.messages.some((m: { meta: { event?: string } }) => m.meta.event === "wait")).toBe(true);
    const line = (await api("GET", "/api/v1/queue")).body;
    expect(line.waiting).toEqual([
      expect.objectContaining({ conversationId: conv.id, position: 1, skill: "billing" }),
    ]);
    await bea.online();
    await eventually(async () => expect((await detail(api, conv.id)).handoff.agentId).toBe(bea.id));
  });

  it("never goes over an agent's capacity, and a resolve drains the line at once", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"], maxConcurrent: 1 });
    await bea.online();
    const first = await handOff(api);
    const second = await handOff(api, "refund please, I was billed twice");
    await eventually(async () => expect((await detail(api, first.id)).status).toBe("assigned"));
    expect((await detail(api, second.id)).status).toBe("queued");
    const queue = (await api("GET", "/api/v1/queue")).body;
    expect(queue.agents.find((a: { id: string }) => a.id === bea.id)).toMatchObject({
      load: 1,
      maxConcurrent: 1,
    });
    const resolved = await bea.session("POST", `/api/v1/conversations/${first.id}/resolve`);
    expect(resolved.status).toBe(200);
    await eventually(async () => expect((await detail(api, second.id)).handoff.agentId).toBe(bea.id));
  });

  it("prefers the agent with the skill, least loaded first", async () => {
    const { api } = await newWorkspace();
    const generalist = await signedInAgent(api, { name: "Gil", skills: [] });
    const billingA = await signedInAgent(api, { name: "Ann", skills: ["billing"] });
    const billingB = await signedInAgent(api, { name: "Ben", skills: ["billing"] });
    for (const a of [generalist, billingA, billingB]) await a.online();
    const c1 = await handOff(api);
    const c2 = await handOff(api, "refund for the double charge please");
    const holders = await eventually(async () => {
      const ids = [(await detail(api, c1.id)).handoff.agentId, (await detail(api, c2.id)).handoff.agentId];
      expect(ids.every(Boolean)).toBe(true);
      return ids;
    });
    expect(new Set(holders)).toEqual(new Set([billingA.id, billingB.id]));
  });

  it("when two agents take the same conversation at once, exactly one gets it", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    const a = await signedInAgent(api, { name: "A", skills: ["legal"] });
    const b = await signedInAgent(api, { name: "B", skills: ["legal"] });
    const conv = await handOff(api); // billing: neither has the skill, so it waits
    await a.online();
    await b.online();
    const results = await Promise.all([
      a.session("POST", `/api/v1/conversations/${conv.id}/assign`, { agentId: a.id }),
      b.session("POST", `/api/v1/conversations/${conv.id}/assign`, { agentId: b.id }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results[0]?.status === 200 ? a.id : b.id;
    expect((await detail(api, conv.id)).handoff.agentId).toBe(winner);
    const snapshot = await (await queueObject(env, workspaceId)).snapshot();
    expect(snapshot.agents.flatMap((x) => x.conversationIds)).toEqual([conv.id]);
  });

  it("an agent only takes conversations for themself; a supervisor may assign anyone", async () => {
    const { api } = await newWorkspace();
    const a = await signedInAgent(api, { name: "A", skills: ["legal"] });
    const sup = await signedInAgent(api, { name: "Sue", role: "supervisor", skills: ["legal"] });
    await a.online();
    const conv = await handOff(api);
    expect(
      (await sup.session("POST", `/api/v1/conversations/${conv.id}/assign`, { agentId: "nobody" })).status,
    ).toBe(409);
    const other = await a.session("POST", `/api/v1/conversations/${conv.id}/assign`, { agentId: sup.id });
    expect(other.status).toBe(403);
    const bySupervisor = await sup.session("POST", `/api/v1/conversations/${conv.id}/assign`, {
      agentId: a.id,
    });
    expect(bySupervisor.status).toBe(200);
    expect(bySupervisor.body.conversation.status).toBe("assigned");
  });

  it("transfers to a team with a note; the holder is free again and a team member takes it", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const leo = await signedInAgent(api, { name: "Leo", skills: ["legal"] });
    const team = (
      await api("POST", "/api/v1/teams", { name: "Legal", skills: ["legal"], agentIds: [leo.id] })
    ).body;
    await bea.online();
    await leo.online();
    const conv = await handOff(api);
    await eventually(async () => expect((await detail(api, conv.id)).handoff.agentId).toBe(bea.id));
    const denied = await leo.session("POST", `/api/v1/conversations/${conv.id}/transfer`, {
      teamId: team.id,
    });
    expect(denied.status).toBe(403);
    const moved = await bea.session("POST", `/api/v1/conversations/${conv.id}/transfer`, {
      teamId: team.id,
      note: "They mention a contract clause",
    });
    expect(moved.status).toBe(200);
    const after = await eventually(async () => {
      const d = await detail(api, conv.id);
      expect(d.handoff.agentId).toBe(leo.id);
      return d;
    });
    expect(
      after.messages.some(
        (m: { meta: { note?: string } }) => m.meta.note === "They mention a contract clause",
      ),
    ).toBe(true);
    const bad = await bea.session("POST", `/api/v1/conversations/${conv.id}/transfer`, {
      teamId: team.id,
      skill: "x",
    });
    expect(bad.status).toBe(400);
  });

  it("a forced handoff queues a conversation the triggers left with the bot, with the skill asked for", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "hello there" });
    const forced = await api("POST", `/api/v1/conversations/${conv.id}/handoff`, { skill: "sales" });
    expect(forced.status).toBe(200);
    const d = await detail(api, conv.id);
    expect(d.handoff).toMatchObject({ trigger: "manual", skill: "sales" });
    expect((await api("POST", `/api/v1/conversations/${conv.id}/handoff`, {})).status).toBe(409);
  });
});

describe("the agent's side", () => {
  it("the agent's app receives the summary, the reasons, the customer and the transcript, then chats live", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const queueSocket = await openQueueSocket(workspaceId, bea.token);
    try {
      await bea.online();
      const conv = await handOff(api, "I was charged twice for March and I want a refund", {
        name: "Ada",
        email: "ada@example.com",
        attributes: { plan: "pro" },
      });
      const assigned = await eventually(async () => {
        const f = queueSocket.frames.find((x) => x.type === "assigned");
        if (f?.type !== "assigned") throw new Error("not yet");
        return f;
      });
      expect(assigned.conversationId).toBe(conv.id);
      expect(assigned.brief.reasons[0]).toBe("The topic goes to a person from the start");
      const c = assigned.brief.conversation as {
        customer: { name: string; attributes: object };
        handoff: { summary: string };
        messages: { role: string; text: string }[];
      };
      expect(c.customer).toMatchObject({ name: "Ada", attributes: { plan: "pro" } });
      expect(c.handoff.summary).toMatch(/charged twice|refund/i);
      expect(c.messages[0]).toMatchObject({
        role: "customer",
        text: expect.stringContaining("charged twice"),
      });

      const customer = await openSocket(conv.id, conv.customerToken);
      const agent = await openSocket(conv.id, assigned.conversationToken);
      try {
        agent.send({ type: "message", clientId: "a1", text: "Hi Ada, I'm refunding the second charge now." });
        await customer.waitFor(() => customer.messages().some((m) => m.role === "agent"));
        const agentMessage = customer.messages().find((m) => m.role === "agent");
        // Agents see who wrote it; the customer's allow-listed view names the agent but carries no agent id.
        expect(agentMessage?.meta).toEqual({ agentName: "Bea" });
        await agent.waitFor(() => agent.messages().some((m) => m.meta.agentId === bea.id));
      } finally {
        customer.close();
        agent.close();
      }
    } finally {
      queueSocket.close();
    }
  });

  it("an agent who does not hold the conversation cannot open it, let alone write in it", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const conv = await handOff(api); // nobody online: queued
    const { signConversationToken } = await import("../../workers/auth/conversation-token");
    const token = await signConversationToken(TEST_SECRETS.TOKEN_SECRET, {
      ws: workspaceId,
      conv: conv.id,
      sub: `agent:${bea.id}`,
    });
    const agent = await openSocket(conv.id, token);
    try {
      agent.send({ type: "message", clientId: "x", text: "sneaking in" });
      expect((await agent.closedWithin()).code).toBe(4003);
      const { body } = await api("GET", `/api/v1/conversations/${conv.id}`);
      expect(body.messages.some((m: { text: string }) => m.text === "sneaking in")).toBe(false);
    } finally {
      agent.close();
    }
  });

  it("after resolve the customer is asked for a rating and the bot starts a fresh context", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    await bea.online();
    const conv = await handOff(api);
    await eventually(async () => expect((await detail(api, conv.id)).status).toBe("assigned"));
    // While a person owns the conversation, the triggers stay silent.
    const during = await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
      text: "I want a human, this is awful",
    });
    expect(during.body.message.meta.decision).toBeUndefined();
    await bea.session("POST", `/api/v1/conversations/${conv.id}/resolve`);
    const resolved = await detail(api, conv.id);
    expect(resolved.status).toBe("resolved");
    expect(resolved.messages.at(-1)).toMatchObject({ role: "system", meta: { event: "csat_request" } });
    const again = await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
      text: "one more question: where is my invoice?",
    });
    expect(again.body.conversation.status).toBe("bot");
    // Fresh context: the old refund request and "I want a human" are not held against the new turn.
    expect(again.body.message.meta.decision).toMatchObject({ handoff: false, signals: { customerTurns: 1 } });
    expect((await api("POST", `/api/v1/conversations/${conv.id}/resolve`)).status).toBe(200);
    expect((await api("POST", `/api/v1/conversations/${conv.id}/resolve`)).status).toBe(409);
  });
});
