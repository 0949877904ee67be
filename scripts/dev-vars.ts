import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { DEV_SECRET_PREFIX } from "../workers/config";

/**
 * `.dev.vars`: the local Worker's secrets, read by `wrangler dev` only (never by `wrangler deploy`) and
 * git-ignored. Written once with a random token secret; an existing file is kept, missing keys are added.
 */
export function ensureDevVars(file = ".dev.vars"): void {
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  const has = (key: string) => devVar(key, file) !== undefined;
  const added = [
    ...(has("TOKEN_SECRET") ? [] : [`TOKEN_SECRET=${DEV_SECRET_PREFIX}${randomBytes(32).toString("hex")}`]),
    // The platform operator's token: creates workspaces (POST /api/v1/workspaces); printed by npm start.
    ...(has("PLATFORM_TOKEN")
      ? []
      : [`PLATFORM_TOKEN=${DEV_SECRET_PREFIX}platform-${randomBytes(24).toString("hex")}`]),
    // Marks this runtime as local: only then is a development secret accepted (workers/config.ts).
    ...(has("BATON_DEV") ? [] : ["BATON_DEV=true"]),
  ];
  if (added.length === 0) return;
  const separator = current === "" || current.endsWith("\n") ? "" : "\n";
  writeFileSync(file, `${current}${separator}${added.join("\n")}\n`);
}

/** A value of `.dev.vars` (e.g. the platform token `npm start` prints), or undefined. */
export function devVar(key: string, file = ".dev.vars"): string | undefined {
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  return new RegExp(`^${key}\\s*=\\s*(.*)$`, "m").exec(current)?.[1]?.trim();
}
