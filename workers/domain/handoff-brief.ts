import type { Signals } from "./triggers/types";

const TRIGGER_WORDS: Record<string, string> = {
  explicit_request: "The customer asked for a person",
  keyword_rule: "The message matched one of the workspace's keyword rules",
  category: "The topic goes to a person from the start",
  repeated_failure: "The bot failed to help more than once",
  negative_sentiment: "The customer is upset",
  turn_limit: "The bot has had the conversation long enough",
  risk: "The conversation looked likely to escalate",
  manual: "Handed over by hand",
};

function sentimentWords(score: number): string {
  if (score <= -0.6) return "very negative";
  if (score <= -0.2) return "negative";
  if (score < 0.2) return "neutral";
  return "positive";
}

/** The trigger and its signals as sentences an agent reads at a glance when the conversation lands. */
export function describeHandoff(trigger: string | null, signals: Signals | null): string[] {
  const lines = [TRIGGER_WORDS[trigger ?? ""] ?? "Handed over to a person"];
  if (!signals) return lines;
  const trend =
    signals.sentimentTrend <= -0.2 ? ", getting worse" : signals.sentimentTrend >= 0.2 ? ", improving" : "";
  lines.push(`Mood: ${sentimentWords(signals.sentiment.score)}${trend}`);
  lines.push(
    `Topic: ${signals.category}${signals.intents.length > 0 ? ` (${signals.intents.join(", ")})` : ""}`,
  );
  if (signals.botFailures > 0)
    lines.push(`The bot failed ${signals.botFailures} time${signals.botFailures > 1 ? "s" : ""}`);
  lines.push(`${signals.customerTurns} customer message${signals.customerTurns === 1 ? "" : "s"} so far`);
  lines.push(`Escalation risk: ${Math.round(signals.risk * 100)}%`);
  return lines;
}
