import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DEMO_AGENT_PASSWORD, DEFAULT_DEMO_API_KEY } from "../../scripts/demo";
import { accessibilityProblems } from "./axe";
import { launchChromium, requireChromium } from "./chromium";
import { startSystem } from "./system";

const QUESTIONS = ["Hello there", "How do I connect Slack?", "And with Teams?"];

describe.skipIf(!requireChromium())("the rules editor with its backtest, in Chromium", () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  let browser: Browser;
  let bea: Page;
  /** A live conversation the bot kept for three customer messages: a turn limit of 2 would hand it off. */
  let longChat = "";

  const api = async (method: string, route: string, body?: unknown) => {
    const res = await fetch(`${system.base}/api/v1${route}`, {
      method,
      headers: { authorization: `Bearer ${DEFAULT_DEMO_API_KEY}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: a response body is whatever the assertions check it to be
    return (await res.json()) as any;
  };
  const field = (label: string) => bea.getByLabel(label, { exact: true });

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem(), launchChromium()]);
    // bypassCSP lets the test inject axe-core into the app, whose CSP allows only its own scripts.
    bea = await (
      await browser.newContext({ viewport: { width: 1360, height: 900 }, bypassCSP: true })
    ).newPage();
    // Nobody answers (bot.mode off), so the chat stays with the bot as long as the rules let it.
    await api("PUT", "/settings", { bot: { mode: "off" } });
    longChat = (await api("POST", "/conversations", { customer: { name: "Lena" } })).id;
    for (const text of QUESTIONS) await api("POST", `/conversations/${longChat}/messages`, { text });
    await bea.goto(`${system.base}/app/`);
    await bea.getByLabel("Email").fill("bea@demo.baton.dev");
    await bea.getByLabel("Password").fill(DEFAULT_DEMO_AGENT_PASSWORD);
    await bea.getByRole("button", { name: "Sign in" }).click();
    await bea.getByRole("button", { name: "Rules" }).click();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it("shows the workspace's rules, with no accessibility problem", async () => {
    await expect.poll(() => field("Turn limit (customer messages)").inputValue()).toBe("6");
    expect(await field("Bot failures before a handoff").inputValue()).toBe("2");
    expect(await bea.getByRole("checkbox", { name: "billing" }).isChecked()).toBe(true);
    expect(await accessibilityProblems(bea)).toEqual([]);
  });

  it("shows the server's reasons next to the fields they name, and saves nothing", async () => {
    await field("Turn limit (customer messages)").fill("0");
    const patterns = field("Patterns (regular expressions, RE2 syntax, one a line)");
    const lines = (await patterns.inputValue()).split("\n").length;
    await patterns.fill(`${await patterns.inputValue()}\n(?=ahead)refund`);
    await bea.getByRole("button", { name: "Save rules" }).click();

    await expect.poll(() => bea.locator("#rules-error-turnLimit").textContent()).toMatch(/>=1/);
    expect(await field("Turn limit (customer messages)").getAttribute("aria-invalid")).toBe("true");
    expect(await bea.locator("#rules-error-patterns").textContent()).toMatch(
      new RegExp(`^Line ${lines + 1}: not a regular expression Baton can run`),
    );
    expect(await bea.getByRole("status").last().textContent()).toMatch(/Not saved/);
    expect((await api("GET", "/rules")).turnLimit).toBe(6);
    expect(await accessibilityProblems(bea)).toEqual([]);
    await patterns.fill((await patterns.inputValue()).split("\n").slice(0, lines).join("\n"));
  });

  it("tries a turn limit of 2 on past conversations before saving: predicted next to actual, the changed chat opens", async () => {
    await field("Turn limit (customer messages)").fill("2");
    await bea.getByRole("button", { name: "Try these rules" }).click();
    const panel = bea.getByRole("region", { name: "Backtest" });
    await expect.poll(() => panel.textContent()).toMatch(/Predicted handoff rate\d+ %/);
    expect(await panel.textContent()).toMatch(/Actual handoff rate\d+ %/);
    const row = panel.getByRole("row").filter({ hasText: longChat });
    expect(await row.textContent()).toMatch(/Kept by the bot.*Handed off \(Long chat\)/);
    // Tried, not saved.
    expect((await api("GET", "/rules")).turnLimit).toBe(6);
    expect(await accessibilityProblems(bea)).toEqual([]);

    await row.getByRole("button", { name: longChat }).click();
    const dialog = bea.getByRole("dialog", { name: `Conversation ${longChat}` });
    await expect
      .poll(() => dialog.getByRole("list", { name: "Transcript" }).textContent())
      .toMatch(/And with Teams\?/);
    expect(await accessibilityProblems(bea)).toEqual([]);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it("saves the rules it tried", async () => {
    await bea.getByRole("button", { name: "Save rules" }).click();
    await expect.poll(() => bea.getByRole("status").last().textContent()).toMatch(/^Saved/);
    const saved = await api("GET", "/rules");
    expect(saved.turnLimit).toBe(2);
    // The pattern removed after the error is not saved either.
    expect(saved.keywords.patterns.some((p: string) => p.includes("(?=ahead)"))).toBe(false);
  });
});
