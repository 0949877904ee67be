import { describe, expect, it } from "vitest";
import type { Message } from "../../workers/protocol/message";
import { type ApiClient, newWorkspace } from "./helpers";
import { eventually, signedInAgent } from "./queue-helpers";
import { openSocket } from "./socket-helpers";

const detail = async (api: ApiClient, id: string) => (await api("GET", `/api/v1/conversations/${id}`)).body;

/** The agent writes on their conversation socket, as the agent app does, and waits for the acknowledgement. */
async function write(agent: Awaited<ReturnType<typeof signedInAgent>>, conversationId: string, text: string) {
  const { body } = await agent.session("POST", `/api/v1/conversations/${conversationId}/agent-token`);
  const socket = await openSocket(conversationId, body.conversationToken);
  try {
    socket.send({ type: "message", clientId: `c-${agent.id}`, text });
    await socket.waitFor(() => socket.messages().some((m) => m.text === text));
  } finally {
    socket.close();
  }
}

describe("who wrote an agent's message", () => {
  it("after a transfer, each agent's messages carry their own id and name", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const cy = await signedInAgent(api, { name: "Cy", skills: ["billing"] });
    await bea.online();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
      text: "I was charged twice, refund me",
    });
    await eventually(async () => expect((await detail(api, conv.id)).handoff.agentId).toBe(bea.id));
    await write(bea, conv.id, "Hi, Bea here. Let me check.");
    await cy.online();
    const moved = await bea.session("POST", `/api/v1/conversations/${conv.id}/transfer`, { agentId: cy.id });
    expect(moved.status).toBe(200);
    await eventually(async () => expect((await detail(api, conv.id)).handoff.agentId).toBe(cy.id));
    await write(cy, conv.id, "Cy now, I have it from here.");

    const agents = (await detail(api, conv.id)).messages.filter((m: Message) => m.role === "agent");
    expect(agents.map((m: Message) => [m.text, m.meta.agentId, m.meta.agentName])).toEqual([
      ["Hi, Bea here. Let me check.", bea.id, "Bea"],
      ["Cy now, I have it from here.", cy.id, "Cy"],
    ]);
  });
});
