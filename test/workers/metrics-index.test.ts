import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import * as SQL from "../../workers/db/metrics-sql";

it("reads the metrics' cohort through the workspace-and-creation index, not a table scan", async () => {
  const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${SQL.TOTALS}`)
    .bind("ws", "2026-03-01T00:00:00.000Z", "2026-03-08T00:00:00.000Z", null, null, null, null)
    .all<{ detail: string }>();
  const details = plan.results.map((r) => r.detail);
  expect(details.some((d) => d.includes("conversations_workspace_created"))).toBe(true);
  expect(details.filter((d) => /^SCAN (c|conversations)\b/.test(d))).toEqual([]);
});
