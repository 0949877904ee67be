import { describe, expect, it } from "vitest";
import type { Message } from "../../workers/protocol/message";
import { type ApiClient, newWorkspace } from "./helpers";
import { eventually, openQueueSocket, signedInAgent } from "./queue-helpers";
import { openSocket } from "./socket-helpers";

async function handOff(api: ApiClient, text = "I was charged twice and I want a refund") {
  const { body: conv } = await api("POST", "/api/v1/conversations", {});
  await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text });
  return conv as { id: string; customerToken: string };
}

const detail = async (api: ApiClient, id: string) => (await api("GET", `/api/v1/conversations/${id}`)).body;

describe("time-outs and the customer's options", () => {
  it("an agent who does not reply in time loses the conversation to the next agent, and the customer is told", async () => {
    const { api } = await newWorkspace();
    await api("PUT", "/api/v1/settings", { routing: { agentReplyTimeoutSeconds: 1 } });
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const cy = await signedInAgent(api, { name: "Cy", skills: ["billing"] });
    await bea.online();
    const conv = await handOff(api);
    await eventually(async () => expect((await detail(api, conv.id)).handoff.agentId).toBe(bea.id));
    await cy.online();
    const after = await eventually(async () => {
      const d = await detail(api, conv.id);
      expect(d.handoff.agentId).toBe(cy.id);
      return d;
    }, 4000);
    const texts = after.messages.map((m: Message) => m.text);
    expect(texts).toContain("Sorry for the wait — we're connecting you with another agent.");
    expect(texts.at(-1)).toBe("Cy from Billing joined the chat.");
  });

  it("an agent's reply stops the clock", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    await api("PUT", "/api/v1/settings", { routing: { agentReplyTimeoutSeconds: 1 } });
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    await bea.online();
    const queueSocket = await openQueueSocket(workspaceId, bea.token);
    try {
      const conv = await handOff(api);
      const assigned = await eventually(async () => {
        const f = queueSocket.frames.find((x) => x.type === "assigned");
        if (f?.type !== "assigned") throw new Error("not yet");
        return f;
      });
      const agent = await openSocket(conv.id, assigned.conversationToken);
      try {
        agent.send({ type: "message", clientId: "hi", text: "Hi, I'm on it." });
        await agent.waitFor(() => agent.messages().some((m) => m.clientId === "hi"));
      } finally {
        agent.close();
      }
      await new Promise((r) => setTimeout(r, 1500));
      expect(await detail(api, conv.id)).toMatchObject({ status: "assigned", handoff: { agentId: bea.id } });
    } finally {
      queueSocket.close();
    }
  });

  it("a dropped agent keeps their conversations for the grace period, then they go back to the line", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    await api("PUT", "/api/v1/settings", {
      routing: { disconnectGraceSeconds: 1, agentReplyTimeoutSeconds: 600 },
    });
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const queueSocket = await openQueueSocket(workspaceId, bea.token);
    queueSocket.send({ type: "status", status: "online" });
    const conv = await handOff(api);
    await eventually(async () => expect((await detail(api, conv.id)).handoff.agentId).toBe(bea.id));
    const snapshot = (await api("GET", "/api/v1/queue")).body;
    expect(snapshot.agents[0]).toMatchObject({ connected: true, status: "online", load: 1 });
    queueSocket.close();
    await new Promise((r) => setTimeout(r, 300));
    expect((await detail(api, conv.id)).status).toBe("assigned"); // still within the grace
    await eventually(async () => expect((await detail(api, conv.id)).status).toBe("queued"), 4000);
    const line = (await api("GET", "/api/v1/queue")).body;
    expect(line.agents[0]).toMatchObject({ status: "offline", load: 0 });
    expect(line.waiting[0]).toMatchObject({ conversationId: conv.id, position: 1 });
  });

  it("outside business hours the customer is offered email, and leaving it takes them out of the line", async () => {
    const { api } = await newWorkspace();
    const closedAllWeek = {
      mon: [],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [{ from: "00:00", to: "00:01" }],
    };
    const put = await api("PUT", "/api/v1/settings", {
      businessHours: { timezone: "Europe/Madrid", weekly: closedAllWeek },
    });
    expect(put.status).toBe(200);
    const conv = await handOff(api, "quiero un reembolso, me cobraron dos veces");
    const queued = await detail(api, conv.id);
    const offer = queued.messages.find((m: Message) => m.meta.event === "email_offer");
    expect(offer?.meta.reason).toBe("closed");
    expect(offer?.text).toMatch(/correo|email/i);

    const customer = await openSocket(conv.id, conv.customerToken);
    try {
      customer.send({ type: "email", email: "not an email" });
      await customer.waitFor((f) => f.some((x) => x.type === "error"));
      customer.send({ type: "email", email: "ada@example.com" });
      await customer.waitFor(() => customer.messages().some((m) => m.meta.to === "offline"));
    } finally {
      customer.close();
    }
    const offline = await detail(api, conv.id);
    expect(offline).toMatchObject({ status: "offline", customer: { email: "ada@example.com" } });
    expect((await api("GET", "/api/v1/queue")).body.waiting).toEqual([]);
  });

  it("with nobody who could take it online, the customer may leave an email over REST too", async () => {
    const { api } = await newWorkspace();
    const conv = await handOff(api);
    const d = await detail(api, conv.id);
    expect(d.messages.find((m: Message) => m.meta.event === "email_offer")?.meta.reason).toBe(
      "nobody_online",
    );
    const bad = await api("POST", `/api/v1/conversations/${conv.id}/email`, { email: "nope" });
    expect(bad.status).toBe(400);
    const ok = await api("POST", `/api/v1/conversations/${conv.id}/email`, { email: "ada@example.com" });
    expect(ok.body.conversation.status).toBe("offline");
    expect(
      (await api("POST", `/api/v1/conversations/${conv.id}/email`, { email: "ada@example.com" })).status,
    ).toBe(409);
  });

  it("in accept mode the agent gets an offer, and the customer hears they joined once they accept", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    await api("PUT", "/api/v1/settings", { routing: { mode: "accept" } });
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const queueSocket = await openQueueSocket(workspaceId, bea.token);
    try {
      queueSocket.send({ type: "status", status: "online" });
      const conv = await handOff(api);
      const offer = await eventually(async () => {
        const f = queueSocket.frames.find((x) => x.type === "assigned");
        if (f?.type !== "assigned") throw new Error("not yet");
        return f;
      });
      expect(offer.mode).toBe("offer");
      expect((await detail(api, conv.id)).status).toBe("queued");
      queueSocket.send({ type: "accept", conversationId: conv.id });
      await eventually(async () => expect((await detail(api, conv.id)).status).toBe("assigned"));
    } finally {
      queueSocket.close();
    }
  });

  it("tells a Spanish-speaking customer their place in Spanish", async () => {
    const { api } = await newWorkspace();
    // Ana is busy with the first chat, so the second waits for her (nobody online would be the email offer).
    const ana = await signedInAgent(api, { name: "Ana", maxConcurrent: 1 });
    await ana.online();
    await handOff(api, "Quiero hablar con una persona");
    const conv = await handOff(api, "Quiero hablar con una persona");
    const wait = (await detail(api, conv.id)).messages.find((m: Message) => m.meta.event === "wait");
    expect(wait.text).toMatch(/fila|cola|turno|siguiente/i);
  });
});
