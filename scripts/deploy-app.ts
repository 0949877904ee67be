import { spawnSync } from "node:child_process";
import { apiAllowsApp, PAGES_STAGE, stagePagesApp } from "./lib/pages-app";

/**
 * `npm run deploy:app`: build the agent app and deploy it to a Cloudflare Pages project, pointed at the
 * Worker's API (docs/operations.md). `npm run deploy` deploys the Worker itself.
 *   BATON_API_ORIGIN     the Worker's origin, e.g. https://baton.example.workers.dev (required)
 *   BATON_PAGES_PROJECT  the Pages project (default baton-agent)
 *   BATON_PAGES_BRANCH   the branch to deploy as (default main: the project's production branch)
 *   BATON_APP_ORIGIN     the app's origin (custom domain), checked against the Worker's APP_ORIGINS first
 */
const apiOrigin = process.env.BATON_API_ORIGIN;
if (!apiOrigin) fail("Set BATON_API_ORIGIN to the Worker's origin, e.g. https://baton.example.workers.dev");
const project = process.env.BATON_PAGES_PROJECT || "baton-agent";
const branch = process.env.BATON_PAGES_BRANCH || "main";

run("tsx", ["scripts/build-web.ts"]);
try {
  stagePagesApp({ apiOrigin, outDir: PAGES_STAGE });
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}

const appOrigin = process.env.BATON_APP_ORIGIN;
if (appOrigin && !(await apiAllowsApp(apiOrigin, appOrigin).catch(() => false))) {
  fail(
    `${apiOrigin} does not let ${appOrigin} call it: add ${appOrigin} to APP_ORIGINS in [env.production] vars ` +
      "of wrangler.toml and run npm run deploy (or unset BATON_APP_ORIGIN to deploy anyway)",
  );
}
run("wrangler", ["pages", "deploy", PAGES_STAGE, "--project-name", project, "--branch", branch]);
console.log(`\n  The agent app is on Pages (${project}); its API is ${apiOrigin}.`);
if (!appOrigin)
  console.log("  List the app's origin in the Worker's APP_ORIGINS, or sign-in will be refused.");

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function fail(message: string): never {
  console.error(`deploy:app: ${message}`);
  process.exit(1);
}
