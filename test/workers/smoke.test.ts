import { env, exports } from "cloudflare:workers";
import { expect, it } from "vitest";

it("works", async () => {
  const r = await exports.default.fetch("http://x/");
  expect(await r.text()).toBe("ok");
  const rows = await env.DB.prepare("select count(*) as n from smoke").first();
  expect(rows).toEqual({ n: 0 });
});
