import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type ApiClient, newWorkspace } from "./helpers";
import { openSocket } from "./socket-helpers";

async function chat(api: ApiClient, turns: [role: "customer" | "bot", text: string][]) {
  const { body: conv } = await api("POST", "/api/v1/conversations", { customer: { name: "Ada" } });
  let last: Awaited<ReturnType<ApiClient>> | undefined;
  for (const [role, text] of turns)
    last = await api("POST", `/api/v1/conversations/${conv.id}/messages`, { role, text });
  const detail = (await api("GET", `/api/v1/conversations/${conv.id}`)).body;
  return { id: conv.id as string, token: conv.customerToken as string, last, detail };
}

describe("handoff triggers in the conversation", () => {
  it("hands off on an explicit request, with the reason, signals, summary and skill", async () => {
    const { api } = await newWorkspace();
    const { detail, last } = await chat(api, [
      ["customer", "my invoice shows the wrong VAT number"],
      ["bot", "You can change the VAT number under Billing > Details."],
      ["customer", "I'd rather talk to a real person please"],
    ]);
    expect(last?.body.conversation.status).toBe("queued");
    expect(detail.status).toBe("queued");
    expect(detail.handoff).toMatchObject({
      trigger: "explicit_request",
      triggers: expect.arrayContaining(["explicit_request"]),
      skill: "billing",
      category: "billing",
      seq: 3,
    });
    expect(detail.handoff.explanation.length).toBeGreaterThan(10);
    expect(detail.handoff.summary).toMatch(/VAT|invoice/i);
    expect(detail.handoff.signals).toMatchObject({ wantsHuman: true, customerTurns: 2 });
    const [first, , third, system] = detail.messages;
    expect(first.meta.decision).toMatchObject({ handoff: false });
    expect(first.meta.analysis).toMatchObject({ category: "billing" });
    expect(third.meta.decision).toMatchObject({ handoff: true, trigger: "explicit_request" });
    expect(system).toMatchObject({ role: "system", meta: { event: "status", to: "queued" } });
  });

  it("asks in Spanish, German or French and still reaches a person", async () => {
    const { api } = await newWorkspace();
    for (const text of [
      "Quiero hablar con una persona",
      "Ich möchte mit einem Mitarbeiter sprechen",
      "Je veux parler à un conseiller",
    ]) {
      const { detail } = await chat(api, [["customer", text]]);
      expect(detail.handoff?.trigger, text).toBe("explicit_request");
    }
  });

  it("two bot failures hand off as repeated_failure", async () => {
    const { api } = await newWorkspace();
    const { detail } = await chat(api, [
      ["customer", "where do I find scheduled reports?"],
      ["bot", "Sorry, I don't have an answer for that yet."],
      ["customer", "and where are the charts?"],
      ["bot", "Sorry, I didn't quite get that. Can you rephrase?"],
      ["customer", "thanks"],
    ]);
    expect(detail.status).toBe("queued");
    expect(detail.handoff.triggers).toContain("repeated_failure");
  });

  it("a refund request goes to billing from the start (category)", async () => {
    const { api } = await newWorkspace();
    const { detail } = await chat(api, [["customer", "I was charged twice this month and I want a refund"]]);
    expect(detail.handoff).toMatchObject({ trigger: "category", skill: "billing" });
  });

  it("the sixth customer message hands off as turn_limit; calm questions before it do not", async () => {
    const { api } = await newWorkspace();
    const questions = [
      "how do I add a user",
      "where is the settings page",
      "can I change the logo",
      "what file types can I upload",
      "is there a dark mode",
    ];
    const calm = await chat(
      api,
      questions.flatMap((q) => [
        ["customer", q],
        ["bot", "Here is how: open Settings and follow the steps."],
      ]) as ["customer" | "bot", string][],
    );
    expect(calm.detail.status).toBe("bot");
    const res = await api("POST", `/api/v1/conversations/${calm.id}/messages`, {
      text: "and can I export to CSV",
    });
    expect(res.body.conversation.status).toBe("queued");
    expect((await api("GET", `/api/v1/conversations/${calm.id}`)).body.handoff.triggers).toContain(
      "turn_limit",
    );
  });

  it("once queued, the triggers stop running", async () => {
    const { api } = await newWorkspace();
    const { id } = await chat(api, [["customer", "human please"]]);
    const later = await api("POST", `/api/v1/conversations/${id}/messages`, {
      text: "this is terrible, I'm furious",
    });
    expect(later.body.message.meta.decision).toBeUndefined();
    expect(later.body.conversation.status).toBe("queued");
  });

  it("the customer's socket sees the handoff but not the engine's reading of them", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const socket = await openSocket(conv.id, conv.customerToken);
    try {
      socket.send({ type: "message", clientId: "h1", text: "get me a human now" });
      await socket.waitFor(() => socket.messages().some((m) => m.role === "system"));
      expect(
        socket.messages().every((m) => m.meta.analysis === undefined && m.meta.decision === undefined),
      ).toBe(true);
      const detail = (await api("GET", `/api/v1/conversations/${conv.id}`)).body;
      expect(detail.messages[0].meta.analysis).toBeDefined();
    } finally {
      socket.close();
    }
  });

  it("records the handoff in D1 through the outbox", async () => {
    const { api, id: workspaceId } = await newWorkspace();
    const { id } = await chat(api, [["customer", "I want to speak to someone from legal about a subpoena"]]);
    await runDurableObjectAlarm(env.Conversation.getByName(id));
    const row = await env.DB.prepare(
      "SELECT workspace_id, trigger, skill, seq, summary FROM handoffs WHERE conversation_id = ?",
    )
      .bind(id)
      .first<{ workspace_id: string; trigger: string; skill: string; seq: number; summary: string }>();
    expect(row).toMatchObject({ workspace_id: workspaceId, seq: 1, skill: "legal" });
    expect(["explicit_request", "category"]).toContain(row?.trigger);
  });
});

