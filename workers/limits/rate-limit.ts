import { ApiError } from "../http/errors";

/**
 * What each Rate Limiting binding counts, and its window (the binding counts in fixed windows of 10 or 60 s,
 * per Cloudflare location; `wrangler.toml` holds the limits). The names are the bindings in `Env`.
 */
export const LIMITS = {
  /** Conversation starts from one widget key: a whole site's customers, so it is generous. */
  LIMIT_STARTS_PER_KEY: { period: 60, what: "conversations started with this widget key" },
  /** Conversation starts from one address. */
  LIMIT_STARTS_PER_IP: { period: 60, what: "conversations started from this address" },
  /**
   * Sign-in attempts per address and email: a guesser elsewhere never locks the victim out of their own
   * sign-in, and the guesser waits out the window.
   */
  LIMIT_SIGN_IN: { period: 60, what: "sign-in attempts for this email from this address" },
  /** Messages posted over REST into one conversation by one caller. */
  LIMIT_MESSAGES: { period: 10, what: "messages posted to this conversation" },
  /** Socket connections opened from one address. */
  LIMIT_SOCKETS_PER_IP: { period: 60, what: "connections opened from this address" },
} as const;

export type LimitName = keyof typeof LIMITS;

/** The caller's address as Cloudflare (and `wrangler dev`) reports it; null when there is none. */
export function clientIp(request: Request): string | null {
  return request.headers.get("cf-connecting-ip");
}

/**
 * Whether one more call under `key` is allowed, counting it. A missing binding (an older deployment) or a
 * failing one allows: the limits protect the service, they must never be what takes it down.
 */
export async function allowed(env: Env, name: LimitName, key: string): Promise<boolean> {
  try {
    return (await env[name].limit({ key })).success;
  } catch (err) {
    console.warn(`rate limiter ${name} unavailable, allowing: ${String(err)}`);
    return true;
  }
}

/** Counts one call and refuses it with `429 rate_limited` and `Retry-After` when over the limit. */
export async function enforce(
  c: { env: Env; header: (name: string, value: string) => void },
  name: LimitName,
  key: string,
): Promise<void> {
  if (await allowed(c.env, name, key)) return;
  const { period, what } = LIMITS[name];
  c.header("Retry-After", String(period));
  throw new ApiError(429, "rate_limited", `Too many ${what}: try again in ${period} seconds`, {
    retryAfterSeconds: period,
  });
}
