import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { eventually } from "./queue-helpers";
import { openSocket } from "./socket-helpers";

describe("a customer who leaves the line", () => {
  it("is let go after the configured time away, and the line forgets them; coming back in time keeps their place", async () => {
    const { api } = await newWorkspace();
    await api("PUT", "/api/v1/settings", { abandonAfterSeconds: 1 });
    const start = async () => {
      const { body: conv } = await api("POST", "/api/v1/conversations", {});
      const socket = await openSocket(conv.id, conv.customerToken);
      socket.send({ type: "message", clientId: "m1", text: "get me a human please" });
      await socket.waitFor(() => socket.messages().some((m) => m.meta.to === "queued"));
      return { conv, socket };
    };
    const leaving = await start();
    const staying = await start();
    leaving.socket.close();
    staying.socket.close();
    const back = await openSocket(staying.conv.id, staying.conv.customerToken);
    try {
      await eventually(async () => {
        const d = (await api("GET", `/api/v1/conversations/${leaving.conv.id}`)).body;
        expect(d.status).toBe("abandoned");
      }, 4000);
      const line = (await api("GET", "/api/v1/queue")).body;
      expect(line.waiting.map((w: { conversationId: string }) => w.conversationId)).toEqual([
        staying.conv.id,
      ]);
      expect((await api("GET", `/api/v1/conversations/${staying.conv.id}`)).body.status).toBe("queued");
    } finally {
      back.close();
    }
  });
});
