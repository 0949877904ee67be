import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type ApiClient, newWorkspace } from "./helpers";
import { signedInAgent } from "./queue-helpers";

/** A conversation written through the API, flushed to D1 as the outbox does. */
async function stored(api: ApiClient, turns: [role: "customer" | "bot", text: string][]) {
  const { body: conv } = await api("POST", "/api/v1/conversations", {});
  for (const [role, text] of turns)
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, { role, text });
  await runDurableObjectAlarm(env.Conversation.getByName(conv.id));
  return conv.id as string;
}

async function history(api: ApiClient) {
  const refund = await stored(api, [["customer", "I was charged twice last month, I want a refund"]]);
  const exportQuestion = await stored(api, [
    ["customer", "How do I export my invoices as a spreadsheet?"],
    ["bot", "Open Billing, then Invoices, and choose Export."],
    ["customer", "Great, found it, thank you"],
  ]);
  const person = await stored(api, [["customer", "Can I talk to a real person please"]]);
  return { refund, exportQuestion, person };
}

describe("POST /rules/backtest", () => {
  it("replays stored conversations with proposed rules: rates side by side and what would change, nothing saved", async () => {
    const { api } = await newWorkspace();
    const ids = await history(api);
    const before = (await api("GET", "/api/v1/rules")).body;
    const res = await api("POST", "/api/v1/rules/backtest", {
      // Refunds stay with the bot; anything about exports goes to a person.
      rules: { categories: [{ category: "legal" }], keywords: { phrases: ["export"] } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      conversations: 3,
      actual: { handedOff: 2, handoffRate: 0.6667 },
      predicted: { handedOff: 2, handoffRate: 0.6667, byTrigger: { keyword_rule: 1, explicit_request: 1 } },
      changedCount: 2,
    });
    const changed = Object.fromEntries(
      res.body.changed.map((c: { conversationId: string; actual: object; predicted: object }) => [
        c.conversationId,
        [c.actual, c.predicted],
      ]),
    );
    expect(changed[ids.refund]).toEqual([
      { handedOff: true, trigger: "category" },
      { handedOff: false, trigger: null, turn: null, explanation: null },
    ]);
    expect(changed[ids.exportQuestion]).toMatchObject([
      { handedOff: false, trigger: null },
      { handedOff: true, trigger: "keyword_rule", turn: 0 },
    ]);
    expect(changed[ids.person]).toBeUndefined();
    expect((await api("GET", "/api/v1/rules")).body).toEqual(before);
  });

  it("replays nothing from another workspace or outside the range, and refuses invalid rules and plain agents", async () => {
    const { api } = await newWorkspace();
    const other = await newWorkspace();
    await history(other.api);
    const empty = await api("POST", "/api/v1/rules/backtest", { rules: {} });
    expect(empty.body).toMatchObject({ conversations: 0, actual: { handoffRate: null }, changed: [] });
    const past = await other.api("POST", "/api/v1/rules/backtest", {
      rules: {},
      from: "2020-01-01T00:00:00Z",
      to: "2020-02-01T00:00:00Z",
    });
    expect(past.body.conversations).toBe(0);
    const bad = await api("POST", "/api/v1/rules/backtest", {
      rules: { keywords: { patterns: ["(unclosed"] } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toMatch(/^(rules\.)?keywords\.patterns\[0\]$/);
    const leo = await signedInAgent(api, { name: "Leo" });
    expect((await leo.session("POST", "/api/v1/rules/backtest", { rules: {} })).status).toBe(403);
  });
});
