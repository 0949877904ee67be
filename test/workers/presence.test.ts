import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { eventually, openQueueSocket, signedInAgent } from "./queue-helpers";

describe("an agent's presence", () => {
  it("survives a settings save: an agent online on their socket stays online", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const socket = await openQueueSocket(workspaceId, bea.token);
    try {
      socket.send({ type: "status", status: "online" });
      await eventually(async () =>
        expect((await api("GET", "/api/v1/queue")).body.agents[0].status).toBe("online"),
      );
      expect((await api("PUT", "/api/v1/settings", {})).status).toBe(200);
      expect((await api("GET", "/api/v1/queue")).body.agents[0]).toMatchObject({
        status: "online",
        connected: true,
      });
      // The record agrees with the line, so a sign-in or an agent list tells the same.
      expect((await api("GET", `/api/v1/agents/${bea.id}`)).body.status).toBe("online");
    } finally {
      socket.close();
    }
  });

  it("is told to the agent's app on connect, so a reloaded app shows the real state", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    await bea.online();
    const socket = await openQueueSocket(workspaceId, bea.token);
    try {
      const snapshot = await eventually(async () => {
        const f = socket.frames.find((x) => x.type === "snapshot");
        if (f?.type !== "snapshot") throw new Error("no snapshot yet");
        return f;
      });
      expect(snapshot.status).toBe("online");
    } finally {
      socket.close();
    }
  });
});
