import type { Mood, Sentiment } from "../../provider";

/** The default rules' lines: at or below these a message reads upset, or very upset. */
const UPSET = -0.35;
const VERY_UPSET = -0.6;
/** A change of sentiment smaller than this is no trend. */
const TREND_STEP = 0.2;

/** The customer's mood from the sentiment of each of their messages, oldest first. */
export function moodOver(sentiments: readonly Sentiment[]): Mood | null {
  const last = sentiments.at(-1);
  if (!last) return null;
  const earlier = sentiments.slice(0, -1);
  const before = earlier.length > 0 ? earlier.reduce((s, x) => s + x.score, 0) / earlier.length : last.score;
  const delta = last.score - before;
  return {
    now: last.score <= VERY_UPSET ? "very upset" : last.score <= UPSET ? "upset" : "calm",
    trend: delta <= -TREND_STEP ? "worse" : delta >= TREND_STEP ? "better" : "steady",
    upsetMessages: sentiments.filter((s) => s.score <= UPSET).length,
  };
}
