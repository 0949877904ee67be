import { describe, expect, it } from "vitest";
import type { Message } from "../../workers/protocol/message";
import type { QueueServerFrame } from "../../workers/protocol/queue-frames";
import { type ApiClient, newWorkspace } from "./helpers";
import { eventually, openQueueSocket, signedInAgent } from "./queue-helpers";

const detail = async (api: ApiClient, id: string) => (await api("GET", `/api/v1/conversations/${id}`)).body;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function handOff(api: ApiClient) {
  const { body: conv } = await api("POST", "/api/v1/conversations", {});
  await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "I was charged twice, refund me" });
  return conv as { id: string };
}

function warning(frames: QueueServerFrame[]) {
  const f = frames.find((x) => x.type === "reply_warning");
  if (f?.type !== "reply_warning") throw new Error("no warning yet");
  return f;
}

describe("the agent's reply deadline", () => {
  it("warns the agent first, and keeps the chat with the only agent who has the skill", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    await api("PUT", "/api/v1/settings", { routing: { agentReplyTimeoutSeconds: 2 } });
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    await signedInAgent(api, { name: "Sam", skills: ["sales"] }).then((sam) => sam.online());
    const socket = await openQueueSocket(workspaceId, bea.token);
    try {
      socket.send({ type: "status", status: "online" });
      const conv = await handOff(api);
      await eventually(async () => expect((await detail(api, conv.id)).handoff.agentId).toBe(bea.id));
      const warned = await eventually(async () => warning(socket.frames), 3000);
      expect(warned.conversationId).toBe(conv.id);
      const dueIn = Date.parse(warned.dueAt) - Date.now();
      expect(dueIn).toBeGreaterThan(0);
      expect(dueIn).toBeLessThanOrEqual(1100);
      await sleep(dueIn + 800);
      const after = await detail(api, conv.id);
      expect(after).toMatchObject({ status: "assigned", handoff: { agentId: bea.id } });
      // Nobody told the customer they were being passed on.
      expect(after.messages.some((m: Message) => m.meta.reason === "agent_timeout")).toBe(false);
      expect(socket.frames.some((f) => f.type === "released")).toBe(false);
    } finally {
      socket.close();
    }
  });

  it("I'm on it moves the deadline; once it passes, another agent who can take it does", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    await api("PUT", "/api/v1/settings", { routing: { agentReplyTimeoutSeconds: 2 } });
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const cy = await signedInAgent(api, { name: "Cy", skills: ["billing"] });
    const socket = await openQueueSocket(workspaceId, bea.token);
    try {
      socket.send({ type: "status", status: "online" });
      const conv = await handOff(api);
      await eventually(async () => expect((await detail(api, conv.id)).handoff.agentId).toBe(bea.id));
      await cy.online();
      const first = await eventually(async () => warning(socket.frames), 3000);
      socket.send({ type: "extend_reply", conversationId: conv.id });
      await sleep(Date.parse(first.dueAt) - Date.now() + 500);
      expect((await detail(api, conv.id)).handoff.agentId).toBe(bea.id);
      const moved = await eventually(async () => {
        const d = await detail(api, conv.id);
        expect(d.handoff.agentId).toBe(cy.id);
        return d;
      }, 5000);
      expect(moved.messages.some((m: Message) => m.meta.reason === "agent_timeout")).toBe(true);
      expect(socket.frames.filter((f) => f.type === "reply_warning")).toHaveLength(2);
    } finally {
      socket.close();
    }
  });
});
