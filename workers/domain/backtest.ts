import type { AiProvider } from "../ai/provider";
import { ratio } from "./metrics";
import type { Rules } from "./rules";
import { type EngineMessage, evaluateTranscript } from "./triggers/index";

/** A stored conversation as the backtest replays it: its first contact with the bot, and what happened. */
export type StoredContact = {
  conversationId: string;
  createdAt: string;
  /** The bot's part, oldest first: up to the first handoff, or the whole first contact when none came. */
  messages: EngineMessage[];
  /** The first handoff's trigger, or null when the bot kept it. */
  actualTrigger: string | null;
  handedOff: boolean;
};

export type Outcome = { handedOff: boolean; trigger: string | null };

export type ContactReplay = {
  conversationId: string;
  createdAt: string;
  actual: Outcome;
  predicted: Outcome & { turn: number | null; explanation: string | null };
};

/** A handoff forced by a person or the API does not depend on the rules: it stays one. */
const FORCED = new Set(["manual"]);

/** The outcome `rules` would have given one stored contact, from the analyses stored with its messages. */
export async function replayContact(
  provider: AiProvider,
  rules: Rules,
  contact: StoredContact,
): Promise<ContactReplay> {
  const actual = { handedOff: contact.handedOff, trigger: contact.actualTrigger };
  const { decision, turn } = await evaluateTranscript(provider, rules, contact.messages);
  const predicted = decision.handoff
    ? { handedOff: true, trigger: decision.trigger, turn, explanation: decision.explanation }
    : contact.actualTrigger && FORCED.has(contact.actualTrigger)
      ? { handedOff: true, trigger: contact.actualTrigger, turn: null, explanation: null }
      : { handedOff: false, trigger: null, turn: null, explanation: null };
  return { conversationId: contact.conversationId, createdAt: contact.createdAt, actual, predicted };
}

/** The rates side by side, the handoffs each proposed trigger would make, and what would change. */
export function summarizeReplays(replays: readonly ContactReplay[], maxChanged: number) {
  const actual = replays.filter((r) => r.actual.handedOff).length;
  const predicted = replays.filter((r) => r.predicted.handedOff).length;
  const byTrigger: Record<string, number> = {};
  for (const r of replays) {
    if (r.predicted.trigger) byTrigger[r.predicted.trigger] = (byTrigger[r.predicted.trigger] ?? 0) + 1;
  }
  const changed = replays.filter(
    (r) => r.actual.handedOff !== r.predicted.handedOff || r.actual.trigger !== r.predicted.trigger,
  );
  return {
    conversations: replays.length,
    actual: { handedOff: actual, handoffRate: ratio(actual, replays.length) },
    predicted: { handedOff: predicted, handoffRate: ratio(predicted, replays.length), byTrigger },
    changedCount: changed.length,
    changed: changed.slice(0, maxChanged),
  };
}
