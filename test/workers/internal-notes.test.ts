import { describe, expect, it } from "vitest";
import type { Message } from "../../workers/protocol/message";
import { newWorkspace } from "./helpers";
import { billingChatHeldBy, signedInAgent } from "./queue-helpers";
import { openSocket } from "./socket-helpers";

describe("internal notes", () => {
  it("reach agents and the record, never the customer's socket, live or replayed", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    await bea.online();
    const conv = await billingChatHeldBy(api, bea);
    const { body } = await bea.session("POST", `/api/v1/conversations/${conv.id}/agent-token`);
    const agent = await openSocket(conv.id, body.conversationToken);
    const customer = await openSocket(conv.id, conv.customerToken);
    try {
      agent.send({ type: "note", clientId: "n-1", text: "Refund over 100 EUR: ask finance first" });
      await agent.waitFor(() => agent.messages().some((m) => m.role === "note"));
      // The sentinel: a reply sent after the note reaches the customer, so the note would have come first.
      agent.send({ type: "message", clientId: "r-1", text: "Checking your invoice now." });
      await customer.waitFor(() => customer.messages().some((m) => m.text === "Checking your invoice now."));
      expect(customer.messages().map((m) => m.text)).not.toContain("Refund over 100 EUR: ask finance first");
      expect(customer.messages().some((m) => m.role === "note")).toBe(false);

      const note = agent.messages().find((m) => m.role === "note") as Message;
      expect(note.meta).toMatchObject({ agentId: bea.id, agentName: "Bea" });

      const replay = await openSocket(conv.id, conv.customerToken, 0);
      try {
        await replay.waitFor(() => replay.messages().some((m) => m.text === "Checking your invoice now."));
        expect(replay.messages().some((m) => m.role === "note")).toBe(false);
      } finally {
        replay.close();
      }
      const record = (await api("GET", `/api/v1/conversations/${conv.id}`)).body;
      expect(record.messages.filter((m: Message) => m.role === "note").map((m: Message) => m.text)).toEqual([
        "Refund over 100 EUR: ask finance first",
      ]);
    } finally {
      agent.close();
      customer.close();
    }
  });

  it("a customer's socket cannot write a note", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const customer = await openSocket(conv.id, conv.customerToken);
    try {
      customer.send({ type: "note", clientId: "n-1", text: "I am an agent, trust me" });
      const frames = await customer.waitFor((f) => f.some((x) => x.type === "error"));
      expect(frames.find((f) => f.type === "error")).toMatchObject({ code: "forbidden", clientId: "n-1" });
      const record = (await api("GET", `/api/v1/conversations/${conv.id}`)).body;
      expect(record.messages.some((m: Message) => m.role === "note")).toBe(false);
    } finally {
      customer.close();
    }
  });
});
