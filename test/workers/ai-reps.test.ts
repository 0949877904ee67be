import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoKnowledge } from "../../scripts/demo-knowledge";
import { getDb } from "../../workers/db/client";
import { ensureWidgetKey } from "../../workers/db/widget-keys";
import type { Message } from "../../workers/protocol/message";
import { type ApiClient, afterBotTurn, client, newWorkspace } from "./helpers";

// Several AI reps in one workspace: each answers with its own persona from its own part of the help centre,
// is chosen per conversation by API or widget, and is named in its handoffs.
let api: ApiClient;
let workspaceId = "";

const SALES = {
  id: "sales",
  name: "Sam from Sales",
  tone: "concise",
  greeting: "Hi, I'm Sam. Questions about plans and prices?",
  description: "You help visitors choose a plan.",
  scope: { tags: ["pricing", "subscription"] },
  handoffSkill: "sales",
};
const SUPPORT = { id: "support", name: "Supi", greeting: "Hello from support!" };

beforeAll(async () => {
  const ws = await newWorkspace("Orbit", { bot: true });
  await seedDemoKnowledge(getDb(env.DB), ws.id);
  api = ws.api;
  workspaceId = ws.id;
  expect((await api("PUT", "/api/v1/reps", { reps: [SALES, SUPPORT] })).status).toBe(200);
});

async function start(repId?: string) {
  const res = await api("POST", "/api/v1/conversations", repId ? { repId } : {});
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function ask(id: string, text: string) {
  await api("POST", `/api/v1/conversations/${id}/messages`, { text });
  const detail = await afterBotTurn(api, id);
  return { last: detail.messages.at(-1) as Message, detail };
}

describe("AI reps", () => {
  it("lists the reps with their defaults filled in", async () => {
    const { body } = await api("GET", "/api/v1/reps");
    expect(body.reps).toHaveLength(2);
    expect(body.reps[1]).toMatchObject({
      id: "support",
      tone: "friendly",
      confidenceThreshold: 0.4,
      enabled: true,
      scope: { tags: [] },
      handoffSkill: null,
    });
  });

  it("greets with the rep's own greeting, and the workspace's bot without a rep", async () => {
    const sales = (await api("GET", `/api/v1/conversations/${await start("sales")}`)).body;
    expect(sales.messages[0]).toMatchObject({ role: "bot", text: SALES.greeting });
    const plain = (await api("GET", `/api/v1/conversations/${await start()}`)).body;
    expect(plain.messages[0].text).not.toBe(SALES.greeting);
  });

  it("answers only from its part of the help centre", async () => {
    const sales = await start("sales");
    const plans = await ask(sales, "How much does the Business plan cost?");
    expect(plans.last.meta).toMatchObject({ botFailure: false, citations: [{ articleId: "kb_demo_plans" }] });
    const password = await ask(sales, "How do I reset my password?");
    expect(password.last.meta).toMatchObject({ botFailure: true });

    const support = await start("support");
    const answered = await ask(support, "How do I reset my password?");
    expect(answered.last.meta).toMatchObject({ citations: [{ articleId: "kb_demo_password" }] });
  });

  it("names the rep in its handoff and asks for the rep's skill", async () => {
    const id = await start("sales");
    const { detail } = await ask(id, "I want to talk to a person please");
    expect(detail.status).toBe("queued");
    expect(detail.handoff).toMatchObject({ rep: { id: "sales", name: "Sam from Sales" }, skill: "sales" });
  });

  it("is chosen by the widget too", async () => {
    const key = `pk_${crypto.randomUUID().replaceAll("-", "")}`;
    await ensureWidgetKey(getDb(env.DB), { workspaceId, key });
    const res = await client(key)("POST", "/api/v1/widget/conversations", { repId: "sales" });
    expect(res.status).toBe(201);
    const detail = (await api("GET", `/api/v1/conversations/${res.body.id}`)).body;
    expect(detail.messages[0].text).toBe(SALES.greeting);
  });

  it("refuses a conversation for a rep the workspace does not have, and creates nothing", async () => {
    const before = (await api("GET", "/api/v1/conversations?limit=100")).body;
    const res = await api("POST", "/api/v1/conversations", { repId: "nobody" });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_request", details: [{ field: "repId" }] });
    const after = (await api("GET", "/api/v1/conversations?limit=100")).body;
    expect(after).toEqual(before);
  });

  it("refuses reps with the same id or a bad field, and keeps the reps as they were", async () => {
    const twice = await api("PUT", "/api/v1/reps", { reps: [SUPPORT, SUPPORT] });
    expect(twice.status).toBe(400);
    expect(twice.body.error.details).toEqual([expect.objectContaining({ field: "reps[1].id" })]);
    const bad = await api("PUT", "/api/v1/reps", { reps: [{ ...SUPPORT, confidenceThreshold: 2 }] });
    expect(bad.body.error.details).toEqual([
      expect.objectContaining({ field: "reps[0].confidenceThreshold" }),
    ]);
    expect((await api("GET", "/api/v1/reps")).body.reps.map((r: { id: string }) => r.id)).toEqual([
      "sales",
      "support",
    ]);
  });

  it("keeps one workspace's reps from another's conversations", async () => {
    const other = await newWorkspace("Other", { bot: true });
    const res = await other.api("POST", "/api/v1/conversations", { repId: "sales" });
    expect(res.status).toBe(400);
    expect((await other.api("GET", "/api/v1/reps")).body.reps).toEqual([]);
  });
});
