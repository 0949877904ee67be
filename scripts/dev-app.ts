import { spawnSync } from "node:child_process";
import { PAGES_STAGE, stagePagesApp } from "./lib/pages-app";
import { serveStatic } from "./lib/static-server";

/**
 * `npm run dev:app`: the agent app on an origin of its own, laid out as its Pages project is, against the
 * Worker of `npm start`. The Worker must list this origin: `APP_ORIGINS=http://localhost:8788` in `.dev.vars`.
 *   BATON_API_ORIGIN  the Worker (default http://localhost:8787)
 *   APP_PORT          this app's port (default 8788)
 */
const apiOrigin = process.env.BATON_API_ORIGIN || "http://localhost:8787";
const port = Number(process.env.APP_PORT || 8788);

const build = spawnSync("tsx", ["scripts/build-web.ts"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
stagePagesApp({ apiOrigin, outDir: PAGES_STAGE });
await serveStatic(PAGES_STAGE, port);
console.log(`
  Agent app on http://localhost:${port}/ against the API at ${apiOrigin}
  The Worker must allow this origin: APP_ORIGINS=http://localhost:${port} in .dev.vars, then restart npm start
`);
