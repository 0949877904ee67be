import { createHmac } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_WIDGET_KEY } from "../../scripts/demo";
import { agentApp } from "./agent-app";
import { accessibilityProblems, overflowsSideways } from "./axe";
import { launchChromium, requireChromium } from "./chromium";
import { startSystem } from "./system";

/** Screenshots for docs/agent-app.md when BATON_SCREENSHOTS is set. */
const SHOTS = process.env.BATON_SCREENSHOTS;

/**
 * Run in the agent's page before the app: desktop notifications and the chime's tones are recorded, and
 * `window.__hidden` stands for the tab being in the background (headless Chromium is always in front).
 * A string: this project's type-check has no DOM types outside web/.
 */
const CAPTURE_CUES = `
  window.__cues = { notifications: [], tones: 0 };
  window.__hidden = false;
  Object.defineProperty(Document.prototype, "hidden", { configurable: true, get: () => window.__hidden });
  const Real = window.Notification;
  class Recorded extends Real {
    constructor(title, options) {
      window.__cues.notifications.push({ title, body: options && options.body });
      super(title, options);
    }
  }
  Object.defineProperty(Recorded, "permission", { get: () => Real.permission });
  Recorded.requestPermission = Real.requestPermission.bind(Real);
  window.Notification = Recorded;
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...args) {
    window.__cues.tones++;
    return start.apply(this, args);
  };
`;

type Cues = { notifications: { title: string; body?: string }[]; tones: number };

