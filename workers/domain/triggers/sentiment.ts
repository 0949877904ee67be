import type { Rules } from "../rules";
import type { ConversationView } from "./context";

/** How many earlier customer messages the trend compares the latest one with. */
const TREND_WINDOW = 3;

/** Latest score minus the mean of the few before it, clamped to -1 … 1; 0 on the first message. */
export function sentimentTrend(view: ConversationView): number {
  const earlier = Math.min(TREND_WINDOW, view.customerTurns - 1);
  if (earlier <= 0) return 0;
  let sum = 0;
  for (let back = 1; back <= earlier; back++) sum += view.analysis(back).sentiment.score;
  const trend = view.analysis(0).sentiment.score - sum / earlier;
  return Math.round(Math.max(-1, Math.min(1, trend)) * 1000) / 1000;
}

/** Negative customer messages in a row, ending with the latest. */
export function negativeStreak(view: ConversationView, rules: Rules, limit: number): number {
  let streak = 0;
  while (streak < Math.min(limit, view.customerTurns)) {
    if (view.analysis(streak).sentiment.score > rules.sentiment.negativeScore) break;
    streak++;
  }
  return streak;
}

/** One strongly negative message, or enough negative ones in a row. */
export function negativeSentiment(view: ConversationView, rules: Rules): string | null {
  const { score } = view.analysis(0).sentiment;
  if (score <= rules.sentiment.strongNegativeScore) return `the customer is very upset (sentiment ${score})`;
  const needed = rules.sentiment.consecutiveNegative;
  if (negativeStreak(view, rules, needed) >= needed) {
    return needed === 1
      ? `the customer is upset (sentiment ${score})`
      : `the customer's last ${needed} messages were negative`;
  }
  return null;
}
