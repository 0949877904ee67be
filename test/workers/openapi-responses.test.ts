import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { strToU8, zipSync } from "fflate";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { TEST_SECRETS } from "../secrets";
import { newWorkspace } from "./helpers";
import {
  conformanceProblems,
  type Exchange,
  type OpenApiDocument,
  recordingClient,
  servedDocument,
} from "./openapi-walk";
import { eventually } from "./queue-helpers";
import { RECEIVER, receiver } from "./webhook-receiver";

afterEach(() => vi.restoreAllMocks());

const PASSWORD = "a long enough password";

/**
 * A workspace's life through the API, one call or more per documented route, as an integration, a
 * supervisor, an agent, the widget and the platform operator make them. Every answer is recorded.
 */
async function walkEveryRoute(doc: OpenApiDocument, log: Exchange[]) {
  const as = recordingClient(doc, log);
  const { id: workspaceId, apiKey } = await newWorkspace("Walked");
  const api = as(apiKey);
  const get = async (path: string) => (await api("GET", path)).body;

  // Set-up: agents, sign-in, teams.
  const sue = (
    await api("POST", "/api/v1/agents", {
      name: "Sue",
      email: "sue@walk.example",
      password: PASSWORD,
      skills: ["billing"],
      role: "supervisor",
    })
  ).body;
  const al = (
    await api("POST", "/api/v1/agents", { name: "Al", email: "al@walk.example", skills: ["billing"] })
  ).body;
  await api("GET", "/api/v1/agents");
  await api("GET", `/api/v1/agents/${al.id}`);
  await api("PATCH", `/api/v1/agents/${al.id}`, { maxConcurrent: 4 });
  const signIn = await as(null)("POST", "/api/v1/auth/login", {
    email: "sue@walk.example",
    password: PASSWORD,
    workspaceId,
  });
  const supervisor = as(signIn.body.token);
  await supervisor("GET", "/api/v1/auth/me");
  const team = (
    await api("POST", "/api/v1/teams", { name: "Billing", skills: ["billing"], agentIds: [sue.id] })
  ).body;
  await api("GET", "/api/v1/teams");
  await api("GET", `/api/v1/teams/${team.id}`);
  await api("PATCH", `/api/v1/teams/${team.id}`, { name: "Billing desk" });

  // Configuration.
  await api("GET", "/api/v1/rules");
  await api("PUT", "/api/v1/rules", { turnLimit: 7 });
  await api("GET", "/api/v1/settings");
  // Accept mode: the line offers, so the walk assigns by hand.
  await api("PUT", "/api/v1/settings", { routing: { mode: "accept" } });
  await api("GET", "/api/v1/persona");
  await api("PUT", "/api/v1/persona", { name: "Orbi" });
  await api("GET", "/api/v1/reps");
  await api("PUT", "/api/v1/reps", { reps: [{ id: "sales", name: "Sam", handoffSkill: "sales" }] });
  await api("POST", "/api/v1/evaluate", { messages: [{ role: "customer", text: "I want a refund" }] });
  const article = (
    await api("POST", "/api/v1/knowledge", {
      title: "Invoices",
      body: "Export invoices from Billing, then Export.",
    })
  ).body;
  await api("GET", "/api/v1/knowledge");
  await api("GET", "/api/v1/knowledge/search?q=invoices");
  await api("GET", `/api/v1/knowledge/${article.id}`);
  await api("PATCH", `/api/v1/knowledge/${article.id}`, { tags: ["billing"] });
  await api("POST", "/api/v1/knowledge/reindex");
  // Importing a help centre: files, a zip, and a sitemap on the tests' local site (import-site.ts).
  const imported = await api("POST", "/api/v1/knowledge/imports/files", {
    source: "walk",
    files: [{ path: "refunds.md", content: "# Refunds\n\nRefunds take five days." }],
  });
  await api(
    "POST",
    "/api/v1/knowledge/imports/zip",
    zipSync({ "plans.md": strToU8("# Plans\n\nThree plans.") }),
    {
      "content-type": "application/zip",
    },
  );
  const site = inject("importSite");
  await fetch(`${site}/__files/walk/sitemap.xml`, {
    method: "PUT",
    headers: { "content-type": "application/xml" },
    body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${site}/walk/a</loc></url></urlset>`,
  });
  await api("POST", "/api/v1/knowledge/imports/sitemap", {
    url: `${site}/walk/sitemap.xml`,
    delayMs: 60_000,
  });
  await api("GET", "/api/v1/knowledge/imports");
  await api("GET", `/api/v1/knowledge/imports/${imported.body.id}`);
  const canned = (await api("POST", "/api/v1/canned-replies", { shortcut: "hello", text: "Hello!" })).body;
  // A taken shortcut: the walk checks documented errors too.
  await api("POST", "/api/v1/canned-replies", { shortcut: "hello", text: "Hi again" });
  await supervisor("GET", "/api/v1/canned-replies");
  await api("PATCH", `/api/v1/canned-replies/${canned.id}`, { text: "Hello there!" });

  // Webhooks, with a receiver that answers.
  let secret = "";
  receiver(() => secret, 0);
  const hook = (await api("POST", "/api/v1/webhooks", { url: RECEIVER, events: ["conversation.created"] }))
    .body;
  secret = hook.secret;
  await api("GET", "/api/v1/webhooks");

  // A conversation from start to reopen.
  const conv = (
    await api("POST", "/api/v1/conversations", { customer: { name: "Ada", email: "ada@walk.example" } })
  ).body;
  const path = `/api/v1/conversations/${conv.id}`;
  await api("POST", `${path}/messages`, { text: "How do I export invoices?", clientId: "c-1" });
  await api("POST", `${path}/messages`, { text: "How do I export invoices?", clientId: "c-1" });
  await api("GET", "/api/v1/conversations");
  await api("GET", path);
  await api("GET", `${path}/messages?after=0`);
  await api("GET", `${path}/suggestions`);
  await api("POST", `${path}/handoff`, { reason: "asked on the phone" });
  await supervisor("PUT", `/api/v1/agents/${sue.id}/status`, { status: "online" });
  await api("PUT", `/api/v1/agents/${al.id}/status`, { status: "online" });
  await api("GET", "/api/v1/queue");
  await api("POST", `${path}/assign`, { agentId: sue.id });
  await supervisor("POST", `${path}/agent-token`);
  await supervisor("PUT", `${path}/handoff-rating`, { needed: true, summaryAccuracy: 4 });
  await api("POST", `${path}/transfer`, { agentId: al.id, note: "over to you" });
  await api("POST", `${path}/assign`, { agentId: al.id });
  await api("POST", `${path}/resolve`);
  await api("POST", `${path}/csat`, { score: 5 });
  await api("POST", `${path}/reopen`);

  await runDurableObjectAlarm(env.Conversation.getByName(conv.id));
  await runDurableObjectAlarm(env.Webhooks.getByName(workspaceId));
  const deliveries = await eventually(async () => {
    const { deliveries } = await get(`/api/v1/webhooks/${hook.id}/deliveries`);
    expect(deliveries.length).toBeGreaterThan(0);
    return deliveries;
  });
  await api("POST", `/api/v1/webhooks/${hook.id}/deliveries/${deliveries[0].id}/redeliver`);

  // A customer who would rather be answered by e-mail.
  const later = (await api("POST", "/api/v1/conversations", {})).body;
  await api("POST", `/api/v1/conversations/${later.id}/messages`, { text: "I was charged twice, refund me" });
  await api("POST", `/api/v1/conversations/${later.id}/email`, { email: "bob@walk.example" });
  await supervisor("GET", "/api/v1/followups");
  await supervisor("POST", `/api/v1/followups/${later.id}/reply`, {
    text: "Refunded: you will see it in 3 days.",
  });
  await supervisor("POST", `/api/v1/followups/${later.id}/resolve`);

  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await api("GET", `/api/v1/metrics?from=${day(-30)}&to=${day(1)}&tz=UTC`);
  await api("POST", "/api/v1/rules/backtest", { rules: { turnLimit: 1 } });
  await supervisor("PUT", `/api/v1/agents/${sue.id}/status`, { status: "away" });

  // The widget.
  const widgetKey = (await api("POST", "/api/v1/widget-keys", {})).body;
  await api("GET", "/api/v1/widget-keys");
  await api("PUT", `/api/v1/widget-keys/${widgetKey.id}/origins`, {
    allowedOrigins: ["https://shop.example"],
  });
  const started = await as(widgetKey.key)(
    "POST",
    "/api/v1/widget/conversations",
    { customer: { name: "Wanda" } },
    { origin: "https://shop.example" },
  );
  await as(started.body.customerToken)("GET", "/api/v1/widget/session", undefined, {
    origin: "https://shop.example",
  });
  await as(widgetKey.key)("GET", "/api/v1/widget/config", undefined, { origin: "https://shop.example" });
  await api("GET", "/api/v1/widget/identity");
  await api("POST", "/api/v1/widget/identity/secret");
  await api("PUT", "/api/v1/widget/identity", { enforce: false });

  // Keys, tenants, and the clean-up.
  const key = (await api("POST", "/api/v1/api-keys", { name: "Reporting", scopes: ["metrics:read"] })).body;
  await api("GET", "/api/v1/api-keys");
  await api("DELETE", `/api/v1/api-keys/${key.id}`);
  await as(TEST_SECRETS.PLATFORM_TOKEN)("POST", "/api/v1/workspaces", { name: "Another" });
  await api("DELETE", `/api/v1/widget-keys/${widgetKey.id}`);
  await api("DELETE", `/api/v1/webhooks/${hook.id}`);
  await api("DELETE", `/api/v1/canned-replies/${canned.id}`);
  await api("DELETE", `/api/v1/knowledge/${article.id}`);
  await api("DELETE", `/api/v1/teams/${team.id}`);
  await api("DELETE", `/api/v1/agents/${al.id}`);
  await supervisor("POST", "/api/v1/auth/logout");
}

/** Routes that cannot succeed in workerd tests, with why: their errors are still checked against the document. */
const NO_SUCCESS_HERE: Record<string, string> = {
  "POST /api/v1/knowledge/reindex": "needs the AI and VECTORIZE bindings, which are remote only (501 here)",
};

describe("every route against the OpenAPI document", () => {
  it("answers each documented route successfully, every answer with a documented status and its documented schema", async () => {
    const doc = await servedDocument();
    const log: Exchange[] = [];
    await walkEveryRoute(doc, log);

    const succeeded = new Set(log.filter((e) => e.status < 300).map((e) => `${e.method} ${e.route}`));
    const documented = Object.entries(doc.paths).flatMap(([route, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${route}`),
    );
    const failed = log
      .filter((e) => e.status >= 300)
      .map((e) => `${e.method} ${e.route} → ${e.status} ${JSON.stringify(e.body)}`);
    const missing = documented.filter((op) => !succeeded.has(op) && !(op in NO_SUCCESS_HERE));
    expect(missing, `calls that failed: ${failed.join("; ")}`).toEqual([]);
    expect(log.flatMap((e) => conformanceProblems(doc, e))).toEqual([]);
  });

  it("the check itself refuses a body that lacks a documented field, a wrong type, and an undocumented status", async () => {
    const doc = await servedDocument();
    const { apiKey } = await newWorkspace();
    const log: Exchange[] = [];
    await recordingClient(doc, log)(apiKey)("GET", "/api/v1/rules");
    const [rules] = log;
    if (!rules) throw new Error("no answer recorded");
    expect(conformanceProblems(doc, rules)).toEqual([]);
    const { turnLimit: _, ...withoutTurnLimit } = rules.body as Record<string, unknown>;
    expect(conformanceProblems(doc, { ...rules, body: withoutTurnLimit }).join()).toMatch(/turnLimit/);
    expect(
      conformanceProblems(doc, { ...rules, body: { ...withoutTurnLimit, turnLimit: "6" } }).join(),
    ).toMatch(/\/turnLimit/);
    expect(conformanceProblems(doc, { ...rules, status: 418 })).toEqual([
      "GET /api/v1/rules → 418: status not documented",
    ]);
  });
});