describe.skipIf(!requireChromium())("the agent's desk: canned replies, cues, search, brief, reopen", () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  let browser: Browser;
  let tom: Page;
  let bea: Page;
  let customer: Page;
  const { api, signIn, inboxItems, composer, transcript } = agentApp(() => system.base);
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  };
  const cues = (page: Page) => page.evaluate<Cues>("window.__cues");
  const brief = (page: Page) => page.getByRole("region", { name: "Brief" });
  /** A customer's chat started by the company's backend, written in and handed to the technical line. */
  const handedOver = async (customer: object, text: string) => {
    const conv = await api("POST", "/conversations", { customer });
    await api("POST", `/conversations/${conv.id}/messages`, { text });
    await api("POST", `/conversations/${conv.id}/handoff`, { skill: "technical" });
    return conv.id as string;
  };
  const customerWrites = (id: string, text: string) => api("POST", `/conversations/${id}/messages`, { text });
  let ada = "";

  beforeAll(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    [system, browser] = await Promise.all([
      startSystem(),
      launchChromium(["--autoplay-policy=no-user-gesture-required"]),
    ]);
    const context = (width: number) =>
      // bypassCSP lets the test inject axe-core into the app, whose CSP allows only its own scripts.
      browser.newContext({ viewport: { width, height: 860 }, bypassCSP: true });
    const tomContext = await context(1360);
    await tomContext.grantPermissions(["notifications"], { origin: system.base });
    await tomContext.addInitScript({ content: CAPTURE_CUES });
    [tom, bea, customer] = await Promise.all([
      tomContext.newPage(),
      context(1360).then((c) => c.newPage()),
      context(1200).then((c) => c.newPage()),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it("a supervisor adds, edits and deletes canned replies; each mistake shows under its field", async () => {
    await signIn(bea, "bea@demo.baton.dev");
    await bea.getByRole("button", { name: "Canned replies" }).click();
    const form = bea.getByRole("region", { name: "New canned reply" });
    await form.getByLabel("Shortcut").fill("Refund Policy");
    await form.getByRole("button", { name: "Add" }).click();
    await expect
      .poll(() => bea.locator("#canned-new-shortcut-error").textContent())
      .toBe("lowercase letters and digits, words joined by -");
    expect(await bea.locator("#canned-new-text-error").textContent()).toBe("must not be empty");
    expect(await form.getByLabel("Shortcut").getAttribute("aria-invalid")).toBe("true");
    expect(await form.getByLabel("Shortcut").getAttribute("aria-describedby")).toBe(
      "canned-new-shortcut-error",
    );
    expect(await bea.evaluate<string>("document.activeElement.id")).toBe("canned-new-shortcut");
    expect((await api("GET", "/canned-replies")).replies).toEqual([]);

    await form.getByLabel("Shortcut").fill("refund");
    await form.getByLabel("Text").fill("Refunds reach your card in 5 days.");
    await form.getByRole("button", { name: "Add" }).click();
    const list = bea.getByRole("list", { name: "Canned replies" });
    await expect.poll(() => list.textContent()).toMatch(/\/refund/);
    // The same shortcut again: the API's refusal lands under the shortcut.
    await form.getByLabel("Shortcut").fill("refund");
    await form.getByLabel("Text").fill("Another text");
    await form.getByRole("button", { name: "Add" }).click();
    await expect
      .poll(() => bea.locator("#canned-new-shortcut-error").textContent())
      .toBe("another canned reply uses it");

    await list.getByRole("button", { name: "Edit /refund" }).click();
    await list.getByLabel("Text").fill("Refunds reach your card within 5 working days.");
    await list.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => list.textContent()).toMatch(/within 5 working days/);
    await form.getByLabel("Shortcut").fill("old-promo");
    await form.getByLabel("Text").fill("Spring promo: 20% off.");
    await form.getByRole("button", { name: "Add" }).click();
    await expect.poll(() => list.textContent()).toMatch(/\/old-promo/);
    expect(await accessibilityProblems(bea)).toEqual([]);
    await shot(bea, "agent-canned");
    // On a phone the screen still fits: nothing scrolls sideways.
    await bea.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => overflowsSideways(bea)).toBe(false);
    expect(await accessibilityProblems(bea)).toEqual([]);
    await bea.setViewportSize({ width: 1360, height: 860 });
    await list.getByRole("button", { name: "Delete /old-promo" }).click();
    await expect.poll(() => list.textContent()).not.toMatch(/old-promo/);
    const { replies } = await api("GET", "/canned-replies");
    expect(replies.map((r: { shortcut: string; text: string }) => [r.shortcut, r.text])).toEqual([
      ["refund", "Refunds reach your card within 5 working days."],
    ]);
  });

  it("an agent reads the canned replies and cannot change them", async () => {
    await signIn(tom, "tom@demo.baton.dev");
    await tom.getByRole("button", { name: "Canned replies" }).click();
    const list = tom.getByRole("list", { name: "Canned replies" });
    await expect.poll(() => list.textContent()).toMatch(/within 5 working days/);
    expect(await tom.getByRole("button", { name: /^(Edit|Delete) / }).count()).toBe(0);
    expect(await tom.getByRole("region", { name: "New canned reply" }).count()).toBe(0);
    expect(await accessibilityProblems(tom)).toEqual([]);
    await tom.getByRole("button", { name: "Inbox" }).click();
  });

  it("in the background, a new assignment and a new customer message chime, notify and count in the title", async () => {
    await tom.getByRole("button", { name: "Online" }).click();
    await tom.evaluate("window.__hidden = true");
    ada = await handedOver({ name: "Ada Lovelace", email: "ada@example.com" }, "My CSV export fails");
    await expect
      .poll(async () => (await cues(tom)).notifications.map((n) => n.title), { timeout: 15_000 })
      .toContain("New conversation");
    expect((await cues(tom)).tones).toBeGreaterThan(0);
    await expect.poll(() => tom.title()).toBe("(1) Baton · Agent");

    const tones = (await cues(tom)).tones;
    await customerWrites(ada, "Are you there?");
    await expect
      .poll(async () => (await cues(tom)).notifications.at(-1), { timeout: 10_000 })
      .toEqual({ title: "New message from Ada Lovelace", body: "Are you there?" });
    expect((await cues(tom)).tones).toBeGreaterThan(tones);
    await expect.poll(() => tom.title()).toBe("(2) Baton · Agent");
    await tom.evaluate("window.__hidden = false");
  });

  it("search finds a conversation by the customer's name, e-mail or any text", async () => {
    await handedOver(
      { name: "Grace Hopper", email: "grace@navy.example" },
      "Invoice 4471 shows the wrong plan",
    );
    await expect.poll(() => inboxItems(tom).count(), { timeout: 15_000 }).toBe(2);
    const search = tom.getByLabel("Search by customer, e-mail or text");
    for (const [query, who] of [
      ["lovelace", "Ada Lovelace"],
      ["NAVY.example", "Grace Hopper"],
      ["4471", "Grace Hopper"],
      ["are you there", "Ada Lovelace"],
    ] as const) {
      await search.fill(query);
      await expect.poll(() => inboxItems(tom).allTextContents()).toEqual([expect.stringContaining(who)]);
    }
    await search.fill("nobody wrote this");
    await expect.poll(() => inboxItems(tom).count()).toBe(0);
    await search.fill("");
    await expect.poll(() => inboxItems(tom).count()).toBe(2);
  });

  it("the customer panel marks an identity the company's server verified", async () => {
    const { secret } = await api("POST", "/widget/identity/secret");
    const started = await fetch(`${system.base}/api/v1/widget/conversations`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEMO_WIDGET_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({
        customer: { name: "Linus" },
        userId: "orbit-user-7",
        userHash: createHmac("sha256", secret).update("orbit-user-7").digest("hex"),
      }),
    });
    const { id } = (await started.json()) as { id: string };
    await customerWrites(id, "The desktop app crashes on start");
    await api("POST", `/conversations/${id}/handoff`, { skill: "technical" });
    await inboxItems(tom).filter({ hasText: "Linus" }).click({ timeout: 15_000 });
    await expect.poll(() => brief(tom).textContent()).toMatch(/Identity verified: user id/);
    expect(await brief(tom).textContent()).toMatch(/User idorbit-user-7/);
    // The page gave the name; the server vouched only for the id.
    expect(await brief(tom).textContent()).toMatch(/Linus · not verified/);
    await api("POST", `/conversations/${id}/resolve`);
  });

  it("the brief's mood is drawn message by message, said in words, and kept live", async () => {
    await inboxItems(tom).filter({ hasText: "Ada Lovelace" }).click();
    const trail = brief(tom).getByRole("img", { name: /^Mood over/ });
    await expect
      .poll(() => trail.getAttribute("aria-label"), { timeout: 10_000 })
      .toMatch(/^Mood over the last 2 messages, oldest first: \w+, \w+$/);
    await customerWrites(ada, "This is useless, I am furious, nothing works!!!");
    await expect
      .poll(() => trail.getAttribute("aria-label"), { timeout: 10_000 })
      .toMatch(/^Mood over the last 3 messages, oldest first: \w+, \w+, unhappy$/);
    expect(await trail.locator(".mood-mark").count()).toBe(3);
    expect(await accessibilityProblems(tom)).toEqual([]);
    await shot(tom, "agent-brief");
  });

  it("a link the customer sends opens from the transcript, in a new tab", async () => {
    await customerWrites(ada, "Screenshot: https://files.example.com/shot.png.");
    const link = transcript(tom).getByRole("link", { name: "https://files.example.com/shot.png" });
    await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(1);
    expect(await link.getAttribute("href")).toBe("https://files.example.com/shot.png");
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toMatch(/noopener/);
  });

  it("the Waiting and Follow-ups lists and the supervisor's Dashboard have no accessibility problem", async () => {
    for (const view of ["Waiting", "Follow-ups"]) {
      await tom.getByRole("button", { name: view, exact: true }).click();
      await tom.getByRole("button", { name: view, exact: true, pressed: true }).waitFor();
      expect(await accessibilityProblems(tom)).toEqual([]);
    }
    await tom.getByRole("button", { name: /^Mine/ }).click();
    await bea.getByRole("button", { name: "Dashboard" }).click();
    await expect
      .poll(() => bea.getByRole("region", { name: "Figures" }).textContent(), { timeout: 15_000 })
      .toMatch(/Handoff rate\d+ %/);
    expect(await accessibilityProblems(bea)).toEqual([]);
  });

  it("a canned reply changed on the screen is what / inserts", async () => {
    await composer(tom).fill("/ref");
    await expect
      .poll(() => tom.getByRole("region", { name: "Canned replies" }).textContent())
      .toMatch(/\/refund/);
    await composer(tom).press("Enter");
    expect(await composer(tom).inputValue()).toBe("Refunds reach your card within 5 working days.");
    await composer(tom).fill("");
  });

  it("a resolved chat reopens from Resolved into Mine, and the customer writes again", async () => {
    await customer.goto(`${system.base}/demo/`);
    await customer.getByRole("button", { name: "Chat with us" }).click();
    const box = customer.getByRole("textbox", { name: "Your message" });
    await box.fill("I want to talk to a person please");
    await box.press("Enter");
    const widget = customer.getByRole("log", { name: "Messages" });
    await expect.poll(() => widget.textContent(), { timeout: 15_000 }).toMatch(/Tom/);
    const item = inboxItems(tom).filter({ hasText: "I want to talk to a person" });
    await item.click();
    const name = (await tom.locator("#chat-title").textContent()) ?? "";
    await tom.getByRole("button", { name: "Resolve", exact: true }).click();
    await tom.getByRole("dialog", { name: /How was the handoff/ }).waitFor({ timeout: 15_000 });
    await tom.keyboard.press("Escape");

    await tom.getByRole("button", { name: "Resolved", exact: true }).click();
    const resolved = tom
      .getByRole("region", { name: "Resolved" })
      .getByRole("button", { name: new RegExp(name) });
    await expect.poll(() => resolved.count(), { timeout: 15_000 }).toBe(1);
    await resolved.click();
    await expect.poll(() => tom.evaluate<string>("document.activeElement.id")).toBe("resolved-title");
    await expect.poll(() => tom.locator("#resolved-title").textContent()).toBe(`${name} (resolved)`);
    await expect.poll(() => transcript(tom).textContent()).toMatch(/I want to talk to a person please/);
    expect(await accessibilityProblems(tom)).toEqual([]);
    await shot(tom, "agent-resolved");
    await tom.getByRole("button", { name: "Reopen" }).click();

    // Back in Mine, open, with the focus on it.
    await expect.poll(() => tom.locator("#chat-title").textContent(), { timeout: 15_000 }).toBe(name);
    expect(await tom.getByRole("button", { name: /^Mine/ }).getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => tom.evaluate<string>("document.activeElement.id")).toBe("chat-title");
    await box.fill("Sorry, one more question about exports");
    await box.press("Enter");
    await expect
      .poll(() => transcript(tom).locator(".line.customer").last().textContent(), { timeout: 10_000 })
      .toMatch(/one more question about exports/);
    await composer(tom).fill("Sure, go ahead.");
    await composer(tom).press("Enter");
    await expect.poll(() => widget.textContent(), { timeout: 10_000 }).toMatch(/Sure, go ahead\./);
  });
});
