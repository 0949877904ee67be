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

/**
 * Frames refused in a row after which a sender is flooding, not typing fast: their socket is closed. Each
 * refusal is cheap, but thousands a second still take the runtime's time from every other conversation;
 * reconnecting is limited per address at the edge. A client that waits the stated `retryAfterMs` (the
 * widget, the app) never comes near this.
 */
export const FLOOD_REFUSALS = 40;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Takes one token if there is one; returns the bucket after, whether the frame is allowed and, when it is
 * not, in how many milliseconds the next token is there (what the sender is told to wait).
 */
export function takeToken(
  bucket: Bucket | undefined,
  rule: BudgetRule,
  now: number,
): { allowed: boolean; bucket: Bucket; retryAfterMs: number } {
  const refilled = bucket
    ? Math.min(rule.burst, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * rule.perSecond)
    : rule.burst;
  if (refilled < 1) {
    const retryAfterMs = Math.ceil(((1 - refilled) / rule.perSecond) * 1000);
    return { allowed: false, bucket: { tokens: refilled, at: now }, retryAfterMs };
  }
  return { allowed: true, bucket: { tokens: refilled - 1, at: now }, retryAfterMs: 0 };
}

/**
 * The buckets of one Conversation DO, per sender (the customer, each agent) so that opening more sockets
 * buys no more budget. Kept in memory: an object only hibernates after being idle, by which time every
 * bucket has refilled, so losing them then changes nothing.
 */
export class SocketBudgets {
  private buckets = new Map<string, Bucket>();
  /** Frames refused in a row, per sender (any kind). */
  private refusedInARow = new Map<string, number>();

  /**
   * Takes a token for this sender's frame: whether it may go, if not how long to wait, and whether the
   * sender has been refused FLOOD_REFUSALS times in a row (their socket should be closed).
   */
  take(
    sender: string,
    kind: BudgetKind,
    now: number,
  ): { allowed: boolean; retryAfterMs: number; flooding: boolean } {
    const key = `${kind}:${sender}`;
    const { allowed, bucket, retryAfterMs } = takeToken(this.buckets.get(key), SOCKET_BUDGETS[kind], now);
    this.buckets.set(key, bucket);
    const refused = allowed ? 0 : (this.refusedInARow.get(sender) ?? 0) + 1;
    this.refusedInARow.set(sender, refused);
    return { allowed, retryAfterMs, flooding: refused >= FLOOD_REFUSALS };
  }
}
