import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentApp } from "./agent-app";
import { accessibilityProblems, overflowsSideways } from "./axe";
import { launchChromium, requireChromium } from "./chromium";
import { startSystem } from "./system";

/** Screenshots for docs/agent-app.md when BATON_SCREENSHOTS is set (npm run screenshots:agent does). */
const SHOTS = process.env.BATON_SCREENSHOTS;
const NOTE = "Internal: customer is on the legacy Slack app, check the workspace id first";
const HANDOVER = "Handing over: Slack is connected, they now ask about the invoice";
const MARKUP = `<img src=x onerror="window.__pwned=1"><b>bold</b>`;

describe.skipIf(!requireChromium())("the agent workspace, in Chromium", () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  let browser: Browser;
  let customer: Page;
  let tom: Page;
  let bea: Page;
  /** Every frame the widget's sockets received. */
  const widgetFrames: string[] = [];
  /** The address of every socket Tom's app opened. */
  const tomSockets: string[] = [];

  const { api, signIn, focused, inboxItems, composer, transcript } = agentApp(() => system.base);
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  };
  const widgetLog = () => customer.getByRole("log", { name: "Messages" });

  beforeAll(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    [system, browser] = await Promise.all([startSystem(), launchChromium()]);
    const page = async (width: number, height: number) =>
      // bypassCSP lets the test inject axe-core into the app, whose CSP allows only its own scripts.
      (await browser.newContext({ viewport: { width, height }, bypassCSP: true })).newPage();
    [customer, tom, bea] = await Promise.all([page(1200, 800), page(1360, 860), page(1360, 860)]);
    customer.on("websocket", (ws) => ws.on("framereceived", (f) => widgetFrames.push(String(f.payload))));
    tom.on("websocket", (ws) => tomSockets.push(ws.url()));
    await api("POST", "/canned-replies", {
      shortcut: "slack-steps",
      text: "Open Settings, then Integrations, then Slack, and click Connect.",
    });
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it("the sign-in screen has no accessibility problem", async () => {
    await tom.goto(`${system.base}/app/`);
    await tom.getByLabel("Email").waitFor();
    expect(await accessibilityProblems(tom)).toEqual([]);
    await shot(tom, "agent-login");
  });

  it("a new assignment lands in Mine with the trigger, the last line, its time and an unread count", async () => {
    await signIn(tom, "tom@demo.baton.dev");
    // Focus starts at the agent's conversations after signing in.
    await expect.poll(() => focused(tom)).toBe("Your conversations");
    await tom.getByRole("button", { name: "Online" }).click();
    await customer.goto(`${system.base}/demo/`);
    await customer.getByRole("button", { name: "Chat with us" }).click();
    const box = customer.getByRole("textbox", { name: "Your message" });
    await box.fill(`how do I connect Slack? ${MARKUP}`);
    await customer.keyboard.press("Enter");
    await expect.poll(() => widgetLog().locator(".msg.bot").count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await box.fill("I want to talk to a person please");
    await customer.keyboard.press("Enter");

    const item = inboxItems(tom).first();
    await expect.poll(() => item.textContent(), { timeout: 15_000 }).toMatch(/Asked for a person/);
    expect(await item.textContent()).toMatch(/I want to talk to a person please/);
    expect(await item.textContent()).toMatch(/\d{1,2}:\d{2}/);
    expect(await item.locator(".count").textContent()).toMatch(/^\d+ unread$/);
    // The app's sockets (the line's and the conversation's) carry the session as a subprotocol, not in the URL.
    expect(tomSockets.some((url) => url.includes("/parties/queue/"))).toBe(true);
    expect(tomSockets.filter((url) => /[?&]token=/.test(url))).toEqual([]);
    await expect.poll(() => tom.title()).toMatch(/^\(\d+\) Baton/);
    expect(await accessibilityProblems(tom)).toEqual([]);
    await shot(tom, "agent-inbox");
  });

  it("opening it shows the brief, the transcript with times and authors, and the customer's markup as text", async () => {
    await inboxItems(tom).first().click();
    await expect.poll(() => tom.evaluate<string>("document.activeElement.id")).toBe("chat-title");
    await expect.poll(() => transcript(tom).textContent()).toMatch(/how do I connect Slack\?/);
    const lines = transcript(tom).locator(".line");
    expect(await lines.first().locator(".who").textContent()).toMatch(/^(Bot|Customer) · \d/);
    // The customer's markup is shown as they typed it: no element made of it, no script run.
    expect(await transcript(tom).textContent()).toContain(MARKUP);
    expect(await transcript(tom).locator("img, b").count()).toBe(0);
    expect(await tom.evaluate<boolean>("'__pwned' in window")).toBe(false);
    // Read now: the unread count is gone.
    await expect.poll(() => inboxItems(tom).first().locator(".count").count()).toBe(0);
    await expect.poll(() => tom.title()).toBe("Baton · Agent");
    expect(await accessibilityProblems(tom)).toEqual([]);
  });

  it("an internal note is in the agent's transcript, marked, and never reaches the widget", async () => {
    await tom.getByRole("button", { name: "Internal note" }).click();
    await composer(tom).fill(NOTE);
    await tom.keyboard.press("Enter");
    await expect
      .poll(() => transcript(tom).locator(".line.note").textContent())
      .toMatch(/You · internal note/);
    expect(await transcript(tom).locator(".line.note").textContent()).toContain(NOTE);
    await tom.getByRole("button", { name: "Reply", exact: true }).click();
  });

  it("the agent's typing shows in the widget", async () => {
    await composer(tom).pressSequentially("Hi", { delay: 20 });
    await expect
      .poll(() => customer.locator(".typing").textContent(), { timeout: 5000 })
      .toMatch(/is typing/);
    await composer(tom).fill("");
  });

  it("a suggestion fills the composer for editing and is not sent", async () => {
    await tom.getByRole("button", { name: "Suggest replies" }).click();
    const suggestions = tom.getByRole("region", { name: "Suggested replies" }).getByRole("listitem");
    await expect.poll(() => suggestions.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const first = (await suggestions.first().getByRole("button").textContent()) ?? "";
    await shot(tom, "agent-suggestions");
    await suggestions.first().getByRole("button").click();
    const text = await composer(tom).inputValue();
    expect(first.startsWith(text)).toBe(true);
    expect(text.length).toBeGreaterThan(10);
    expect(await widgetLog().textContent()).not.toContain(text);
    await composer(tom).fill("");
  });

  it("a canned reply comes with / and its shortcut, and is sent once the agent sends it", async () => {
    await composer(tom).fill("/slack");
    const canned = tom.getByRole("region", { name: "Canned replies" });
    await expect.poll(() => canned.textContent()).toMatch(/\/slack-steps/);
    await composer(tom).press("Enter");
    expect(await composer(tom).inputValue()).toBe(
      "Open Settings, then Integrations, then Slack, and click Connect.",
    );
    await composer(tom).press("Enter");
    await expect
      .poll(() => widgetLog().textContent(), { timeout: 10_000 })
      .toMatch(/Open Settings, then Integrations, then Slack/);
  });

  it("a transfer to a named agent carries the note, which the next agent reads first", async () => {
    await signIn(bea, "bea@demo.baton.dev");
    await bea.getByRole("button", { name: "Online" }).click();
    // The transfer form lists the agents as they are when it opens: wait until Bea's status is recorded.
    await expect
      .poll(
        async () =>
          (await api("GET", "/agents")).agents.find((a: { name: string }) => a.name === "Bea")?.status,
      )
      .toBe("online");
    await tom.getByRole("button", { name: "Transfer" }).click();
    await tom.getByLabel("An agent").check();
    await expect.poll(() => tom.getByLabel("Agent", { exact: true }).textContent()).toMatch(/Bea/);
    await tom.getByLabel("Agent", { exact: true }).selectOption({ label: "Bea (online)" });
    await tom.getByLabel("Note for the next agent").fill(HANDOVER);
    await shot(tom, "agent-transfer");
    await tom.getByRole("button", { name: "Transfer", exact: true }).last().click();
    await expect.poll(() => inboxItems(tom).count(), { timeout: 10_000 }).toBe(0);

    await inboxItems(bea).first().click({ timeout: 15_000 });
    const brief = bea.getByRole("region", { name: "Brief" });
    await expect.poll(() => brief.textContent(), { timeout: 10_000 }).toContain(HANDOVER);
    // Tom's internal note is there for Bea, by name.
    await expect
      .poll(() => transcript(bea).locator(".line.note").textContent())
      .toMatch(/Tom · internal note/);
    await shot(bea, "agent-conversation");
  });

  it("the widget never received the note or the transfer's note", async () => {
    await expect.poll(() => widgetLog().textContent(), { timeout: 10_000 }).toMatch(/Bea/);
    const wire = widgetFrames.join("\n");
    expect(wire).not.toContain(NOTE);
    expect(wire).not.toContain(HANDOVER);
  });

  it("resolve can be undone for a few seconds; then the agent rates the handoff", async () => {
    await bea.getByRole("button", { name: "Resolve", exact: true }).click();
    await bea.getByRole("button", { name: "Undo" }).click();
    expect(await bea.getByRole("status").filter({ hasText: "Resolving" }).count()).toBe(0);

    await bea.getByRole("button", { name: "Resolve", exact: true }).click();
    const dialog = bea.getByRole("dialog", { name: /How was the handoff/ });
    await dialog.waitFor({ timeout: 15_000 });
    // Had the undone resolve gone out, this second one would have been refused (already resolved).
    expect(await bea.getByRole("alert").filter({ hasText: "Could not resolve" }).count()).toBe(0);
    const { conversations } = await api("GET", "/conversations?status=resolved");
    const resolvedOnce = await api("GET", `/conversations/${conversations[0].id}`);
    expect(
      resolvedOnce.messages.filter((m: { meta: { to?: string } }) => m.meta.to === "resolved"),
    ).toHaveLength(1);
    expect(await accessibilityProblems(bea)).toEqual([]);
    await shot(bea, "agent-rating");
    await dialog.getByLabel("Yes").check();
    await dialog.getByLabel("4").check();
    await dialog.getByLabel("Comment (optional)").fill("Summary missed the invoice question");
    const sent = bea.waitForResponse(
      (r) => r.url().endsWith("/handoff-rating") && r.request().method() === "PUT",
    );
    await dialog.getByRole("button", { name: "Save rating" }).click();
    const response = await sent;
    expect(response.request().postDataJSON()).toEqual({
      needed: true,
      summaryAccuracy: 4,
      comment: "Summary missed the invoice question",
    });
    // Stored for the metrics (GET /api/v1/metrics counts it).
    expect(response.status()).toBe(200);
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it("the customer's rating shows in Resolved as it arrives", async () => {
    await bea.getByRole("button", { name: "Resolved", exact: true }).click();
    const list = bea.getByRole("complementary", { name: "Your conversations" });
    await expect.poll(() => list.textContent(), { timeout: 10_000 }).toMatch(/No rating yet/);
    await customer.getByRole("button", { name: "4 out of 5" }).click({ timeout: 10_000 });
    await customer.getByRole("button", { name: "Send rating" }).click();
    // Nobody refreshes: the line tells Bea's app.
    await expect.poll(() => list.textContent(), { timeout: 10_000 }).toMatch(/Customer rated 4\/5/);
    expect(await bea.getByRole("status").filter({ hasText: "rated the conversation 4/5" }).count()).toBe(1);
  });

  it("a supervisor assigns a waiting customer by name from the queue view, and it lands with the agent", async () => {
    // Billing waits while Bea, its only agent, is away: Tom (technical) stays online but is not offered it.
    await bea.getByRole("button", { name: "Away" }).click();
    const conv = await api("POST", "/conversations", { customer: { name: "Grace Hopper" } });
    await api("POST", `/conversations/${conv.id}/handoff`, { skill: "billing" });
    await bea.getByRole("button", { name: "Queue" }).click();
    const waiting = bea.getByRole("region", { name: /Waiting/ });
    await expect.poll(() => waiting.textContent(), { timeout: 10_000 }).toMatch(/Grace Hopper/);
    expect(await waiting.textContent()).not.toContain(conv.id);
    expect(await accessibilityProblems(bea)).toEqual([]);
    await shot(bea, "agent-queue");
    await waiting.getByRole("button", { name: "Grace Hopper" }).click();
    await expect.poll(() => bea.getByRole("region", { name: /read only/ }).count()).toBe(1);
    await waiting.getByLabel("Agent for Grace Hopper").selectOption({ index: 0 });
    const tomOption = await waiting
      .getByLabel("Agent for Grace Hopper")
      .locator("option", { hasText: "Tom" });
    await waiting
      .getByLabel("Agent for Grace Hopper")
      .selectOption((await tomOption.getAttribute("value")) ?? "");
    await waiting.getByRole("button", { name: "Assign" }).click();
    await expect.poll(() => waiting.getByRole("status").textContent()).toBe("Assigned to Tom.");
    await expect
      .poll(() => inboxItems(tom).first().textContent(), { timeout: 15_000 })
      .toMatch(/Grace Hopper/);
  });

  it("Alt+↓ opens the next conversation", async () => {
    await tom.keyboard.press("Alt+ArrowDown");
    await expect.poll(() => tom.getByRole("heading", { level: 2, name: "Grace Hopper" }).count()).toBe(1);
  });

  it("before a no-reply reassignment the agent sees a countdown, and I'm on it stops it", async () => {
    // A short reply time-out, and a chat the line assigns (a supervisor's choice starts no clock).
    await api("PUT", "/settings", { routing: { agentReplyTimeoutSeconds: 8, replyWarningSeconds: 4 } });
    const conv = await api("POST", "/conversations", { customer: { name: "Linus" } });
    await api("POST", `/conversations/${conv.id}/handoff`, { skill: "technical" });
    await inboxItems(tom).filter({ hasText: "Linus" }).click({ timeout: 10_000 });
    const countdown = tom.getByRole("alert").filter({ hasText: /Reply within \d+ s/ });
    await expect.poll(() => countdown.count(), { timeout: 10_000 }).toBe(1);
    await shot(tom, "agent-countdown");
    await countdown.getByRole("button", { name: "I'm on it" }).click();
    await expect.poll(() => countdown.count()).toBe(0);
    await composer(tom).fill("Hi Linus, I'm looking at it now.");
    await composer(tom).press("Enter");
    await expect
      .poll(() => transcript(tom).locator(".line.agent:not(.pending)").last().textContent(), {
        timeout: 10_000,
      })
      .toMatch(/I'm looking at it now/);
    await api("PUT", "/settings", { routing: { agentReplyTimeoutSeconds: 120, replyWarningSeconds: 30 } });
  });

  it("is usable and accessible at 820 px and on a phone", async () => {
    for (const [width, height, name] of [
      [820, 1180, "agent-tablet"],
      [390, 844, "agent-phone"],
    ] as const) {
      await tom.setViewportSize({ width, height });
      await expect.poll(() => overflowsSideways(tom)).toBe(false);
      expect(await accessibilityProblems(tom)).toEqual([]);
      await expect.poll(() => composer(tom).isVisible()).toBe(true);
      await shot(tom, name);
    }
  });
});
