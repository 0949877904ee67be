import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_SECRETS } from "../secrets";
import { accessibilityProblems } from "./axe";
import { launchChromium, requireChromium } from "./chromium";
import { startSystem } from "./system";

const invoices = `---
title: Download your invoices
tags: [billing]
---
Every invoice is a PDF under Settings, then Billing, then Invoices. Click an invoice to download its PDF.
`;
const slack = `<html><body><nav>Home · Docs</nav><main><h1>Connect Orbit to Slack</h1>
<p>Open Settings, then Integrations, and click Connect next to Slack.</p></main><footer>© Orbit</footer></body></html>`;

// The README's five minutes, walked by a newcomer: a new workspace, its help centre imported in the app's
// Set-up screen, an AI rep, the widget tag copied, the test page's chat answered from the import, and the
// rep's handoff shown to the agent.
describe.skipIf(!requireChromium())("onboarding a new workspace, in Chromium", () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  let browser: Browser;
  let context: BrowserContext;
  let app: Page;
  let site: Page;
  const email = `nia-${Date.now()}@example.com`;
  const password = "a long enough password";

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem(), launchChromium()]);
    // bypassCSP lets the test inject axe-core into the app, whose CSP allows only its own scripts.
    context = await browser.newContext({ viewport: { width: 1360, height: 900 }, bypassCSP: true });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: system.base });
    app = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it("creates a workspace with a supervisor, who signs in and opens Set up", async () => {
    const res = await fetch(`${system.base}/api/v1/workspaces`, {
      method: "POST",
      // Creating a workspace is the platform operator's (workers/auth/platform-token.ts).
      headers: { authorization: `Bearer ${TEST_SECRETS.PLATFORM_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "Orbit", supervisor: { name: "Nia", email, password } }),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { apiKey: string; supervisorId: string };
    // Nia takes every kind of question, so the handoff below comes to her whatever its topic.
    const skills = ["billing", "technical", "sales", "legal", "account"];
    const patched = await fetch(`${system.base}/api/v1/agents/${created.supervisorId}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${created.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ skills }),
    });
    expect(patched.status).toBe(200);

    await app.goto(`${system.base}/app/`);
    await app.getByLabel("Email").fill(email);
    await app.getByLabel("Password").fill(password);
    await app.getByRole("button", { name: "Sign in" }).click();
    await app.getByRole("button", { name: "Set up" }).click();
    await expect.poll(() => app.getByText("0 articles in your help centre now").count()).toBe(1);
  });

  it("imports Markdown and HTML files, and creates an AI rep", async () => {
    await app.getByLabel("Markdown, HTML or zip files").setInputFiles([
      { name: "invoices.md", mimeType: "text/markdown", buffer: Buffer.from(invoices) },
      { name: "slack.html", mimeType: "text/html", buffer: Buffer.from(slack) },
    ]);
    await app.getByRole("button", { name: "Import files" }).click();
    await expect
      .poll(() => app.locator(".setup-result").textContent())
      .toBe("Imported 2 files: 2 new, 0 updated, 0 unchanged.");
    await expect.poll(() => app.getByText("2 articles in your help centre now").count()).toBe(1);

    await app.getByLabel("New rep's name").fill("Sam from Orbit");
    await app.getByLabel("Greeting").fill("Hi, I'm Sam from Orbit. What can I help with?");
    await app.getByRole("button", { name: "Create rep" }).click();
    await expect.poll(() => app.getByLabel("The rep on your page").inputValue()).toBe("sam-from-orbit");
    expect(await accessibilityProblems(app)).toEqual([]);
  });

  it("copies the widget tag with the workspace's key and the rep", async () => {
    const tag = app.locator(".setup-tag");
    await expect.poll(() => tag.textContent()).toMatch(/data-key="pk_[\w-]+" data-rep="sam-from-orbit"/);
    // The clipboard is only for the focused page: with other browsers busy, make sure this one is.
    await app.bringToFront();
    await app.getByRole("button", { name: "Copy tag" }).click();
    await expect.poll(() => app.getByRole("button", { name: "Copied" }).count()).toBe(1);
    // Page script as a string: these test files compile without the DOM library.
    expect(await app.evaluate<string>("navigator.clipboard.readText()")).toBe(await tag.textContent());
    expect(await tag.textContent()).toMatch(
      new RegExp(
        `^<script src="${system.base}/widget\\.js" data-key="pk_[\\w-]+" data-rep="sam-from-orbit" defer></script>$`,
      ),
    );
  });

  it("opens a test page whose chat is the rep, answering from the imported help centre", async () => {
    [site] = await Promise.all([
      context.waitForEvent("page"),
      app.getByRole("link", { name: "Open a test page with your widget" }).click(),
    ]);
    await site.getByRole("button", { name: "Chat with us" }).click();
    const log = site.getByRole("log", { name: "Messages" });
    await expect
      .poll(() => log.locator(".msg.bot").first().textContent(), { timeout: 15_000 })
      .toMatch(/Hi, I'm Sam from Orbit/);
    await site.getByRole("textbox", { name: "Your message" }).fill("where can I download an invoice pdf?");
    await site.keyboard.press("Enter");
    await expect
      .poll(() => log.locator(".msg.bot").last().textContent(), { timeout: 15_000 })
      .toMatch(/Download your invoices/);
  });

  it("the rep hands over, and the agent sees which rep it was", async () => {
    await app.getByRole("button", { name: "Online" }).click();
    await site.getByRole("textbox", { name: "Your message" }).fill("I want to talk to a person please");
    await site.keyboard.press("Enter");
    await app.getByRole("button", { name: "Inbox" }).click();
    const item = app
      .getByRole("complementary", { name: "Your conversations" })
      .getByRole("listitem")
      .getByRole("button")
      .first();
    await item.click({ timeout: 15_000 });
    await expect
      .poll(() => app.getByRole("region", { name: "Brief" }).textContent(), { timeout: 10_000 })
      .toMatch(/Handed over by AI rep Sam from Orbit/);
  });
});
