/** A delivery is tried this many times before it is marked failed (about 21 hours in all). */
export const MAX_ATTEMPTS = 10;

/** A receiver that has not answered within this long counts as a failed attempt. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * Delay before the next try after `attempts` failed ones: 10 s doubling (10 s, 20 s, 40 s …) to a 6 h
 * ceiling, ±20 % so that many deliveries failing together do not come back together.
 */
export function retryDelayMs(attempts: number, random = Math.random()): number {
  const base = Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
  return Math.round(base * (0.8 + 0.4 * random));
}

export type DeliveryStatus = "pending" | "delivered" | "failed";

/** What one attempt's outcome makes of a delivery: delivered, tried again later, or given up. */
export function afterAttempt(
  attempts: number,
  ok: boolean,
  now: number,
  random = Math.random(),
): { status: DeliveryStatus; nextAttemptAt: number | null } {
  if (ok) return { status: "delivered", nextAttemptAt: null };
  if (attempts >= MAX_ATTEMPTS) return { status: "failed", nextAttemptAt: null };
  return { status: "pending", nextAttemptAt: now + retryDelayMs(attempts, random) };
}
