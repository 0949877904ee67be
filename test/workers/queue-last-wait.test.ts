import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { eventually } from "./queue-helpers";
import { openSocket } from "./socket-helpers";

describe("the line's last word to each waiting customer", () => {
  it("survives the line's object going away: an unchanged place is not sent again after it comes back", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    const line = env.Queue.getByName(workspaceId);
    /** Once every event of the line has reached its conversation (the conversation sent it on first). */
    const allDelivered = () =>
      eventually(async () =>
        expect(
          await runInDurableObject(
            line,
            (_o, state) =>
              state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM notifications").one().n,
          ),
        ).toBe(0),
      );
    const { body: first } = await api("POST", "/api/v1/conversations", {});
    const socket = await openSocket(first.id, first.customerToken);
    try {
      await api("POST", `/api/v1/conversations/${first.id}/messages`, { text: "I want to talk to a person" });
      await allDelivered();
      const queueFrames = () => socket.frames.filter((f) => f.type === "queue");
      await socket.waitFor(() => queueFrames().length > 0);
      const told = queueFrames().length;

      await evictDurableObject(line);
      // Someone joins behind them: with nobody online, their place and wait are the same as before.
      const { body: second } = await api("POST", "/api/v1/conversations", {});
      await api("POST", `/api/v1/conversations/${second.id}/messages`, {
        text: "I want to talk to a person",
      });
      await allDelivered();
      // Anything the line had them sent would arrive before the acknowledgement of a message sent now.
      socket.send({ type: "message", clientId: "sentinel", text: "still here" });
      await socket.waitFor(() => socket.messages().some((m) => m.clientId === "sentinel"));
      expect(queueFrames()).toHaveLength(told);
    } finally {
      socket.close();
    }
  });
});
