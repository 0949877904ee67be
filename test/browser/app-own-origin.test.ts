import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DEMO_AGENT_PASSWORD, DEFAULT_DEMO_API_KEY } from "../../scripts/demo";
import { apiAllowsApp, stagePagesApp } from "../../scripts/lib/pages-app";
import { serveStatic } from "../../scripts/lib/static-server";
import { launchChromium, requireChromium } from "./chromium";
import { freePort, startSystem } from "./system";

/**
 * The agent app as `npm run deploy:app` puts it on Pages (the built app at the root of its own origin, a
 * config.json naming the API), served on a second port, against the Worker with that origin in APP_ORIGINS.
 */
describe.skipIf(!requireChromium())("the agent app on its own origin, against the Worker on another", () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  let browser: Browser;
  let server: Server;
  let app: string;
  let port: number;
  let stage = "";

  beforeAll(async () => {
    port = await freePort();
    app = `http://127.0.0.1:${port}`;
    [system, browser] = await Promise.all([startSystem({ vars: { APP_ORIGINS: app } }), launchChromium()]);
    stage = mkdtempSync(path.join(tmpdir(), "baton-pages-"));
    stagePagesApp({ apiOrigin: system.base, outDir: stage });
    server = await serveStatic(stage, port);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await system?.stop();
    if (stage) rmSync(stage, { recursive: true, force: true });
  });

  const api = (method: string, path: string, body?: unknown) =>
    fetch(`${system.base}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${DEFAULT_DEMO_API_KEY}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((r) => r.json() as Promise<Record<string, unknown>>);

  async function signIn(page: Page, origin: string) {
    await page.goto(`${origin}/`);
    await page.getByLabel("Email").fill("tom@demo.baton.dev");
    await page.getByLabel("Password").fill(DEFAULT_DEMO_AGENT_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
  }

  it("an agent signs in there, takes a chat and replies, and the reply is in the conversation", async () => {
    const agent = await (await browser.newContext()).newPage();
    await signIn(agent, app);
    await agent.getByRole("button", { name: "Online" }).click();
    // A customer of the demo workspace asks for a technical person.
    const conv = (await api("POST", "/conversations", { customer: { name: "Lin" } })) as { id: string };
    await api("POST", `/conversations/${conv.id}/messages`, { text: "my Slack sync stopped" });
    await api("POST", `/conversations/${conv.id}/handoff`, { skill: "technical" });

    const desk = agent.getByRole("complementary", { name: "Your conversations" });
    await desk.getByRole("button", { name: /Lin/ }).click({ timeout: 15_000 });
    await expect
      .poll(() => agent.getByRole("list", { name: "Transcript" }).textContent(), { timeout: 10_000 })
      .toMatch(/my Slack sync stopped/);
    await agent.getByLabel("Reply to the customer").fill("Hi Lin, Tom here from the agent app on Pages.");
    await agent.keyboard.press("Enter");
    await expect
      .poll(
        async () => {
          const detail = (await api("GET", `/conversations/${conv.id}`)) as { messages: { text: string }[] };
          return detail.messages.map((m) => m.text).join("\n");
        },
        { timeout: 10_000 },
      )
      .toMatch(/Tom here from the agent app on Pages/);
    // The page is on the app's origin; everything it did went to the Worker's.
    expect(new URL(agent.url()).origin).toBe(app);
  });

  it("the Worker still serves the same build at /app/, pointed at itself", async () => {
    const page = await fetch(`${system.base}/app`);
    // Relative asset paths need the trailing slash; the assets layer redirects to it.
    expect(new URL(page.url).pathname).toBe("/app/");
    expect(await page.text()).toContain('src="./assets/');
    expect(await (await fetch(`${system.base}/app/config.json`)).json()).toEqual({});
  });

  it("the same app on an origin not on the list cannot sign in: the Worker refuses it", async () => {
    // localhost and 127.0.0.1 are different origins to a browser; only the latter is listed.
    const elsewhere = `http://localhost:${port}`;
    const page = await (await browser.newContext()).newPage();
    await signIn(page, elsewhere);
    await expect.poll(() => page.getByRole("alert").count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByRole("button", { name: "Online" }).count()).toBe(0);
    expect(await apiAllowsApp(system.base, elsewhere)).toBe(false);
    expect(await apiAllowsApp(system.base, app)).toBe(true);
    const direct = await fetch(`${system.base}/api/v1/auth/login`, {
      method: "POST",
      headers: { origin: elsewhere, "content-type": "application/json" },
      body: JSON.stringify({ email: "tom@demo.baton.dev", password: DEFAULT_DEMO_AGENT_PASSWORD }),
    });
    expect(direct.status).toBe(403);
    expect(((await direct.json()) as { error: { code: string } }).error.code).toBe("origin_not_allowed");
  });
});
