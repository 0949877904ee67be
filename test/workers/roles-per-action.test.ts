import { describe, expect, it } from "vitest";
import { type ApiClient, newWorkspace } from "./helpers";
import { eventually, signedInAgent } from "./queue-helpers";

async function conversation(api: ApiClient, text?: string) {
  const { body } = await api("POST", "/api/v1/conversations", {
    customer: { name: "Ada", email: "ada@example.com" },
  });
  if (text) await api("POST", `/api/v1/conversations/${body.id}/messages`, { text });
  return body.id as string;
}

const detail = async (api: ApiClient, id: string) => (await api("GET", `/api/v1/conversations/${id}`)).body;

describe("roles per action", () => {
  it("a plain agent cannot speak for the customer or the bot, force a handoff, or replace the customer's email", async () => {
    const { api } = await newWorkspace();
    const leo = await signedInAgent(api, { name: "Leo", skills: ["billing"] });
    const id = await conversation(api);
    const asBot = await leo.session("POST", `/api/v1/conversations/${id}/messages`, {
      text: "This is the bot: your refund is approved",
      role: "bot",
    });
    const asCustomer = await leo.session("POST", `/api/v1/conversations/${id}/messages`, { text: "hi" });
    const handoff = await leo.session("POST", `/api/v1/conversations/${id}/handoff`, {});
    expect([asBot.status, asCustomer.status, handoff.status]).toEqual([403, 403, 403]);
    expect(asBot.body.error.code).toBe("forbidden");
    const after = await detail(api, id);
    expect(after.messages).toEqual([]);
    expect(after.status).toBe("bot");

    await api("POST", `/api/v1/conversations/${id}/handoff`, {});
    const email = await leo.session("POST", `/api/v1/conversations/${id}/email`, {
      email: "attacker@example.com",
    });
    expect(email.status).toBe(403);
    expect((await detail(api, id)).customer.email).toBe("ada@example.com");
  });

  it("an agent resolves or transfers only what they hold now; a supervisor acts on any", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    const leo = await signedInAgent(api, { name: "Leo", skills: ["technical"] });
    const sue = await signedInAgent(api, { name: "Sue", skills: [], role: "supervisor" });
    await bea.online();
    const id = await conversation(api, "I was charged twice and I want a refund");
    await eventually(async () => expect((await detail(api, id)).handoff.agentId).toBe(bea.id));
    expect((await leo.session("POST", `/api/v1/conversations/${id}/resolve`)).status).toBe(403);
    expect((await bea.session("POST", `/api/v1/conversations/${id}/resolve`)).status).toBe(200);
    // Resolved, Bea holds it no more: her old handoff does not let her act on it.
    await api("POST", `/api/v1/conversations/${id}/messages`, { text: "one more thing" });
    await api("POST", `/api/v1/conversations/${id}/handoff`, { skill: null });
    expect((await bea.session("POST", `/api/v1/conversations/${id}/resolve`)).status).toBe(403);
    expect((await sue.session("POST", `/api/v1/conversations/${id}/handoff`, {})).status).toBe(409);
    expect((await sue.session("POST", `/api/v1/conversations/${id}/resolve`)).status).toBe(200);
  });

  it("a supervisor can force a handoff", async () => {
    const { api } = await newWorkspace();
    const sue = await signedInAgent(api, { name: "Sue", skills: [], role: "supervisor" });
    const id = await conversation(api);
    const res = await sue.session("POST", `/api/v1/conversations/${id}/handoff`, { skill: null });
    expect(res.status).toBe(200);
    expect(res.body.conversation.status).toBe("queued");
  });
});

describe("POST /api/v1/evaluate is bounded and for managers", () => {
  const transcript = (n: number, length = 20) =>
    Array.from({ length: n }, () => ({ role: "customer", text: "a".repeat(length) }));

  it("a plain agent is refused; a supervisor and an API key may run it", async () => {
    const { api } = await newWorkspace();
    const leo = await signedInAgent(api, { name: "Leo" });
    const sue = await signedInAgent(api, { name: "Sue", role: "supervisor" });
    const body = { messages: transcript(1) };
    expect((await leo.session("POST", "/api/v1/evaluate", body)).status).toBe(403);
    expect((await sue.session("POST", "/api/v1/evaluate", body)).status).toBe(200);
    expect((await api("POST", "/api/v1/evaluate", body)).status).toBe(200);
  });

  it("more than 200 messages, or a message over 2,000 characters, is a 400 transcript_too_large", async () => {
    const { api } = await newWorkspace();
    expect((await api("POST", "/api/v1/evaluate", { messages: transcript(200) })).status).toBe(200);
    const many = await api("POST", "/api/v1/evaluate", { messages: transcript(201) });
    expect([many.status, many.body.error.code]).toEqual([400, "transcript_too_large"]);
    const long = await api("POST", "/api/v1/evaluate", { messages: transcript(2, 2001) });
    expect([long.status, long.body.error.code]).toEqual([400, "transcript_too_large"]);
    expect(long.body.error.details).toEqual([{ field: "messages[0].text", reason: "over 2000 characters" }]);
  });
});
