import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DEMO_AGENT_PASSWORD, DEMO_AGENTS, DEMO_WIDGET_KEY } from "../../scripts/demo";
import { widgetViolations } from "./axe";
import { launchChromium, requireChromium } from "./chromium";
import { demoApi, openShop } from "./shop";
import { startSystem } from "./system";

const FORM = {
  name: "optional",
  email: "required",
  topics: [
    { id: "invoices", label: "Invoices and payments", labels: { es: "Facturas y pagos" }, skill: "billing" },
    { id: "setup", label: "Setting Orbit up", skill: "technical" },
  ],
};

describe.skipIf(!requireChromium())("the pre-chat form and brand colours, in Chromium", () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  let browser: Browser;

  const api = (method: string, path: string, body?: unknown) => demoApi(system.base, method, path, body);
  const shop = (attrs: Record<string, string> = {}, options: Parameters<Browser["newContext"]>[0] = {}) =>
    openShop(browser, system.base, attrs, options);
  const log = (page: Page) => page.getByRole("log", { name: "Messages" });

  async function agentOnline(email: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
    await page.goto(`${system.base}/app/`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(DEFAULT_DEMO_AGENT_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Online" }).click();
    return page;
  }

  beforeAll(async () => {
    [system, browser] = await Promise.all([
      startSystem(),
      launchChromium(["--disable-features=LocalNetworkAccessChecks"]),
    ]);
    expect((await api("PUT", "/settings", { prechat: FORM })).status).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it("the customer fills the form; the agent with the topic's skill gets the chat and sees the answers", async () => {
    // Tom (technical) is online first, so he would be next in line if the topic did not route.
    const tom = await agentOnline("tom@demo.baton.dev");
    await expect
      .poll(
        async () =>
          (await api("GET", "/queue")).body.agents.find((a: { name: string }) => a.name === "Tom")?.status,
      )
      .toBe("online");
    const bea = await agentOnline("bea@demo.baton.dev");

    const { page, context } = await shop();
    await page.getByRole("button", { name: "Chat with us" }).click();
    const form = page.getByRole("form", { name: "Before we start, tell us a little about you" });
    await expect.poll(() => form.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByRole("textbox", { name: "Your message" }).isVisible()).toBe(false);
    expect(await widgetViolations(page)).toEqual([]);
    await form.getByLabel("Your name (optional)").fill("Grace");
    await form.getByLabel("Your email").fill("grace@example.com");
    await form.getByLabel("What is it about?").selectOption({ label: "Invoices and payments" });
    await form.getByRole("button", { name: "Start chat" }).click();

    await expect.poll(() => log(page).locator(".msg.bot").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByRole("textbox", { name: "Your message" }).fill("I want to talk to a person please");
    await page.keyboard.press("Enter");
    const id = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(`baton:${key}`) ?? "{}").id as string,
      DEMO_WIDGET_KEY,
    );
    const beaId = DEMO_AGENTS.find((a) => a.email === "bea@demo.baton.dev")?.id;
    await expect
      .poll(async () => (await api("GET", `/conversations/${id}`)).body.handoff?.agentId, { timeout: 15_000 })
      .toBe(beaId);
    const { body } = await api("GET", `/conversations/${id}`);
    expect(body.handoff.skill).toBe("billing");
    expect(body.customer).toEqual({
      name: "Grace",
      email: "grace@example.com",
      topic: { id: "invoices", label: "Invoices and payments" },
      unverifiedAttributes: { language: "en" },
    });

    await bea
      .getByRole("complementary", { name: "Your conversations" })
      .getByRole("listitem")
      .getByRole("button")
      .first()
      .click({ timeout: 15_000 });
    // The customer panel: who they are, then what they told the form.
    const panel = bea.locator("dl.customer");
    const said = async () => (await panel.allTextContents()).join(" ");
    await expect.poll(said, { timeout: 10_000 }).toMatch(/TopicInvoices and payments/);
    expect(await said()).toMatch(/NameGrace/);
    expect(await panel.locator(".verified").count()).toBe(0);
    await expect.poll(() => log(page).textContent(), { timeout: 10_000 }).toMatch(/Bea/);
    await Promise.all([context.close(), tom.context().close(), bea.context().close()]);
  });

  it("in Spanish on a phone: the form and the workspace's topic label are Spanish, 16 px inputs, 44 px targets", async () => {
    const { page, context, widget } = await shop(
      { "customer-name": "Lola" },
      { viewport: { width: 375, height: 700 }, isMobile: true, locale: "es-ES" },
    );
    await page.getByRole("button", { name: "Chatea con nosotros" }).click();
    const form = page.getByRole("form", { name: "Antes de empezar, cuéntanos un poco sobre ti" });
    await expect.poll(() => form.isVisible(), { timeout: 10_000 }).toBe(true);
    // The tag named the customer: the form does not ask again.
    expect(await form.getByLabel(/Tu nombre/).count()).toBe(0);
    const topic = form.getByLabel("¿Sobre qué es?");
    expect(await topic.locator("option").allTextContents()).toEqual([
      "Elige un tema",
      "Facturas y pagos",
      "Setting Orbit up",
    ]);
    for (const field of ["#baton-pre-email", "#baton-pre-topic"]) {
      const box = widget.locator(field);
      expect(await box.evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).fontSize)).toBe(
        "16px",
      );
      expect((await box.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    }
    expect(
      (await form.getByRole("button", { name: "Empezar el chat" }).boundingBox())?.height,
    ).toBeGreaterThanOrEqual(44);
    expect(await widgetViolations(page)).toEqual([]);
    await context.close();
  });

  for (const [brand, color, text] of [
    ["a light", "#ffd400", "rgb(0, 0, 0)"],
    ["a dark", "#0b1f3a", "rgb(255, 255, 255)"],
  ] as const) {
    it(`with ${brand} brand colour the text on it stays readable, and axe finds nothing serious`, async () => {
      const { page, context, widget } = await shop({ color, "customer-email": "ann@example.com" });
      const launcher = page.getByRole("button", { name: "Chat with us" });
      expect(await launcher.evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).color)).toBe(
        text,
      );
      expect(await widgetViolations(page)).toEqual([]);
      await launcher.click();
      const form = page.getByRole("form", { name: "Before we start, tell us a little about you" });
      await form.getByLabel("What is it about?").selectOption("setup");
      await form.getByRole("button", { name: "Start chat" }).click();
      await page.getByRole("textbox", { name: "Your message" }).fill("hello");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => log(page).locator(".msg.customer").last().getAttribute("data-state"), { timeout: 15_000 })
        .toBe("sent");
      expect(
        await widget
          .locator(".msg.customer .bubble")
          .evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).color),
      ).toBe(text);
      expect(await widgetViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
