import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";

type Msg = { role: string; meta: { event?: string; to?: string; wrapUp?: unknown } };
const resolveEvents = (messages: Msg[]) =>
  messages.filter((m) => m.role === "system" && m.meta.event === "status" && m.meta.to === "resolved");

describe("the wrap-up on resolve", () => {
  it("is stored with the resolve, from the handoff's brief, and each contact gets its own", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const path = `/api/v1/conversations/${conv.id}`;
    await api("POST", `${path}/messages`, {
      text: "I was charged twice for order 4411 and want my money back",
    });
    // A refund goes to a person (the default rules), with the brief.
    expect((await api("GET", path)).body.status).toBe("queued");
    expect((await api("POST", `${path}/resolve`)).status).toBe(200);

    const first = await api("GET", path);
    const goal = first.body.handoff.customerGoal;
    expect(goal).toContain("4411");
    expect(resolveEvents(first.body.messages).map((m) => m.meta.wrapUp)).toEqual([
      { problem: goal, done: [], followUps: [] },
    ]);

    // The customer comes back about something else; the bot resolves it without a person.
    await api("POST", `${path}/messages`, { text: "How do I export my invoices as a spreadsheet file?" });
    await api("POST", `${path}/resolve`);
    const second = await api("GET", path);
    expect(resolveEvents(second.body.messages).map((m) => m.meta.wrapUp)).toEqual([
      { problem: goal, done: [], followUps: [] },
      { problem: "How do I export my invoices as a spreadsheet file?", done: [], followUps: [] },
    ]);
  });
});
