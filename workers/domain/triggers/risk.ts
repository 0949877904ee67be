import { contentWords, overlap } from "../../ai/local/text";
import type { Rules } from "../rules";
import type { ConversationView } from "./context";
import { negativeStreak, sentimentTrend } from "./sentiment";

/** Customer messages looked back on for repetition and mood. */
const WINDOW = 3;

/**
 * Weights of the escalation model, a logistic score over features in 0 … 1. Hand-set, not trained: each
 * feature alone keeps risk low, and risk climbs as they add up, which is what lets it rise BEFORE the hard
 * triggers (which fire on one feature reaching its limit). A neutral first message scores about 0.04.
 */
const WEIGHTS = {
  bias: -3.2,
  negativity: 2.2,
  souring: 1.2,
  negativeShare: 1.0,
  failures: 1.6,
  turns: 1.4,
  repetition: 1.2,
  emphasis: 1.0,
  unsupportedLanguage: 1.0,
} as const;

/** The largest word overlap between the latest customer message and the few before it. */
function repetition(view: ConversationView): number {
  const latest = view.customer.at(-1);
  if (!latest) return 0;
  const words = contentWords(latest.text);
  let max = 0;
  for (let back = 1; back <= Math.min(WINDOW, view.customerTurns - 1); back++) {
    const earlier = view.customer[view.customer.length - 1 - back];
    if (earlier) max = Math.max(max, overlap(words, contentWords(earlier.text)));
  }
  return max;
}

/** Predicted probability-like score (0 … 1) that this conversation needs a human soon. */
export function escalationRisk(view: ConversationView, rules: Rules): number {
  const latest = view.analysis(0);
  const window = Math.min(WINDOW, view.customerTurns);
  const z =
    WEIGHTS.bias +
    WEIGHTS.negativity * Math.max(0, -latest.sentiment.score) +
    WEIGHTS.souring * Math.max(0, -sentimentTrend(view)) +
    WEIGHTS.negativeShare * (negativeStreak(view, rules, window) / window) +
    WEIGHTS.failures * Math.min(1, view.botFailures / rules.failureCount) +
    WEIGHTS.turns * Math.min(1, view.customerTurns / rules.turnLimit) ** 2 +
    WEIGHTS.repetition * repetition(view) +
    WEIGHTS.emphasis * latest.emphasis +
    WEIGHTS.unsupportedLanguage * (rules.languages.includes(latest.language) ? 0 : 1);
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}

/** Proactive handoff: only when the workspace set a threshold. */
export function riskTrigger(risk: number, rules: Rules): string | null {
  if (rules.riskThreshold === null || risk < rules.riskThreshold) return null;
  return `the predicted escalation risk (${risk}) reached this workspace's threshold (${rules.riskThreshold})`;
}
