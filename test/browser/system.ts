import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { seedDemo } from "../../scripts/seed";
import { TEST_SECRETS } from "../secrets";

const ROOT = path.join(import.meta.dirname, "../..");
const WRANGLER = path.join(ROOT, "node_modules/.bin/wrangler");
/** Offline and quiet, as `npm start` runs it. */
const ENV = {
  ...process.env,
  CI: "true",
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
};

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

/** A running `wrangler dev`: where it serves, its process, and its DevTools inspector (for profiling). */
export interface WranglerDev {
  base: string;
  pid: number;
  inspectorPort: number;
  stop: () => Promise<void>;
}

/**
 * The real system, as `npm start` runs it but in a fresh state folder on free ports: D1 migrated, the demo
 * seeded, `wrangler dev` serving the Worker, its Durable Objects and the built web (web/dist).
 */
export async function startSystem(
  options: { vars?: Record<string, string>; args?: string[] } = {},
): Promise<WranglerDev> {
  const state = mkdtempSync(path.join(tmpdir(), "baton-browser-"));
  const migrate = spawnSync(WRANGLER, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], {
    cwd: ROOT,
    env: ENV,
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`migrations failed: ${migrate.stderr}`);
  await seedDemo(path.join(state, "v3"));
  // The tests' own secrets, whatever a developer's .dev.vars holds (a fresh clone has none).
  const vars = Object.entries({ ...TEST_SECRETS, ...options.vars }).flatMap(([k, v]) => [
    "--var",
    `${k}:${v}`,
  ]);
  return runWranglerDev([...vars, ...(options.args ?? [])], { state, probe: "/api/v1/openapi.json" });
}

/**
 * `wrangler dev` on free ports with the given extra arguments (e.g. `-c other.toml`), persisting to `state`,
 * once `probe` answers. `pid` is wrangler's process, whose children run workerd.
 */
export async function runWranglerDev(
  args: string[],
  options: { state: string; probe: string },
): Promise<WranglerDev> {
  const [port, inspector] = [await freePort(), await freePort()];
  const dev: ChildProcess = spawn(
    WRANGLER,
    ["dev", "--port", String(port), "--ip", "127.0.0.1", "--inspector-port", String(inspector)].concat([
      "--persist-to",
      options.state,
      "--show-interactive-dev-session=false",
      ...args,
    ]),
    { cwd: ROOT, env: ENV, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  dev.stdout?.on("data", (d) => (output += d));
  dev.stderr?.on("data", (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}${options.probe}`)).status < 500) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || dev.exitCode !== null)
      throw new Error(`wrangler dev did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    pid: dev.pid ?? 0,
    inspectorPort: inspector,
    async stop() {
      const exited = new Promise((r) => dev.once("exit", r));
      dev.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      rmSync(options.state, { recursive: true, force: true });
    },
  };
}
