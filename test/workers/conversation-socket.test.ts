import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { openSocket, upgradeStatus } from "./socket-helpers";

async function conversation() {
  const { api } = await newWorkspace();
  const { body } = await api("POST", "/api/v1/conversations", {});
  return { api, id: body.id as string, token: body.customerToken as string };
}

describe("conversation socket", () => {
  it("stores a customer's message once even when the same clientId is sent twice", async () => {
    const { api, id, token } = await conversation();
    const socket = await openSocket(id, token);
    try {
      socket.send({ type: "message", clientId: "c-1", text: "my order is late" });
      socket.send({ type: "message", clientId: "c-1", text: "my order is late" });
      socket.send({ type: "message", clientId: "c-2", text: "order 1234" });
      await socket.waitFor(() => socket.messages().length >= 2);
      const { body } = await api("GET", `/api/v1/conversations/${id}`);
      expect(body.messages.map((m: { seq: number; clientId: string }) => [m.seq, m.clientId])).toEqual([
        [1, "c-1"],
        [2, "c-2"],
      ]);
    } finally {
      socket.close();
    }
  });

  it("a repeated clientId over REST returns the original message with 200", async () => {
    const { api, id } = await conversation();
    const first = await api("POST", `/api/v1/conversations/${id}/messages`, { text: "hi", clientId: "r-1" });
    const again = await api("POST", `/api/v1/conversations/${id}/messages`, { text: "hi", clientId: "r-1" });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.message).toEqual(first.body.message);
  });

  it("echoes a message to every socket of the conversation", async () => {
    const { id, token } = await conversation();
    const a = await openSocket(id, token);
    const b = await openSocket(id, token);
    try {
      a.send({ type: "message", clientId: "x", text: "is anyone there?" });
      await b.waitFor(() => b.messages().some((m) => m.text === "is anyone there?"));
      await a.waitFor(() => a.messages().some((m) => m.clientId === "x"));
    } finally {
      a.close();
      b.close();
    }
  });

  it("a client that reconnects with the last seq it saw receives exactly what it missed", async () => {
    const { api, id, token } = await conversation();
    for (const text of ["hello", "ok", "where are the charts?", "thanks"]) {
      await api("POST", `/api/v1/conversations/${id}/messages`, { text });
    }
    const socket = await openSocket(id, token, 2);
    try {
      await socket.waitFor((f) => f.some((x) => x.type === "conversation") && socket.messages().length >= 2);
      await new Promise((r) => setTimeout(r, 50));
      expect(socket.messages().map((m) => [m.seq, m.text])).toEqual([
        [3, "where are the charts?"],
        [4, "thanks"],
      ]);
    } finally {
      socket.close();
    }
  });

  it("a fresh client receives the whole history, then live messages in seq order", async () => {
    const { api, id, token } = await conversation();
    await api("POST", `/api/v1/conversations/${id}/messages`, { text: "before" });
    const socket = await openSocket(id, token);
    try {
      await api("POST", `/api/v1/conversations/${id}/messages`, { text: "after", role: "bot" });
      await socket.waitFor(() => socket.messages().length >= 2);
      expect(socket.messages().map((m) => [m.seq, m.role, m.text])).toEqual([
        [1, "customer", "before"],
        [2, "bot", "after"],
      ]);
    } finally {
      socket.close();
    }
  });

  it("answers an invalid frame with an error frame and stores nothing", async () => {
    const { api, id, token } = await conversation();
    const socket = await openSocket(id, token);
    try {
      socket.send({ type: "message", clientId: "bad", text: "   " });
      socket.ws.send("not json");
      await socket.waitFor((f) => f.filter((x) => x.type === "error").length >= 2);
      const { body } = await api("GET", `/api/v1/conversations/${id}`);
      expect(body.messages).toEqual([]);
    } finally {
      socket.close();
    }
  });

  it("refuses an upgrade without a valid token for this very conversation", async () => {
    const first = await conversation();
    const other = await conversation();
    expect(await upgradeStatus(first.id, "garbage")).toBe(401);
    expect(await upgradeStatus(first.id, other.token)).toBe(401);
    expect(await upgradeStatus(first.id, `${first.token.slice(0, -2)}xx`)).toBe(401);
  });
});
