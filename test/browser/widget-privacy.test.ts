import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_DEMO_AGENT_PASSWORD,
  DEFAULT_DEMO_API_KEY,
  DEMO_WIDGET_KEY,
  DEMO_WORKSPACE,
} from "../../scripts/demo";
import { launchChromium, requireChromium } from "./chromium";
import { startSystem } from "./system";

const REASON = "INTERNAL: customer flagged for fraud review";
const NOTE = "INTERNAL NOTE: chargeback history, do not refund";

describe.skipIf(!requireChromium())("the widget never receives an internal note, in Chromium", () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  let browser: Browser;
  let customer: Page;
  /** Every frame the widget's sockets received, as sent over the wire. */
  const received: string[] = [];

  const call = async (method: string, path: string, body?: unknown, token = DEFAULT_DEMO_API_KEY) => {
    const res = await fetch(`${system.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: a response body is whatever the assertions check it to be
    const json: any = await res.json();
    return { status: res.status, body: json };
  };

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem(), launchChromium()]);
    customer = await (await browser.newContext()).newPage();
    customer.on("websocket", (ws) => ws.on("framereceived", (f) => received.push(String(f.payload))));
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it("a forced handoff's reason and a transfer's note reach the agents, live and on reload never the widget", async () => {
    await customer.goto(`${system.base}/demo/`);
    await customer.getByRole("button", { name: "Chat with us" }).click();
    await customer.getByRole("textbox", { name: "Your message" }).fill("hello there");
    await customer.keyboard.press("Enter");
    const log = customer.getByRole("log", { name: "Messages" });
    await expect
      .poll(() => log.locator(".msg.customer").last().getAttribute("data-state"), { timeout: 15_000 })
      .toBe("sent");
    const id = await customer.evaluate(
      (key) => JSON.parse(localStorage.getItem(`baton:${key}`) ?? "{}").id as string,
      DEMO_WIDGET_KEY,
    );

    const tom = await call("POST", "/api/v1/auth/login", {
      email: "tom@demo.baton.dev",
      password: DEFAULT_DEMO_AGENT_PASSWORD,
      workspaceId: DEMO_WORKSPACE.id,
    });
    await call("PUT", "/api/v1/agents/ag_demo_tom/status", { status: "online" }, tom.body.token);
    expect(
      (await call("POST", `/api/v1/conversations/${id}/handoff`, { reason: REASON, skill: null })).status,
    ).toBe(200);
    await expect
      .poll(async () => (await call("GET", `/api/v1/conversations/${id}`)).body.status, { timeout: 10_000 })
      .toBe("assigned");
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toMatch(/Tom/);
    const moved = await call(
      "POST",
      `/api/v1/conversations/${id}/transfer`,
      { skill: "billing", note: NOTE },
      tom.body.token,
    );
    expect(moved.status).toBe(200);
    const seq = (await call("GET", `/api/v1/conversations/${id}`)).body.lastSeq as number;
    await expect.poll(() => received.some((f) => f.includes(`"seq":${seq}`)), { timeout: 10_000 }).toBe(true);

    // Agents have both; the widget, live and after a reload that replays the whole history, has neither.
    const agentsView = JSON.stringify((await call("GET", `/api/v1/conversations/${id}`)).body);
    expect(agentsView).toContain(REASON);
    expect(agentsView).toContain(NOTE);
    await customer.evaluate((key) => {
      const stored = JSON.parse(localStorage.getItem(`baton:${key}`) ?? "{}");
      localStorage.setItem(`baton:${key}`, JSON.stringify({ ...stored, messages: [] }));
    }, DEMO_WIDGET_KEY);
    const before = received.length;
    // The panel was open: it opens again by itself after the reload.
    await customer.reload();
    await expect
      .poll(() => received.slice(before).some((f) => f.includes(`"seq":${seq}`)), { timeout: 10_000 })
      .toBe(true);
    const wire = received.join("\n");
    for (const secret of ["INTERNAL", "fraud", "chargeback", '"note"', '"analysis"']) {
      expect(wire).not.toContain(secret);
    }
    expect(await customer.locator("body").textContent()).not.toMatch(/INTERNAL|fraud|chargeback/);
  });
});
