import { describe, expect, it } from "vitest";
import type { Message } from "../../workers/protocol/message";
import { newWorkspace } from "./helpers";
import { openSocket } from "./socket-helpers";

describe("clientId belongs to its author", () => {
  it("stores a bot post that reuses a customer's clientId, and still stores each author's retry once", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const path = `/api/v1/conversations/${conv.id}/messages`;
    const customer = await api("POST", path, { text: "hello", clientId: "m-1" });
    const bot = await api("POST", path, { text: "hi, how can I help?", role: "bot", clientId: "m-1" });
    const botRetry = await api("POST", path, { text: "hi, how can I help?", role: "bot", clientId: "m-1" });
    expect([customer.status, bot.status, botRetry.status]).toEqual([201, 201, 200]);
    expect(bot.body.message.role).toBe("bot");
    expect(botRetry.body.message.seq).toBe(bot.body.message.seq);
    const { body } = await api("GET", `/api/v1/conversations/${conv.id}`);
    expect(body.messages.map((m: Message) => [m.role, m.clientId])).toEqual([
      ["customer", "m-1"],
      ["bot", "m-1"],
    ]);
  });

  it("acknowledges a resent clientId on the socket again, without storing it twice", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const socket = await openSocket(conv.id, conv.customerToken);
    try {
      socket.send({ type: "message", clientId: "r-1", text: "is anyone there?" });
      await socket.waitFor(() => socket.messages().length === 1);
      socket.send({ type: "message", clientId: "r-1", text: "is anyone there?" });
      await socket.waitFor(() => socket.messages().length === 2);
      const [first, again] = socket.messages();
      expect(again).toEqual(first);
      const { body } = await api("GET", `/api/v1/conversations/${conv.id}`);
      expect(body.messages.filter((m: Message) => m.role === "customer")).toHaveLength(1);
    } finally {
      socket.close();
    }
  });
});
