import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DEMO_AGENT_PASSWORD, DEFAULT_DEMO_API_KEY } from "../../scripts/demo";
import { widgetViolations } from "./axe";
import { launchChromium, requireChromium } from "./chromium";
import { startSystem } from "./system";

/** Screenshots of each app, to look at after a run; outside the repository. */
const SHOTS = process.env.BATON_SCREENSHOTS ?? path.join(tmpdir(), "baton-screenshots");

describe.skipIf(!requireChromium())("a customer's chat from the bot to an agent, in Chromium", () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  let browser: Browser;
  let customer: Page;
  let agent: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [system, browser] = await Promise.all([startSystem(), launchChromium()]);
    customer = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage();
    agent = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it("the customer asks the bot on the demo site and gets the help centre's answer", async () => {
    await customer.goto(`${system.base}/demo/`);
    await customer.getByRole("button", { name: "Chat with us" }).click();
    const log = customer.getByRole("log", { name: "Messages" });
    await expect.poll(() => log.locator(".msg.bot").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await customer.getByRole("textbox", { name: "Your message" }).fill("how do I connect Slack?");
    await customer.keyboard.press("Enter");
    await expect
      .poll(() => log.locator(".msg.bot").last().textContent(), { timeout: 15_000 })
      .toMatch(/Slack/);
    await expect.poll(() => log.locator(".msg.customer").last().getAttribute("data-state")).toBe("sent");
  });

  it("asking for a person hands over: the customer sees why and their place in line", async () => {
    await customer.getByRole("textbox", { name: "Your message" }).fill("I want to talk to a person please");
    await customer.keyboard.press("Enter");
    // Nobody is online yet: one sentence says so (never "number 1 in line" beside "nobody is available").
    const wait = customer.locator("[data-baton-widget] >> .wait");
    await expect
      .poll(() => wait.textContent(), { timeout: 15_000 })
      .toMatch(/^Nobody is available right now: leave your email/);
    await expect.poll(() => customer.locator("[data-baton-widget] >> .notice").count()).toBeGreaterThan(0);
    // Waiting, with the e-mail card open: still nothing serious for axe.
    await expect
      .poll(() => customer.getByLabel("Rather not wait? We'll answer by email").isVisible())
      .toBe(true);
    expect(await widgetViolations(customer)).toEqual([]);
    await customer.screenshot({ path: path.join(SHOTS, "widget-waiting.png") });
  });

  it("the agent signs in, goes online, and gets the conversation with its brief and transcript", async () => {
    // "Connect Slack" is a technical question, so it goes to Tom, the demo's technical agent.
    await signIn(agent, "tom@demo.baton.dev");
    await agent.getByRole("button", { name: "Online" }).click();
    const item = agent
      .getByRole("complementary", { name: "Your conversations" })
      .getByRole("listitem")
      .getByRole("button")
      .first();
    await item.click({ timeout: 15_000 });
    const brief = agent.getByRole("region", { name: "Brief" });
    await expect
      .poll(() => brief.textContent(), { timeout: 10_000 })
      .toMatch(/The customer asked for a person/);
    const transcript = agent.getByRole("list", { name: "Transcript" });
    await expect.poll(() => transcript.textContent()).toMatch(/how do I connect Slack\?/);
    await expect.poll(() => transcript.locator(".line.bot").count()).toBeGreaterThan(1);
    await expect.poll(() => customer.getByRole("log").textContent(), { timeout: 10_000 }).toMatch(/Tom/);
  });

  it("the agent's reply reaches the customer", async () => {
    await agent.getByLabel("Reply to the customer").fill("Hi, I'm Tom. Let's get Slack connected together.");
    await agent.keyboard.press("Enter");
    await expect
      .poll(() => customer.getByRole("log").textContent(), { timeout: 10_000 })
      .toMatch(/Let's get Slack connected together/);
    await customer.screenshot({ path: path.join(SHOTS, "widget-with-agent.png") });
    await agent.screenshot({ path: path.join(SHOTS, "agent-conversation.png") });
  });

  it("the agent's app survives a reload: still Online, the line agrees, the conversation still there", async () => {
    await agent.reload();
    const online = agent.getByRole("button", { name: "Online" });
    await expect.poll(() => online.getAttribute("aria-pressed"), { timeout: 10_000 }).toBe("true");
    await expect.poll(() => agent.getByText("Connecting…").count(), { timeout: 10_000 }).toBe(0);
    // Give a wrong status frame time to arrive, then ask the line itself.
    await new Promise((r) => setTimeout(r, 500));
    const tom = (await queue()).agents.find((a) => a.name === "Tom");
    expect(tom).toMatchObject({ status: "online", connected: true });
    await expect.poll(() => online.getAttribute("aria-pressed")).toBe("true");
    // The conversation is still on the desk, and opens again.
    const item = agent
      .getByRole("complementary", { name: "Your conversations" })
      .getByRole("listitem")
      .getByRole("button")
      .first();
    await item.click({ timeout: 10_000 });
    await expect
      .poll(() => agent.getByRole("list", { name: "Transcript" }).textContent(), { timeout: 10_000 })
      .toMatch(/Let's get Slack connected together/);
  });

  it("the agent resolves and the customer rates 5", async () => {
    await agent.getByRole("button", { name: "Resolve", exact: true }).click();
    const five = customer.getByRole("button", { name: "5 out of 5" });
    await five.click({ timeout: 10_000 });
    expect(await widgetViolations(customer)).toEqual([]);
    await customer.getByLabel("Anything to add? (optional)").fill("Tom was quick and kind");
    await customer.getByRole("button", { name: "Send rating" }).click();
    await expect
      .poll(() => customer.getByRole("log").textContent(), { timeout: 10_000 })
      .toMatch(/You rated this chat 5 out of 5/);
    await expect.poll(() => five.isVisible()).toBe(false);
    await expect
      .poll(() => customer.getByRole("status").filter({ hasText: "Thank you for your rating!" }).count())
      .toBe(1);
  });

  it("the customer's chat survives a reload, and the open panel stays open", async () => {
    await customer.reload();
    await expect.poll(() => customer.getByRole("dialog").isVisible(), { timeout: 10_000 }).toBe(true);
    await expect
      .poll(() => customer.getByRole("log").textContent(), { timeout: 10_000 })
      .toMatch(/Let's get Slack connected together/);
  });

  it("a supervisor sees the line and the agents", async () => {
    const supervisor = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
    await signIn(supervisor, "bea@demo.baton.dev");
    await supervisor.getByRole("button", { name: "Queue" }).click();
    await expect
      .poll(() => supervisor.getByRole("table").last().textContent(), { timeout: 10_000 })
      .toMatch(/Tom\s+online/);
    await supervisor.screenshot({ path: path.join(SHOTS, "agent-queue.png") });
  });

  it("a customer who left an email is on the follow-up list: answered by email, then resolved", async () => {
    const api = (path: string, body?: unknown) =>
      fetch(`${system.base}/api/v1${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers: { authorization: `Bearer ${DEFAULT_DEMO_API_KEY}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ id: string }>);
    // A billing question while nobody with billing is online: the customer leaves their email.
    const conv = await api("/conversations", { customer: { name: "Grace" } });
    await api(`/conversations/${conv.id}/handoff`, { skill: "billing" });
    await api(`/conversations/${conv.id}/email`, { email: "grace@example.com" });

    await agent.reload();
    await agent.getByRole("button", { name: "Follow-ups" }).click();
    const list = agent.getByRole("region", { name: "Follow-ups" });
    const item = list.getByRole("button", { name: /Grace/ });
    await item.click({ timeout: 10_000 });
    await agent.getByLabel(/Answer by email to grace@example.com/).fill("Hi Grace, your invoice is fixed.");
    await agent.getByRole("button", { name: "Send by email" }).click();
    const transcript = agent.getByRole("list", { name: "Transcript" });
    await expect
      .poll(() => transcript.textContent(), { timeout: 10_000 })
      .toMatch(/You · by email · [^H]*Hi Grace, your invoice is fixed\./);
    await agent.screenshot({ path: path.join(SHOTS, "agent-followup.png") });
    await agent.getByRole("button", { name: "Resolve", exact: true }).click();
    await expect.poll(() => list.count(), { timeout: 10_000 }).toBe(0);
  });

  it("an agent transfers with a note; the next agent starts from a brief that carries it", async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${system.base}/api/v1${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${DEFAULT_DEMO_API_KEY}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ id: string }>);
    const conv = await post("/conversations", { customer: { name: "Lin" } });
    await post(`/conversations/${conv.id}/messages`, { text: "the Slack app stopped posting" });
    // Handed to the technical line through the API, so the step does not hang on the model's reading.
    await post(`/conversations/${conv.id}/handoff`, { skill: "technical" });
    // Tom, online and technical, gets it; he passes it to billing with a note.
    const mine = agent.getByRole("complementary", { name: "Your conversations" });
    await mine.getByRole("button", { name: /^Mine/ }).click();
    await mine.getByRole("button", { name: /Lin/ }).click({ timeout: 15_000 });
    await agent.getByRole("button", { name: "Transfer" }).first().click();
    const form = agent.getByRole("form", { name: "Transfer the conversation" });
    await form.getByLabel("A skill").check();
    await form.getByLabel("Skill", { exact: true }).selectOption("billing");
    await form.getByLabel("Note for the next agent").fill("Customer was double charged in March, refund it");
    await form.getByRole("button", { name: "Transfer" }).click();
    await expect.poll(() => mine.getByRole("button", { name: /Lin/ }).count(), { timeout: 10_000 }).toBe(0);

    const bea = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
    await signIn(bea, "bea@demo.baton.dev");
    await bea.getByRole("button", { name: "Online" }).click();
    await bea
      .getByRole("complementary", { name: "Your conversations" })
      .getByRole("button", { name: /Lin/ })
      .click({ timeout: 15_000 });
    const brief = bea.getByRole("region", { name: "Brief" });
    await expect.poll(() => brief.textContent(), { timeout: 10_000 }).toMatch(/Passed on by Tom/);
    await expect.poll(() => brief.textContent()).toMatch(/Customer was double charged in March, refund it/);
    await bea.screenshot({ path: path.join(SHOTS, "agent-transferred-brief.png") });
    await expect.poll(() => customer.getByRole("log").textContent()).not.toMatch(/double charged in March/);
  });

  async function queue(): Promise<{ agents: { name: string; status: string; connected: boolean }[] }> {
    const res = await fetch(`${system.base}/api/v1/queue`, {
      headers: { authorization: `Bearer ${DEFAULT_DEMO_API_KEY}` },
    });
    return (await res.json()) as { agents: { name: string; status: string; connected: boolean }[] };
  }

  async function signIn(page: Page, email: string) {
    await page.goto(`${system.base}/app/`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(DEFAULT_DEMO_AGENT_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
  }
});
