import type { Rules } from "../rules";
import { categoryRule } from "./category";
import { type ConversationView, viewConversation } from "./context";
import { explain } from "./explanation";
import { explicitRequest } from "./explicit";
import { repeatedFailure } from "./failure";
import { keywordRule } from "./keyword";
import { escalationRisk, riskTrigger } from "./risk";
import { negativeSentiment, sentimentTrend } from "./sentiment";
import { turnLimit } from "./turn-limit";
import type { Decision, EngineMessage, Signals, TriggerName } from "./types";

type TriggerCheck = (view: ConversationView, rules: Rules) => string | null;

/** The hard triggers, in the order `triggers` lists them. */
const CHECKS: ReadonlyArray<readonly [TriggerName, TriggerCheck]> = [
  ["explicit_request", explicitRequest],
  ["keyword_rule", keywordRule],
  ["category", categoryRule],
  ["repeated_failure", repeatedFailure],
  ["negative_sentiment", negativeSentiment],
  ["turn_limit", turnLimit],
];

/** How far back a general-topic message looks for the conversation's category ("can I talk to a person"). */
const TOPIC_LOOKBACK = 4;

function topic(view: ConversationView): Signals["category"] {
  for (let back = 0; back < Math.min(TOPIC_LOOKBACK, view.customerTurns); back++) {
    const { category } = view.analysis(back);
    if (category !== "general") return category;
  }
  return "general";
}

const NO_CUSTOMER: Decision = {
  handoff: false,
  trigger: null,
  triggers: [],
  signals: {
    wantsHuman: false,
    sentiment: { score: 0, label: "neutral" },
    sentimentTrend: 0,
    category: "general",
    intents: [],
    botFailures: 0,
    customerTurns: 0,
    risk: 0,
  },
  explanation: "The bot keeps the conversation: the customer has not written yet.",
};

/**
 * Decides whether the LAST customer message of `history` hands the conversation to a human. Synchronous
 * and pure; messages after that customer message are ignored. Customer messages should carry
 * `meta.analysis` (see `analyzeMessage`); those that don't are analysed offline on the spot.
 */
export function decide(rules: Rules, history: readonly EngineMessage[]): Decision {
  const view = viewConversation(history);
  if (!view) return NO_CUSTOMER;

  const latest = view.analysis(0);
  const risk = escalationRisk(view, rules);
  const signals: Signals = {
    wantsHuman: latest.wantsHuman,
    sentiment: latest.sentiment,
    sentimentTrend: sentimentTrend(view),
    category: topic(view),
    intents: latest.intents,
    botFailures: view.botFailures,
    customerTurns: view.customerTurns,
    risk,
  };

  const fired: Array<readonly [TriggerName, string]> = [];
  for (const [name, check] of CHECKS) {
    const reason = check(view, rules);
    if (reason !== null) fired.push([name, reason]);
  }
  const proactive = riskTrigger(risk, rules);
  if (proactive !== null) fired.push(["risk", proactive]);

  const triggers = fired.map(([name]) => name);
  return {
    handoff: triggers.length > 0,
    trigger: triggers[0] ?? null,
    triggers,
    signals,
    explanation: explain(fired, signals),
  };
}
