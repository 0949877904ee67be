import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DEMO_AGENT_PASSWORD } from "../../scripts/demo";
import { launchChromium, requireChromium } from "./chromium";
import { startSystem } from "./system";

describe.skipIf(!requireChromium())("the supervisor's dashboard, in Chromium", () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem(), launchChromium()]);
    page = await (
      await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true })
    ).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it("shows the seeded weeks as figures, charts, a table per trigger and per agent, and exports them as CSV", async () => {
    await page.goto(`${system.base}/app/`);
    await page.getByLabel("Email").fill("bea@demo.baton.dev");
    await page.getByLabel("Password").fill(DEFAULT_DEMO_AGENT_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Dashboard" }).click();

    const figures = page.getByRole("region", { name: "Figures" });
    await expect.poll(() => figures.textContent(), { timeout: 15_000 }).toMatch(/Handoff rate\d+ %/);
    // Four charts drawn on canvases, one point per day of the range.
    await expect.poll(() => page.locator(".chart canvas").count()).toBe(4);
    const triggers = page.getByRole("region", { name: "By trigger" }).locator("tbody tr");
    await expect.poll(() => triggers.count()).toBeGreaterThanOrEqual(4);
    expect(await triggers.first().textContent()).toMatch(/explicit request/);
    const agents = page.getByRole("region", { name: "By agent" }).locator("tbody tr");
    await expect
      .poll(() => agents.allTextContents())
      .toEqual([expect.stringMatching(/^Bea\d+/), expect.stringMatching(/^Tom\d+/)]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? "", "utf8").split("\r\n");
    expect(csv[0]).toBe(
      "day,conversations,handed off,handoff rate %,CSAT average,CSAT responses,time to assign p50 s",
    );
    expect(csv).toContain(
      "agent,conversations,time to assign p50 s,first response p50 s,handle average s,first contact resolution %,CSAT average",
    );
    // 28 days of history: every day of the range has a row.
    expect(csv.filter((line) => /^\d{4}-\d{2}-\d{2},/.test(line)).length).toBeGreaterThanOrEqual(28);
  });
});
