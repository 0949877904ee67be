import type { Page } from "playwright-core";
import { DEFAULT_DEMO_AGENT_PASSWORD, DEFAULT_DEMO_API_KEY } from "../../scripts/demo";

/**
 * What the agent app's browser tests do again and again, against the system at `base()` (known once it has
 * started): call the API with the demo key, sign in, and find the inbox, the composer and the transcript.
 */
export function agentApp(base: () => string) {
  return {
    api: async (method: string, route: string, body?: unknown) => {
      const res = await fetch(`${base()}/api/v1${route}`, {
        method,
        headers: { authorization: `Bearer ${DEFAULT_DEMO_API_KEY}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      // biome-ignore lint/suspicious/noExplicitAny: a response body is whatever the assertions check it to be
      return (await res.json().catch(() => null)) as any;
    },
    signIn: async (page: Page, email: string) => {
      await page.goto(`${base()}/app/`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(DEFAULT_DEMO_AGENT_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
    },
    focused: (page: Page) => page.evaluate<string | null>("document.activeElement?.textContent ?? null"),
    inboxItems: (page: Page) =>
      page
        .getByRole("complementary", { name: "Your conversations" })
        .getByRole("listitem")
        .getByRole("button"),
    composer: (page: Page) => page.locator("#reply"),
    transcript: (page: Page) => page.getByRole("list", { name: "Transcript" }),
  };
}
