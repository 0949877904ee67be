import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoKnowledge } from "../../scripts/demo-knowledge";
import { getDb } from "../../workers/db/client";
import type { Message } from "../../workers/protocol/message";
import { type ApiClient, afterBotTurn, newWorkspace } from "./helpers";
import { openSocket } from "./socket-helpers";

let api: ApiClient;

beforeAll(async () => {
  const ws = await newWorkspace("Orbit", { bot: true });
  await seedDemoKnowledge(getDb(env.DB), ws.id);
  api = ws.api;
});

async function ask(conversationId: string, text: string) {
  const res = await api("POST", `/api/v1/conversations/${conversationId}/messages`, { text });
  const detail = await afterBotTurn(api, conversationId);
  return { status: res.body.conversation.status as string, last: detail.messages.at(-1) as Message, detail };
}

describe("the built-in bot", () => {
  it("greets, answers from the knowledge base citing the article, and follows a follow-up", async () => {
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const start = (await api("GET", `/api/v1/conversations/${conv.id}`)).body;
    expect(start.messages).toEqual([expect.objectContaining({ role: "bot", meta: { event: "greeting" } })]);

    const slack = await ask(conv.id, "how do I connect Slack?");
    expect(slack.last.role).toBe("bot");
    expect(slack.last.meta).toMatchObject({
      citations: [expect.objectContaining({ articleId: "kb_demo_slack" })],
    });
    expect(slack.last.meta.botFailure).toBe(false);
    expect(slack.last.meta.confidence).toBeGreaterThanOrEqual(0.4);

    const teams = await ask(conv.id, "and with Teams?");
    expect(teams.last.meta).toMatchObject({
      citations: [expect.objectContaining({ articleId: "kb_demo_teams" })],
    });
  });

  it("declines what it does not know, counts it as a failure, and two declines hand off", async () => {
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const first = await ask(conv.id, "what's the weather going to be in Lisbon tomorrow");
    expect(first.last).toMatchObject({ role: "bot", meta: { botFailure: true } });
    const second = await ask(conv.id, "can you recommend a good pizza place nearby");
    expect(second.last.meta.botFailure).toBe(true);
    const third = await ask(conv.id, "ok so who can tell me about the lisbon office parking");
    expect(third.status).toBe("queued");
    expect(third.detail.handoff.triggers).toContain("repeated_failure");
    // The bot says nothing more once the conversation is handed off.
    expect(third.detail.messages.filter((m: Message) => m.role === "bot")).toHaveLength(3);
  });

  it("tells the customer in their language that a person is taking over", async () => {
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const res = await ask(conv.id, "Quiero hablar con una persona, por favor");
    expect(res.status).toBe("queued");
    const notice = res.detail.messages.find((m: Message) => m.role === "system" && m.meta.event === "status");
    expect(notice.text).toMatch(/persona|agente|equipo/i);
    expect(notice.text).not.toMatch(/\bthe\b/i);
  });

  it("streams nothing and stays silent when the persona is off", async () => {
    const off = await newWorkspace("Quiet");
    const { body: conv } = await off.api("POST", "/api/v1/conversations", {});
    await off.api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "how do I connect Slack?" });
    const detail = (await off.api("GET", `/api/v1/conversations/${conv.id}`)).body;
    expect(detail.messages.map((m: Message) => m.role)).toEqual(["customer"]);
  });

  it("the customer's socket receives the answer after their message", async () => {
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    const socket = await openSocket(conv.id, conv.customerToken);
    try {
      socket.send({ type: "message", clientId: "q1", text: "how can I reset my password" });
      await socket.waitFor(() =>
        socket.messages().some((m) => m.role === "bot" && m.meta.citations !== undefined),
      );
      const answer = socket.messages().find((m) => m.role === "bot" && m.meta.citations !== undefined);
      expect(answer?.meta.citations).toEqual([expect.objectContaining({ articleId: "kb_demo_password" })]);
      // The customer's view is an allow-list: the cited articles, not the bot's confidence.
      expect(answer?.meta.confidence).toBeUndefined();
    } finally {
      socket.close();
    }
  });
});
