import { createHmac } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_WIDGET_KEY } from "../../scripts/demo";
import { widgetViolations } from "./axe";
import { launchChromium, requireChromium } from "./chromium";
import { demoApi, openShop } from "./shop";
import { startSystem } from "./system";

const PAGE_OVERFLOW = "getComputedStyle(document.documentElement).overflow";

describe.skipIf(!requireChromium())("the widget in every state, in Chromium", () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  let browser: Browser;

  const api = (method: string, path: string, body?: unknown) => demoApi(system.base, method, path, body);

  const shop = (attrs: Record<string, string> = {}, options: Parameters<Browser["newContext"]>[0] = {}) =>
    openShop(browser, system.base, attrs, options);

  const log = (page: Page) => page.getByRole("log", { name: /Messages|Nachrichten/ });
  const customerMessages = async (id: string, text: string) =>
    (await api("GET", `/conversations/${id}`)).body.messages.filter(
      (m: { role: string; text: string }) => m.role === "customer" && m.text === text,
    ).length;
  const conversationId = (page: Page, user = "") =>
    page.evaluate(
      ([key, u]) =>
        JSON.parse(localStorage.getItem(u ? `baton:${key}:${u}` : `baton:${key}`) ?? "{}").id as string,
      [DEMO_WIDGET_KEY, user],
    );

  async function send(page: Page, text: string) {
    await page.getByRole("textbox", { name: /Your message|Ihre Nachricht/ }).fill(text);
    await page.keyboard.press("Enter");
  }

  beforeAll(async () => {
    // The shop's page is served by the test, which Chromium would count as a public site calling a local one.
    [system, browser] = await Promise.all([
      startSystem(),
      launchChromium(["--disable-features=LocalNetworkAccessChecks"]),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it("loads through a tiny loader: the versioned file is cached for a year, the loader for minutes", async () => {
    const loader = await fetch(`${system.base}/widget.js`);
    expect(loader.headers.get("cache-control")).toBe("public, max-age=300");
    const file = /widget-[0-9a-f]{12}\.js/.exec(await loader.text())?.[0];
    const versioned = await fetch(`${system.base}/${file}`);
    expect(versioned.status).toBe(200);
    expect(versioned.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("speaks the customer's language: a German browser gets German text and a German greeting", async () => {
    const { page, context } = await shop({}, { locale: "de-DE" });
    await page.getByRole("button", { name: "Schreiben Sie uns" }).click();
    await expect
      .poll(() => log(page).locator(".msg.bot").first().textContent(), { timeout: 15_000 })
      .toMatch(/Hallo/);
    expect(await page.getByRole("textbox", { name: "Ihre Nachricht" }).getAttribute("placeholder")).toBe(
      "Nachricht schreiben…",
    );
    await context.close();
  });

  it("a dropped network mid-chat: said at once, the message waits, then arrives exactly once", async () => {
    const { page, context } = await shop();
    await page.getByRole("button", { name: "Chat with us" }).click();
    await send(page, "first, while online");
    await expect
      .poll(() => log(page).locator(".msg.customer").last().getAttribute("data-state"))
      .toBe("sent");
    const id = await conversationId(page);

    await context.setOffline(true);
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Connection lost" }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await send(page, "sent while offline");
    const pending = log(page).locator(".msg.customer").last();
    await expect.poll(() => pending.textContent()).toMatch(/Will send when you're back online/);

    await context.setOffline(false);
    await expect.poll(() => pending.getAttribute("data-state"), { timeout: 20_000 }).toBe("sent");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Connection lost" }).count()).toBe(0);
    expect(await customerMessages(id, "sent while offline")).toBe(1);
    expect(await log(page).getByText("sent while offline").count()).toBe(1);
    await context.close();
  });

  it("a burst over the socket's budget: every message arrives once and none is shown as failed", async () => {
    const { page, context } = await shop();
    await page.getByRole("button", { name: "Chat with us" }).click();
    await expect.poll(() => log(page).locator(".msg.bot").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const texts = Array.from({ length: 12 }, (_, i) => `burst ${i}`);
    for (const text of texts) await send(page, text);
    const id = await conversationId(page);
    await expect
      .poll(async () => (await Promise.all(texts.map((t) => customerMessages(id, t)))).join(""), {
        timeout: 20_000,
      })
      .toBe("1".repeat(texts.length));
    await expect
      .poll(() =>
        log(page).locator('.msg.customer:is([data-state="pending"], [data-state="failed"])').count(),
      )
      .toBe(0);
    await context.close();
  });

  it("a long message shows its count against the limit; markup stays text, links are links", async () => {
    const { page, context, widget } = await shop();
    await page.getByRole("button", { name: "Chat with us" }).click();
    const box = page.getByRole("textbox", { name: "Your message" });
    await box.fill("x".repeat(3500));
    await expect.poll(() => widget.locator(".counter").textContent()).toBe("3500 of 4000 characters");
    await box.fill("y".repeat(4100));
    expect((await box.inputValue()).length).toBe(4000);
    await page.keyboard.press("Enter");
    await expect
      .poll(() => log(page).locator(".msg.customer").last().getAttribute("data-state"))
      .toBe("sent");

    await send(page, 'see <img src=x onerror="window.pwned=1"> https://orbit.example/help');
    await expect
      .poll(() => log(page).locator(".msg.customer").last().getAttribute("data-state"))
      .toBe("sent");
    const link = log(page).getByRole("link", { name: "https://orbit.example/help" });
    expect(await link.getAttribute("href")).toBe("https://orbit.example/help");
    expect(await page.evaluate('"pwned" in window')).toBe(false);
    expect(await widget.locator("img").count()).toBe(0);
    await context.close();
  });

  it("closed, it shows an unread count and a preview of what came meanwhile", async () => {
    const { page, context, widget } = await shop();
    await page.getByRole("button", { name: "Chat with us" }).click();
    await expect.poll(() => log(page).locator(".msg.bot").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Close chat" }).click();
    const id = await conversationId(page);
    const reply = { role: "bot", text: "Here is how to connect Slack: open Settings, then Integrations." };
    expect((await api("POST", `/conversations/${id}/messages`, reply)).status).toBe(201);
    await expect.poll(() => widget.locator(".badge").textContent(), { timeout: 10_000 }).toBe("1 new");
    expect(await widget.locator(".preview").textContent()).toBe(reply.text);
    await page.getByRole("button", { name: /Chat with us/ }).click();
    expect(await widget.locator(".badge").isVisible()).toBe(false);
    await context.close();
  });

  it("on a phone the page does not scroll behind the full-screen panel; inputs 16 px, targets 44 px; axe finds nothing serious", async () => {
    const { page, context, widget } = await shop(
      {},
      { viewport: { width: 375, height: 700 }, isMobile: true },
    );
    expect(await widgetViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Chat with us" }).click();
    await expect.poll(() => log(page).locator(".msg.bot").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(PAGE_OVERFLOW)).toBe("hidden");
    expect(
      await widget
        .locator("#baton-text")
        .evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).fontSize),
    ).toBe("16px");
    for (const name of ["Close chat", "Send"]) {
      const size = await page.getByRole("button", { name, exact: true }).boundingBox();
      expect(Math.min(size?.width ?? 0, size?.height ?? 0)).toBeGreaterThanOrEqual(44);
    }
    // The log is reachable by keyboard (to scroll it) and keeps its list.
    expect(await log(page).getAttribute("tabindex")).toBe("0");
    expect(await log(page).getByRole("list").count()).toBe(1);
    expect(await widgetViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Close chat" }).click();
    expect(await page.evaluate(PAGE_OVERFLOW)).toBe("visible");
    await context.close();
  });

  it("with verification enforced, an unverified visitor is asked to sign in (one already chatting too); a verified one chats, and finds the chat on another device", async () => {
    const secret = (await api("POST", "/widget/identity/secret")).body.secret as string;
    const early = await shop();
    await early.page.getByRole("button", { name: "Chat with us" }).click();
    await send(early.page, "hello before the rule");
    await expect
      .poll(() => log(early.page).locator(".msg.customer").last().getAttribute("data-state"), {
        timeout: 15_000,
      })
      .toBe("sent");
    expect((await api("PUT", "/widget/identity", { enforce: true })).status).toBe(200);
    await expect
      .poll(() => early.page.getByRole("alert").textContent(), { timeout: 10_000 })
      .toBe("Please sign in to chat with us");
    await send(early.page, "and after it");
    await expect
      .poll(() => log(early.page).locator(".msg.customer").last().getAttribute("data-state"))
      .toBe("failed");
    await early.context.close();

    const stranger = await shop();
    await stranger.page.getByRole("button", { name: "Chat with us" }).click();
    await expect
      .poll(() => stranger.page.getByRole("alert").textContent(), { timeout: 10_000 })
      .toBe("Please sign in to chat with us");
    await stranger.context.close();

    const signedIn = {
      "user-id": "orbit-user-1",
      "user-hash": createHmac("sha256", secret).update("orbit-user-1").digest("hex"),
    };
    const laptop = await shop(signedIn);
    await laptop.page.getByRole("button", { name: "Chat with us" }).click();
    await send(laptop.page, "my invoice is wrong");
    await expect
      .poll(() => log(laptop.page).locator(".msg.customer").last().getAttribute("data-state"))
      .toBe("sent");
    const id = await conversationId(laptop.page, "orbit-user-1");
    expect((await api("GET", `/conversations/${id}`)).body.customer).toMatchObject({
      id: "orbit-user-1",
      verified: ["id"],
    });
    await laptop.context.close();

    const phone = await shop(signedIn, { viewport: { width: 375, height: 700 } });
    await phone.page.getByRole("button", { name: "Chat with us" }).click();
    await expect
      .poll(() => log(phone.page).textContent(), { timeout: 10_000 })
      .toMatch(/my invoice is wrong/);
    await phone.context.close();
    await api("PUT", "/widget/identity", { enforce: false });
  });
});
