import { cpSync, existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AgentAppConfigSchema } from "../../workers/protocol/app-config";

const BUILT_APP = path.join(import.meta.dirname, "../../web/dist/app");

/**
 * The agent app as a Pages project serves it: the built app (`npm run build:web`) at the root of `outDir`,
 * with a `config.json` naming the API's origin. Refuses an origin that is not one, before anything is copied.
 */
export function stagePagesApp(options: { apiOrigin: string; outDir: string; builtApp?: string }): void {
  const built = options.builtApp ?? BUILT_APP;
  const config = AgentAppConfigSchema.safeParse({ apiOrigin: options.apiOrigin });
  if (!config.success) {
    throw new Error(
      `BATON_API_ORIGIN "${options.apiOrigin}" is not valid: ${config.error.issues[0]?.message}`,
    );
  }
  if (!existsSync(path.join(built, "index.html")))
    throw new Error("web/dist/app is missing: run npm run build:web");
  rmSync(options.outDir, { recursive: true, force: true });
  cpSync(built, options.outDir, { recursive: true });
  writeFileSync(path.join(options.outDir, "config.json"), `${JSON.stringify(config.data)}\n`);
}

/**
 * Whether the API at `apiOrigin` lets pages from `appOrigin` call it (its `APP_ORIGINS`), asked the way a
 * browser asks: a preflight of the sign-in.
 */
export async function apiAllowsApp(apiOrigin: string, appOrigin: string): Promise<boolean> {
  const res = await fetch(new URL("/api/v1/auth/login", apiOrigin), {
    method: "OPTIONS",
    headers: {
      origin: appOrigin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type",
    },
  });
  return res.ok && res.headers.get("access-control-allow-origin") === appOrigin;
}

/** Where the deploy and dev scripts stage the app (git-ignored with the rest of `.wrangler/`). */
export const PAGES_STAGE = path.join(import.meta.dirname, "../../.wrangler/pages-app");
