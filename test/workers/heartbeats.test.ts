import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { eventually, openQueueSocket, signedInAgent } from "./queue-helpers";

describe("agents' heartbeats", () => {
  it("an agent app that keeps pinging stays present; one that goes silent is treated as dropped", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    await api("PUT", "/api/v1/settings", {
      routing: { heartbeatTimeoutSeconds: 1, disconnectGraceSeconds: 1 },
    });
    const alive = await signedInAgent(api, { name: "Alive", skills: ["billing"] });
    const silent = await signedInAgent(api, { name: "Silent", skills: ["technical"] });
    const aliveSocket = await openQueueSocket(workspaceId, alive.token);
    const silentSocket = await openQueueSocket(workspaceId, silent.token);
    const pinger = setInterval(() => aliveSocket.ws.send("ping"), 200);
    try {
      aliveSocket.send({ type: "status", status: "online" });
      silentSocket.send({ type: "status", status: "online" });
      const agents = async () =>
        (await api("GET", "/api/v1/queue")).body.agents as {
          name: string;
          connected: boolean;
          status: string;
        }[];
      await eventually(async () =>
        expect((await agents()).every((a) => a.connected && a.status === "online")).toBe(true),
      );
      const gone = await eventually(async () => {
        const list = await agents();
        expect(list.find((a) => a.name === "Silent")).toMatchObject({ connected: false, status: "offline" });
        return list;
      }, 5000);
      expect(gone.find((a) => a.name === "Alive")).toMatchObject({ connected: true, status: "online" });
    } finally {
      clearInterval(pinger);
      aliveSocket.close();
      silentSocket.close();
    }
  });
});
