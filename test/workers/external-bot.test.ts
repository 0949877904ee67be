import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type ApiClient, newWorkspace } from "./helpers";
import { eventually } from "./queue-helpers";
import { RECEIVER, receiver } from "./webhook-receiver";

afterEach(() => vi.restoreAllMocks());

/** A chat with your own bot: two customer questions, each answered by your bot as `reports` say. */
async function chat(api: ApiClient, reports: object[]) {
  const { body: conv } = await api("POST", "/api/v1/conversations", {});
  const path = `/api/v1/conversations/${conv.id}`;
  const questions = [
    "How do I change the colour of my dashboard?",
    "And how do I change the font size there?",
  ];
  for (const [i, report] of reports.entries()) {
    await api("POST", `${path}/messages`, { text: questions[i] });
    const reply = await api("POST", `${path}/messages`, {
      role: "bot",
      text: "Open Settings, then Appearance.",
      ...report,
    });
    expect(reply.status).toBe(201);
  }
  await api("POST", `${path}/messages`, { text: "Where is that menu exactly?" });
  return (await api("GET", path)).body;
}

describe("your own bot (external mode: the built-in bot off)", () => {
  it("hands over after replies it flagged failed or posted with low confidence, not after confident ones", async () => {
    const { api } = await newWorkspace();
    const failing = await chat(api, [{ failed: true }, { confidence: 0.1 }]);
    expect(failing.status).toBe("queued");
    expect(failing.handoff.trigger).toBe("repeated_failure");
    const confident = await chat(api, [{ confidence: 0.9 }, { confidence: 0.95 }]);
    expect(confident.status).toBe("bot");
    expect(confident.handoff).toBeNull();
  });

  it("refuses a failure report on a customer's message and stores nothing", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const res = await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "hi", failed: true });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe("role");
    expect((await api("GET", `/api/v1/conversations/${conv.id}`)).body.messages).toEqual([]);
  });

  it("gets each customer message the engine leaves with the bot at its webhook, as bot.turn", async () => {
    const { id: workspaceId, api } = await newWorkspace();
    let secret = "";
    const received = receiver(() => secret, 0);
    secret = (await api("POST", "/api/v1/webhooks", { url: RECEIVER, events: ["bot.turn"] })).body.secret;
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "How do I export my invoices?" });
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
      text: "I want to talk to a person now",
    });
    await runDurableObjectAlarm(env.Conversation.getByName(conv.id));
    await runDurableObjectAlarm(env.Webhooks.getByName(workspaceId));
    const turns = await eventually(async () => {
      expect(received.length).toBeGreaterThan(0);
      return received;
    });
    // Only the question: the request for a person went to the line, not to your bot.
    expect(
      turns.map((r) => [
        r.type,
        r.verified,
        (r.body as { data: { message: { text: string } } }).data.message.text,
      ]),
    ).toEqual([["bot.turn", true, "How do I export my invoices?"]]);
  });
});
