import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { eventually, signedInAgent } from "./queue-helpers";
import { openSocket } from "./socket-helpers";

type Api = Awaited<ReturnType<typeof newWorkspace>>["api"];
const detail = async (api: Api, id: string) => (await api("GET", `/api/v1/conversations/${id}`)).body;

describe("the brief stays live after the handoff", () => {
  it("takes in what the customer writes while waiting, for agents only, and re-briefs the next agent on a transfer", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    await signedInAgent(api, { name: "Tom", skills: ["technical"] });
    const { body: conv } = await api("POST", "/api/v1/conversations", { customer: { name: "Ada" } });
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
      text: "I was charged twice for my plan and I want a refund",
    });
    await eventually(async () => expect((await detail(api, conv.id)).status).toBe("queued"));

    const customer = await openSocket(conv.id, conv.customerToken);
    try {
      // Nobody is online yet: the customer waits, and says more.
      await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
        text: "WORST SERVICE EVER. I already called my bank, the second charge on invoice INV-7781 is €49.99",
      });
      const waiting = (await detail(api, conv.id)).handoff;
      expect(waiting.sinceHandoff).toEqual([
        "WORST SERVICE EVER. I already called my bank, the second charge on invoice INV-7781 is €49.99",
      ]);
      expect(waiting.facts.map((f: { value: string }) => f.value)).toEqual(
        expect.arrayContaining(["invoice INV-7781", "€49.99"]),
      );
      expect(waiting.customerTried.join(" ")).toContain("I already called my bank");
      expect(waiting.mood.upsetMessages).toBeGreaterThanOrEqual(1);

      // Bea takes it; her socket gets the brief as the customer writes again, the customer's does not.
      await bea.online();
      await eventually(async () => expect((await detail(api, conv.id)).handoff.agentId).toBe(bea.id));
      const token = (await bea.session("POST", `/api/v1/conversations/${conv.id}/agent-token`)).body
        .conversationToken as string;
      const agent = await openSocket(conv.id, token);
      try {
        await agent.waitFor((f) => f.some((x) => x.type === "conversation"));
        agent.send({ type: "message", clientId: "b1", text: "Hi Ada, I see both charges. Checking now." });
        await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "ok thanks" });
        await agent.waitFor((f) => f.some((x) => x.type === "brief"));
        const frame = agent.frames.find((x) => x.type === "brief") as { handoff: { sinceHandoff: string[] } };
        expect(frame.handoff.sinceHandoff.at(-1)).toBe("ok thanks");
        await customer.waitFor(() => customer.messages().some((m) => m.text === "ok thanks"));
        expect(customer.frames.some((x) => x.type === "brief")).toBe(false);

        const moved = await bea.session("POST", `/api/v1/conversations/${conv.id}/transfer`, {
          skill: "technical",
          note: "double charge confirmed, needs the billing fix",
        });
        expect(moved.status).toBe(200);
      } finally {
        agent.close();
      }
      const next = (await detail(api, conv.id)).handoff;
      expect(next.transfer).toEqual({
        fromAgentName: "Bea",
        note: "double charge confirmed, needs the billing fix",
      });
      expect(next.summary).toContain("An agent already replied 1 time");
      expect(next.customerGoal).toContain("charged twice");
      expect(JSON.stringify(customer.frames)).not.toContain("billing fix");
    } finally {
      customer.close();
    }
  });
});