describe("rules", () => {
  it("GET gives the defaults; PUT changes them and the live conversation follows", async () => {
    const { api } = await newWorkspace();
    const defaults = (await api("GET", "/api/v1/rules")).body;
    expect(defaults).toMatchObject({ failureCount: 2, turnLimit: 6 });
    const put = await api("PUT", "/api/v1/rules", { turnLimit: 2, keywords: { phrases: ["data export"] } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ turnLimit: 2, failureCount: 2, keywords: { phrases: ["data export"] } });
    const { detail } = await chat(api, [["customer", "where do I request a data export"]]);
    expect(detail.handoff?.trigger).toBe("keyword_rule");
    const two = await chat(api, [
      ["customer", "how do I add a user"],
      ["bot", "Open Team and click Invite."],
      ["customer", "and remove one"],
    ]);
    expect(two.detail.handoff?.triggers).toContain("turn_limit");
  });

  it("a bad rules document gets a 400 naming the field and changes nothing", async () => {
    const { api } = await newWorkspace();
    const cases: [unknown, string][] = [
      [{ turnLimit: 0 }, "turnLimit"],
      [{ keywords: { patterns: ["(unclosed"] } }, "keywords.patterns[0]"],
      [{ sentiment: { negativeScore: -0.2, strongNegativeScore: 0 } }, "sentiment.strongNegativeScore"],
      [{ categories: [{ category: "weather" }] }, "categories[0].category"],
      [{ unknownThing: true }, "unknownThing"],
    ];
    for (const [body, field] of cases) {
      const res = await api("PUT", "/api/v1/rules", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(
        res.body.error.details.map((d: { field: string }) => d.field),
        JSON.stringify(res.body),
      ).toContain(field);
    }
    expect((await api("GET", "/api/v1/rules")).body.turnLimit).toBe(6);
  });
});

describe("POST /api/v1/evaluate", () => {
  it("dry-runs a transcript and says at which customer turn it would hand off", async () => {
    const { api } = await newWorkspace();
    const res = await api("POST", "/api/v1/evaluate", {
      messages: [
        { role: "customer", text: "hi, question about invoices" },
        { role: "bot", text: "Sure, what would you like to know?" },
        { role: "customer", text: "actually can I just talk to a person" },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ handoff: true, trigger: "explicit_request", turn: 1 });
    const tried = await api("POST", "/api/v1/evaluate", {
      messages: [{ role: "customer", text: "hello" }],
      rules: { turnLimit: 1 },
    });
    expect(tried.body).toMatchObject({ handoff: true, trigger: "turn_limit", turn: 0 });
    expect((await api("GET", "/api/v1/rules")).body.turnLimit).toBe(6);
  });

  it("validates the transcript", async () => {
    const { api } = await newWorkspace();
    const res = await api("POST", "/api/v1/evaluate", { messages: [{ role: "robot", text: "" }] });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      "messages[0].role",
      "messages[0].text",
    ]);
  });
});
