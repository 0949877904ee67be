import { spawn, spawnSync } from "node:child_process";
import { DEMO_AGENTS, DEMO_WIDGET_KEY, DEMO_WORKSPACE, demoAgentPassword, demoApiKey } from "./demo";
import { devVar, ensureDevVars } from "./dev-vars";
import { seedDemo } from "./seed";

/**
 * `npm start`: the whole system on this machine, offline: write `.dev.vars` (a random local token secret)
 * if there is none, build the web, migrate the local D1, seed the demo
 * workspace, run the Worker with its Durable Objects in workerd, and say what to open once it answers.
 */
const port = Number(process.env.PORT || 8787);
/** Offline: no telemetry, and no fetch of Cloudflare's `Request.cf` sample (a placeholder is used). */
const OFFLINE = { CLOUDFLARE_CF_FETCH_ENABLED: "false" };
const base = `http://localhost:${port}`;

ensureDevVars();
run("tsx", ["scripts/build-web.ts"]);
run("wrangler", ["d1", "migrations", "apply", "DB", "--local"]);
await seedDemo();

const dev = spawn(
  "wrangler",
  ["dev", "--port", String(port), "--ip", "127.0.0.1", "--show-interactive-dev-session=false"],
  {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", ...OFFLINE },
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));

await waitUntilServing(`${base}/api/v1/openapi.json`);
const key = demoApiKey();
console.log(`
  Baton is running offline at ${base}
  Demo workspace: ${DEMO_WORKSPACE.name} (${DEMO_WORKSPACE.id}), API key: ${key}
  Demo agents:    ${DEMO_AGENTS.map((a) => a.email).join(", ")}, password: ${demoAgentPassword()}
  Operator token: ${devVar("PLATFORM_TOKEN")}  (creates workspaces: POST /api/v1/workspaces; in .dev.vars)

  Demo site       ${base}/demo/  (a customer's page with the chat widget, key ${DEMO_WIDGET_KEY})
  Agent app       ${base}/app/   (sign in as an agent above; Tom takes technical questions, Bea billing)
  API reference   ${base}/api/v1/reference
  Try it          curl -s -X POST ${base}/api/v1/conversations -H 'authorization: Bearer ${key}' -H 'content-type: application/json' -d '{"customer":{"name":"Ada"}}'
`);

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, {
    stdio: "inherit",
    env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", ...OFFLINE },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function waitUntilServing(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within two minutes`);
}
