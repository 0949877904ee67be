import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { DEV_SECRET_PREFIX } from "../workers/config";

/**
 * `.dev.vars`: the local Worker's secrets, read by `wrangler dev` only (never by `wrangler deploy`) and
 * git-ignored. Written once with a random token secret; an existing file is kept, missing keys are added.
 */
export function ensureDevVars(file = ".dev.vars"): void {
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  const has = (key: string) => new RegExp(`^${key}\\s*=`, "m").test(current);
  const added = [
    ...(has("TOKEN_SECRET") ? [] : [`TOKEN_SECRET=${DEV_SECRET_PREFIX}${randomBytes(32).toString("hex")}`]),
    // Marks this runtime as local: only then is a development secret accepted (workers/config.ts).
    ...(has("BATON_DEV") ? [] : ["BATON_DEV=true"]),
  ];
  if (added.length === 0) return;
  const separator = current === "" || current.endsWith("\n") ? "" : "\n";
  writeFileSync(file, `${current}${separator}${added.join("\n")}\n`);
}
