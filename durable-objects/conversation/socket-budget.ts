/**
 * Per-sender budgets for socket frames, as token buckets: `burst` frames at once, refilled at `perSecond`.
 * A flood from one customer then costs bounded work, whatever their socket or the Worker in front allows.
 */
export interface BudgetRule {
  burst: number;
  perSecond: number;
}

export const SOCKET_BUDGETS = {
  /** A person types a few messages in a row, then slows to well under one a second. */
  message: { burst: 8, perSecond: 1 },
  /** Typing indicators: clients send one per change, a few a second at most. */
  typing: { burst: 10, perSecond: 4 },
} as const satisfies Record<string, BudgetRule>;

export type BudgetKind = keyof typeof SOCKET_BUDGETS;

interface Bucket {
  tokens: number;
  at: number;
}

/** Takes one token if there is one; returns the bucket after, and whether the frame is allowed. */
export function takeToken(
  bucket: Bucket | undefined,
  rule: BudgetRule,
  now: number,
): { allowed: boolean; bucket: Bucket } {
  const refilled = bucket
    ? Math.min(rule.burst, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * rule.perSecond)
    : rule.burst;
  if (refilled < 1) return { allowed: false, bucket: { tokens: refilled, at: now } };
  return { allowed: true, bucket: { tokens: refilled - 1, at: now } };
}

/**
 * The buckets of one Conversation DO, per sender (the customer, each agent) so that opening more sockets
 * buys no more budget. Kept in memory: an object only hibernates after being idle, by which time every
 * bucket has refilled, so losing them then changes nothing.
 */
export class SocketBudgets {
  private buckets = new Map<string, Bucket>();

  take(sender: string, kind: BudgetKind, now: number): boolean {
    const key = `${kind}:${sender}`;
    const { allowed, bucket } = takeToken(this.buckets.get(key), SOCKET_BUDGETS[kind], now);
    this.buckets.set(key, bucket);
    return allowed;
  }
}
