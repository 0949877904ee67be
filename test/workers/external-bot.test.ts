import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type ApiClient, newWorkspace } from "./helpers";
import { eventually } from "./queue-helpers";
import { RECEIVER, type Received, receiver } from "./webhook-receiver";

afterEach(() => vi.restoreAllMocks());

/**
 * A workspace whose own bot is switched on (persona enabled) and then replaced by yours: external mode with
 * a receiver subscribed to `bot.turn`, as docs/api.md tells a developer to set it up.
 */
async function externalBotWorkspace() {
  const { id, api } = await newWorkspace("Own bot", { bot: true });
  let secret = "";
  const received = receiver(() => secret, 0);
  secret = (await api("POST", "/api/v1/webhooks", { url: RECEIVER, events: ["bot.turn"] })).body.secret;
  const put = await api("PUT", "/api/v1/settings", { bot: { mode: "external" } });
  expect(put.status).toBe(200);
  expect(put.body.bot).toEqual({ mode: "external" });
  return { id, api, received };
}

/** Everything the conversation published so far, delivered to the receiver. */
async function deliver(workspaceId: string, conversationId: string) {
  await runDurableObjectAlarm(env.Conversation.getByName(conversationId));
  await runDurableObjectAlarm(env.Webhooks.getByName(workspaceId));
}

function turnTexts(received: Received[]) {
  return received.map((r) => {
    const body = r.body as { type: string; data: { message: { text: string } } };
    return [body.type, r.verified, body.data.message.text];
  });
}

const QUESTIONS = ["How do I change the colour of my dashboard?", "And how do I change the font size there?"];

/** A chat with your own bot: two customer questions, each answered through REST as `reports` say. */
async function chat(api: ApiClient, reports: object[]) {
  const { body: conv } = await api("POST", "/api/v1/conversations", {});
  const path = `/api/v1/conversations/${conv.id}`;
  for (const [i, report] of reports.entries()) {
    await api("POST", `${path}/messages`, { text: QUESTIONS[i] });
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

describe("bot.mode external: your own bot", () => {
  it("is refused until an endpoint hears bot.turn, with the field and why, and nothing changes", async () => {
    const { api } = await newWorkspace();
    const refused = await api("PUT", "/api/v1/settings", { bot: { mode: "external" } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([
      { field: "bot.mode", reason: expect.stringMatching(/bot.turn/) },
    ]);
    const unknown = await api("PUT", "/api/v1/settings", { bot: { mode: "gpt" } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].field).toBe("bot.mode");
    expect((await api("GET", "/api/v1/settings")).body.bot).toEqual({ mode: "builtin" });
  });

  it("gets each customer message at its webhook while the built-in bot never greets nor answers", async () => {
    const { id: workspaceId, api, received } = await externalBotWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const path = `/api/v1/conversations/${conv.id}`;
    await api("POST", `${path}/messages`, { text: QUESTIONS[0] });
    await api("POST", `${path}/messages`, {
      role: "bot",
      text: "Open Settings, then Appearance.",
      confidence: 0.9,
    });
    await api("POST", `${path}/messages`, { text: QUESTIONS[1] });
    const detail = (await api("GET", path)).body;
    // Only the customer and your bot wrote: no greeting, no answer of Baton's bot.
    expect(detail.messages.map((m: { role: string }) => m.role)).toEqual(["customer", "bot", "customer"]);
    await deliver(workspaceId, conv.id);
    const turns = await eventually(async () => {
      expect(received.length).toBe(2);
      return received;
    });
    expect(turnTexts(turns).sort()).toEqual(QUESTIONS.map((q) => ["bot.turn", true, q]).sort());
  });

  it("still runs the triggers on every customer message: a request for a person goes to the line, not to your bot", async () => {
    const { id: workspaceId, api, received } = await externalBotWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const path = `/api/v1/conversations/${conv.id}`;
    await api("POST", `${path}/messages`, { text: "How do I export my invoices?" });
    const asked = await api("POST", `${path}/messages`, { text: "I want to talk to a person now" });
    expect(asked.body.conversation.status).toBe("queued");
    await deliver(workspaceId, conv.id);
    await eventually(async () => expect(received.length).toBe(1));
    expect(turnTexts(received)).toEqual([["bot.turn", true, "How do I export my invoices?"]]);
  });

  it("hands over after replies your bot flagged failed or posted with low confidence, not after confident ones", async () => {
    const { api } = await externalBotWorkspace();
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
});

describe("bot.mode builtin", () => {
  it("sends no bot.turn even to an endpoint subscribed to it, so your bot never answers alongside Baton's", async () => {
    const { id: workspaceId, api } = await newWorkspace();
    let secret = "";
    const received = receiver(() => secret, 0);
    secret = (
      await api("POST", "/api/v1/webhooks", { url: RECEIVER, events: ["bot.turn", "message.created"] })
    ).body.secret;
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: QUESTIONS[0] });
    await deliver(workspaceId, conv.id);
    // The message's own event is the sentinel: once it is in, a bot.turn would have come with it.
    await eventually(async () => expect(received.map((r) => r.type)).toContain("message.created"));
    expect(received.map((r) => r.type)).not.toContain("bot.turn");
  });
});
