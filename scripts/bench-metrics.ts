/**
 * `npm run bench:metrics`: how long GET /metrics's queries take on local D1 (workerd's SQLite) over the
 * demo history, for a month and for a year of it. Prints figures; docs/benchmarks.md keeps them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getPlatformProxy } from "wrangler";
import { computeMetrics } from "../workers/db/metrics";
import { DEMO_AGENTS } from "./demo";
import { demoHistory } from "./demo-history";

const RUNS = 20;
const state = mkdtempSync(path.join(tmpdir(), "baton-bench-metrics-"));
const env = {
  ...process.env,
  CI: "true",
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
};
const migrate = spawnSync("wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], {
  env,
});
if (migrate.status !== 0) throw new Error(String(migrate.stderr));
const proxy = await getPlatformProxy<Env>({
  configPath: "scripts/seed.wrangler.toml",
  persist: { path: path.join(state, "v3") },
});
try {
  const db = proxy.env.DB;
  const now = new Date();
  for (const days of [28, 365]) {
    const rows = demoHistory("ws_bench", DEMO_AGENTS, now, days);
    for (let i = 0; i < rows.length; i += 500) {
      await db.batch(rows.slice(i, i + 500).map((r) => db.prepare(r.sql).bind(...r.params)));
    }
    const from = new Date(now.getTime() - days * 86_400_000).toISOString();
    const query = { from, to: now.toISOString(), tz: "Europe/Paris", fcrDays: 7 };
    const times: number[] = [];
    let conversations = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      conversations = (await computeMetrics(db, "ws_bench", query)).conversations;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const ms = (p: number) => (times[Math.ceil((p / 100) * times.length) - 1] ?? 0).toFixed(1);
    console.log(
      `${days} days, ${conversations} conversations (${rows.length} rows): p50 ${ms(50)} ms, p90 ${ms(90)} ms over ${RUNS} runs`,
    );
  }
} finally {
  await proxy.dispose();
  rmSync(state, { recursive: true, force: true });
}
