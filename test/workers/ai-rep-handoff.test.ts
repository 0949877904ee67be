import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { newWorkspace } from "./helpers";
import { eventually, openQueueSocket, signedInAgent } from "./queue-helpers";
import { RECEIVER, receiver } from "./webhook-receiver";

// Agents and integrations see which AI rep handed a conversation over: the webhook and the agent's brief.
afterEach(() => vi.restoreAllMocks());

describe("a handoff from an AI rep", () => {
  it("names the rep in handoff.triggered and in the brief the assigned agent receives", async () => {
    const { id: workspaceId, api } = await newWorkspace("Orbit", { bot: true });
    const reps = [{ id: "sales", name: "Sam from Sales", handoffSkill: "sales" }];
    expect((await api("PUT", "/api/v1/reps", { reps })).status).toBe(200);
    let secret = "";
    const received = receiver(() => secret, 0);
    const endpoint = await api("POST", "/api/v1/webhooks", { url: RECEIVER, events: ["handoff.triggered"] });
    secret = endpoint.body.secret;
    const sam = await signedInAgent(api, { name: "Sara", skills: ["sales"] });
    const line = await openQueueSocket(workspaceId, sam.token);
    try {
      await sam.online();
      const { body: conv } = await api("POST", "/api/v1/conversations", { repId: "sales" });
      await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
        text: "I want to talk to a person please",
      });

      const assigned = await eventually(async () => {
        const f = line.frames.find((x) => x.type === "assigned");
        if (f?.type !== "assigned") throw new Error("not assigned yet");
        return f;
      });
      const brief = assigned.brief.conversation as { handoff: { rep: unknown; skill: string } };
      expect(brief.handoff).toMatchObject({ rep: { id: "sales", name: "Sam from Sales" }, skill: "sales" });

      // The conversation's outbox publishes the event; the workspace's webhooks object delivers it.
      const event = await eventually(async () => {
        await runDurableObjectAlarm(env.Conversation.getByName(conv.id));
        await runDurableObjectAlarm(env.Webhooks.getByName(workspaceId));
        const found = received.find((r) => r.type === "handoff.triggered");
        if (!found) throw new Error("not delivered yet");
        return found.body as { conversationId: string; data: { handoff: { rep: unknown } } };
      });
      expect(event.conversationId).toBe(conv.id);
      expect(event.data.handoff.rep).toEqual({ id: "sales", name: "Sam from Sales" });
    } finally {
      line.close();
    }
  });
});
