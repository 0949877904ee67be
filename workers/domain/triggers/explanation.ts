import type { Signals, TriggerName } from "./types";

const QUOTE_LENGTH = 80;

/** A customer line in quotes, shortened for a one-sentence explanation. */
export function quote(text: string): string {
  const flat = text.trim().replace(/\s+/g, " ");
  return `"${flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH - 1)}…` : flat}"`;
}

function joinReasons(reasons: readonly string[]): string {
  if (reasons.length <= 1) return reasons[0] ?? "";
  return `${reasons.slice(0, -1).join(", ")} and ${reasons.at(-1)}`;
}

/** One sentence an agent can read: why the conversation was handed over, or why the bot kept it. */
export function explain(fired: ReadonlyArray<readonly [TriggerName, string]>, signals: Signals): string {
  if (fired.length > 0) {
    const text = joinReasons(fired.map(([, reason]) => reason));
    return `Handed to a human because ${text}.`;
  }
  const { sentiment, botFailures, customerTurns, risk } = signals;
  return (
    `The bot keeps the conversation: no trigger fired (sentiment ${sentiment.label} ${sentiment.score}, ` +
    `${botFailures} bot failure${botFailures === 1 ? "" : "s"}, ${customerTurns} customer message${customerTurns === 1 ? "" : "s"}, risk ${risk}).`
  );
}
