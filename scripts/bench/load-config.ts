import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Connections a bench may open from its one address, per minute, instead of a visitor's budget. */
const BENCH_SOCKETS_PER_IP = 1_000_000;

/**
 * A copy of the project's wrangler.toml for `bench:load` only, next to it (its paths are relative), where
 * `LIMIT_SOCKETS_PER_IP` allows every socket of a run from one address. Every other limit, and every
 * per-socket budget inside the objects, stays as shipped: the flood phase measures them.
 */
export function benchConfig(root: string): { file: string; remove: () => void } {
  const source = readFileSync(path.join(root, "wrangler.toml"), "utf8");
  const lifted = source.replace(
    /(\[\[ratelimits\]\]\nname = "LIMIT_SOCKETS_PER_IP"\nnamespace_id = "\d+"\nsimple = \{ limit = )\d+/,
    `$1${BENCH_SOCKETS_PER_IP}`,
  );
  if (lifted === source) throw new Error("wrangler.toml: LIMIT_SOCKETS_PER_IP not found where expected");
  const file = path.join(root, ".bench-load.wrangler.toml");
  writeFileSync(file, lifted);
  return { file, remove: () => rmSync(file, { force: true }) };
}
