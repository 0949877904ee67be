import { exports } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { BASE, newWorkspace } from "./helpers";

async function upgrade(path: string, headers: Record<string, string> = {}) {
  const res = await exports.default.fetch(`${BASE}${path}`, {
    headers: { Upgrade: "websocket", ...headers },
  });
  res.webSocket?.accept();
  return res;
}

describe("the socket entry", () => {
  it("answers unknown /parties paths 404 without logging their URL", async () => {
    const logged = vi.spyOn(console, "error");
    try {
      for (const path of [
        "/parties/nothing/x?token=secret",
        "/parties/conversation",
        "/parties/Conversation/x",
        "/elsewhere",
      ]) {
        const res = await upgrade(path);
        expect(res.status, path).toBe(404);
        await res.body?.cancel();
      }
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it("takes the token as a subprotocol, out of the URL, and names Baton's protocol back", async () => {
    const { api } = await newWorkspace();
    const { body } = await api("POST", "/api/v1/conversations", {});
    const res = await upgrade(`/parties/conversation/${body.id}`, {
      "Sec-WebSocket-Protocol": `baton, token.${body.customerToken}`,
    });
    expect(res.status).toBe(101);
    expect(res.headers.get("sec-websocket-protocol")).toBe("baton");
    const ws = res.webSocket as WebSocket;
    const first = new Promise<string>((resolve) =>
      ws.addEventListener("message", (e) => resolve(e.data as string), { once: true }),
    );
    expect(JSON.parse(await first)).toMatchObject({ type: "conversation", conversation: { id: body.id } });
    ws.close(1000, "done");

    const forged = await upgrade(`/parties/conversation/${body.id}`, {
      "Sec-WebSocket-Protocol": "baton, token.not-a-token",
    });
    expect(forged.status).toBe(401);
  });
});
