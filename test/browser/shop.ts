import type { Browser } from "playwright-core";
import { DEFAULT_DEMO_API_KEY, DEMO_WIDGET_KEY } from "../../scripts/demo";

/** A call to the demo workspace's API with its key, as the company's backend makes it. */
export async function demoApi(base: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${DEFAULT_DEMO_API_KEY}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: a response body is whatever the assertions check it to be
  return { status: res.status, body: (await res.json()) as any };
}

/** A customer's site on another origin than Baton's (localhost, not 127.0.0.1), embedding the widget. */
export const shopUrl = (base: string) => `${base.replace("127.0.0.1", "localhost")}/shop.html`;

/** A page of the shop with the widget's tag carrying `attrs`, in a fresh browser (a new device). */
export async function openShop(
  browser: Browser,
  base: string,
  attrs: Record<string, string> = {},
  options: Parameters<Browser["newContext"]>[0] = {},
) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, ...options });
  const tag = Object.entries({ key: DEMO_WIDGET_KEY, title: "Orbit", ...attrs })
    .map(([k, v]) => `data-${k}='${v}'`)
    .join(" ");
  await context.route(shopUrl(base), (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><title>Shop</title><main style="height:3000px"><h1>Shop</h1></main>
          <script src="${base}/widget.js" ${tag} defer></script>`,
    }),
  );
  const page = await context.newPage();
  await page.goto(shopUrl(base));
  return { context, page, widget: page.locator("[data-baton-widget]") };
}
