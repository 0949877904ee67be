import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { eventually, signedInAgent } from "./queue-helpers";
import { openSocket } from "./socket-helpers";

type Msg = { role: string; meta: { event?: string; to?: string; wrapUp?: unknown } };
const resolveEvents = (messages: Msg[]) =>
  messages.filter((m) => m.role === "system" && m.meta.event === "status" && m.meta.to === "resolved");

describe("the wrap-up on resolve", () => {
  it("is stored with the resolve, from the handoff's brief, and each contact gets its own", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const path = `/api/v1/conversations/${conv.id}`;
    await api("POST", `${path}/messages`, {
      text: "I was charged twice for order 4411 and want my money back",
    });
    // A refund goes to a person (the default rules), with the brief.
    expect((await api("GET", path)).body.status).toBe("queued");
    expect((await api("POST", `${path}/resolve`)).status).toBe(200);

    const first = await api("GET", path);
    const goal = first.body.handoff.customerGoal;
    expect(goal).toContain("4411");
    expect(resolveEvents(first.body.messages).map((m) => m.meta.wrapUp)).toEqual([
      { problem: goal, done: [], followUps: [] },
    ]);

    // The customer comes back about something else; the bot resolves it without a person.
    await api("POST", `${path}/messages`, { text: "How do I export my invoices as a spreadsheet file?" });
    await api("POST", `${path}/resolve`);
    const second = await api("GET", path);
    expect(resolveEvents(second.body.messages).map((m) => m.meta.wrapUp)).toEqual([
      { problem: goal, done: [], followUps: [] },
      { problem: "How do I export my invoices as a spreadsheet file?", done: [], followUps: [] },
    ]);
  });

  it("reads the agent's promises in the conversation's language: a Spanish chat gets its follow-ups", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    await bea.online();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const path = `/api/v1/conversations/${conv.id}`;
    await api("POST", `${path}/messages`, {
      text: "Me cobraron dos veces el pedido 4411, quiero un reembolso",
    });
    await eventually(async () => expect((await api("GET", path)).body.handoff.agentId).toBe(bea.id));
    const { body } = await bea.session("POST", `${path}/agent-token`);
    const agent = await openSocket(conv.id, body.conversationToken);
    const reply = "He anulado el segundo cobro del pedido 4411. Te enviaré el recibo mañana por correo.";
    try {
      agent.send({ type: "message", clientId: "a-1", text: reply });
      await agent.waitFor(() => agent.messages().some((m) => m.text === reply));
    } finally {
      agent.close();
    }
    expect((await api("POST", `${path}/resolve`)).status).toBe(200);
    const [wrapUp] = resolveEvents((await api("GET", path)).body.messages).map((m) => m.meta.wrapUp);
    expect(wrapUp).toMatchObject({
      done: ["He anulado el segundo cobro del pedido 4411."],
      followUps: ["Te enviaré el recibo mañana por correo."],
    });
  });
});
