import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { eventually, signedInAgent } from "./queue-helpers";
import { openSocket } from "./socket-helpers";

const NOTE = "INTERNAL: customer flagged for fraud review";

describe("internal text never reaches the customer", () => {
  it("a forced handoff's reason is for agents; the customer hears the generic notice", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", { customer: { name: "Ada" } });
    const customer = await openSocket(conv.id, conv.customerToken);
    try {
      const res = await api("POST", `/api/v1/conversations/${conv.id}/handoff`, {
        reason: NOTE,
        skill: null,
      });
      expect(res.status).toBe(200);
      await customer.waitFor(() => customer.messages().some((m) => m.meta.event === "status"));
      expect(JSON.stringify(customer.frames)).not.toContain("fraud");
      const detail = (await api("GET", `/api/v1/conversations/${conv.id}`)).body;
      expect(detail.handoff.explanation).toBe(NOTE);
    } finally {
      customer.close();
    }
  });

  it("a transfer's note goes to agents only, live and on replay", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    await bea.online();
    await signedInAgent(api, { name: "Tom", skills: ["technical"] });
    const { body: conv } = await api("POST", "/api/v1/conversations", {
      customer: { name: "Ada", attributes: { riskTier: "high" } },
    });
    const customer = await openSocket(conv.id, conv.customerToken);
    try {
      await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
        text: "I was charged twice and I want a refund",
      });
      await eventually(async () =>
        expect((await api("GET", `/api/v1/conversations/${conv.id}`)).body.status).toBe("assigned"),
      );
      const moved = await bea.session("POST", `/api/v1/conversations/${conv.id}/transfer`, {
        skill: "technical",
        note: NOTE,
      });
      expect(moved.status).toBe(200);
      await customer.waitFor(() => customer.messages().some((m) => m.meta.to === "queued" && m.seq > 3));
      const agentsView = (await api("GET", `/api/v1/conversations/${conv.id}`)).body.messages;
      expect(JSON.stringify(agentsView)).toContain(NOTE);

      const replay = await openSocket(conv.id, conv.customerToken);
      try {
        await replay.waitFor(() => replay.messages().length >= customer.messages().length);
        for (const socket of [customer, replay]) {
          const seen = JSON.stringify(socket.frames);
          expect(seen).not.toContain("fraud");
          expect(seen).not.toContain("riskTier");
          expect(seen).not.toContain('"analysis"');
          expect(seen).not.toContain(bea.id);
        }
      } finally {
        replay.close();
      }
    } finally {
      customer.close();
    }
  });
});
