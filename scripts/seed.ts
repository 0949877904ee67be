import { getPlatformProxy } from "wrangler";
import { createAgent } from "../workers/db/agents";
import { getDb } from "../workers/db/client";
import { ensureWidgetKey } from "../workers/db/widget-keys";
import { ensureWorkspace } from "../workers/db/workspaces";
import { DEMO_AGENTS, DEMO_WIDGET_KEY, DEMO_WORKSPACE, demoAgentPassword, demoApiKey } from "./demo";
import { seedDemoHistory } from "./demo-history";
import { seedDemoKnowledge } from "./demo-knowledge";

/**
 * Seeds the local D1 (the same state `wrangler dev` uses) through the Worker's own data functions, so the demo
 * is set up exactly as a real workspace would be. Idempotent: run it as often as you like. `persistPath` is
 * the state folder `wrangler dev --persist-to <dir>` uses, plus `/v3`.
 */
export async function seedDemo(persistPath = ".wrangler/state/v3"): Promise<void> {
  const { env, dispose } = await getPlatformProxy<Env>({
    configPath: "scripts/seed.wrangler.toml",
    persist: { path: persistPath },
  });
  try {
    const db = getDb(env.DB);
    await ensureWorkspace(db, { ...DEMO_WORKSPACE, apiKey: demoApiKey() });
    await ensureWidgetKey(db, { workspaceId: DEMO_WORKSPACE.id, key: DEMO_WIDGET_KEY });
    for (const agent of DEMO_AGENTS) {
      // createAgent leaves an existing agent (same email) as it is, so re-seeding keeps their changes.
      await createAgent(db, DEMO_WORKSPACE.id, { ...agent, password: demoAgentPassword() });
    }
    await seedDemoKnowledge(db, DEMO_WORKSPACE.id);
    await seedDemoHistory(env.DB, DEMO_WORKSPACE.id, DEMO_AGENTS);
  } finally {
    await dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await seedDemo();
