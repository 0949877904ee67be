import { DEV_SECRET_PREFIX } from "../config";

/**
 * The platform operator's credential: the `PLATFORM_TOKEN` secret of the deployment (never in
 * `wrangler.toml`; `.dev.vars` locally, `wrangler secret put PLATFORM_TOKEN` in production). It creates
 * workspaces, which no workspace's own key may do: a tenant's admin must not be able to mint tenants.
 */

/** Shorter tokens could be guessed online; the same floor as the token secret's. */
const MIN_TOKEN_LENGTH = 32;

/**
 * The configured token, or null when operator routes are closed: unset, too short, or a development token
 * (`dev-only-…`) outside a runtime marked local, so a token copied from a laptop opens nothing in production.
 */
export function platformToken(bindings: object): string | null {
  const token: unknown = Reflect.get(bindings, "PLATFORM_TOKEN");
  if (typeof token !== "string" || token.length < MIN_TOKEN_LENGTH) return null;
  if (token.startsWith(DEV_SECRET_PREFIX) && Reflect.get(bindings, "BATON_DEV") !== "true") return null;
  return token;
}

/** Whether `presented` is the operator's token, compared in constant time (on digests, so lengths differ freely). */
export async function isPlatformToken(bindings: object, presented: string): Promise<boolean> {
  const token = platformToken(bindings);
  if (!token) return false;
  const [a, b] = await Promise.all([digest(token), digest(presented)]);
  return crypto.subtle.timingSafeEqual(a, b);
}

function digest(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
}
