import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSystem } from "./system";

/** The static assets' headers come from web/public/_headers, applied by the runtime's asset server. */
describe("security headers on the web app and the demo, under wrangler dev", () => {
  let system: Awaited<ReturnType<typeof startSystem>>;
  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(async () => system?.stop());

  it("the agent app may not be framed by another site and runs only its own scripts", async () => {
    const res = await fetch(`${system.base}/app/`);
    expect(res.status).toBe(200);
    const policy = res.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    await res.body?.cancel();
  });

  it("the widget script and the demo page are never sniffed, and the headers file is not served", async () => {
    for (const path of ["/widget.js", "/demo/"]) {
      const res = await fetch(`${system.base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      await res.body?.cancel();
    }
    const file = await fetch(`${system.base}/_headers`);
    expect(await file.text()).not.toContain("Content-Security-Policy");
  });
});
