import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import * as SQL from "../../workers/db/metrics-sql";

const BOUND = ["ws", "2026-03-01T00:00:00.000Z", "2026-03-08T00:00:00.000Z", null, null, null, null];
const OWN: Partial<Record<keyof typeof SQL, unknown[]>> = { FIRST_CONTACT: [7], SERIES: ["[]"] };

/** A full read of a table (aliases as the statements name them); the materialized cohort may be read whole. */
const TABLE_SCAN = /^SCAN (h|m|r|o|a|handoffs|messages|handoff_ratings|conversations)\b/;

it("reads every metric through indexes: the cohort by workspace and creation, the rest by conversation", async () => {
  for (const [name, sql] of Object.entries(SQL)) {
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(...BOUND, ...(OWN[name as keyof typeof SQL] ?? []))
      .all<{ detail: string }>();
    const details = plan.results.map((r) => r.detail);
    expect(
      details.some((d) => d.includes("conversations_workspace_created")),
      name,
    ).toBe(true);
    expect(
      details.filter((d) => TABLE_SCAN.test(d)),
      name,
    ).toEqual([]);
  }
});
