import { getPlatformProxy } from "wrangler";
import { getDb } from "../workers/db/client";
import { ensureWorkspace } from "../workers/db/workspaces";
import { DEMO_WORKSPACE, demoApiKey } from "./demo";

/**
 * Seeds the local D1 (the same state `wrangler dev` uses) through the Worker's own data functions, so the demo
 * is set up exactly as a real workspace would be. Idempotent: run it as often as you like.
 */
export async function seedDemo(): Promise<void> {
  const { env, dispose } = await getPlatformProxy<Env>({
    configPath: "scripts/seed.wrangler.toml",
    persist: { path: ".wrangler/state/v3" },
  });
  try {
    await ensureWorkspace(getDb(env.DB), { ...DEMO_WORKSPACE, apiKey: demoApiKey() });
  } finally {
    await dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await seedDemo();
