import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { billingChatHeldBy, eventually, openQueueSocket, signedInAgent } from "./queue-helpers";

describe("the customer's rating reaches the agent who resolved", () => {
  it("on their queue socket, as it arrives; not on another agent's", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const tom = await signedInAgent(api, { name: "Tom", skills: ["technical"] });
    await bea.online();
    const conv = await billingChatHeldBy(api, bea);
    const [beaApp, tomApp] = await Promise.all([
      openQueueSocket(workspaceId, bea.token),
      openQueueSocket(workspaceId, tom.token),
    ]);
    try {
      await bea.session("POST", `/api/v1/conversations/${conv.id}/resolve`);
      expect((await api("POST", `/api/v1/conversations/${conv.id}/csat`, { score: 4 })).status).toBe(200);
      await eventually(async () =>
        expect(beaApp.frames).toContainEqual({ type: "rated", conversationId: conv.id, score: 4 }),
      );
      // Tom's app got its snapshot and nothing about Bea's customer.
      expect(tomApp.frames.map((f) => f.type)).toEqual(["snapshot"]);
    } finally {
      beaApp.close();
      tomApp.close();
    }
  });
});
