import { customerAttempts, MAX_ATTEMPTS } from "../ai/local/brief/attempts";
import { extractFacts, MAX_FACTS } from "../ai/local/brief/facts";
import { moodOver } from "../ai/local/brief/mood";
import { summarizeLocally } from "../ai/local/summary";
import type { Sentiment } from "../ai/provider";
import type { Handoff } from "../protocol/conversation";
import { isChatMessage, type Message } from "../protocol/message";

/** The brief keeps the latest few lines written since the handoff: enough to see the mood, bounded. */
export const SINCE_HANDOFF_LINES = 5;
/** The mood is read over the latest customer messages only. */
export const MOOD_WINDOW = 20;

/**
 * The brief after the customer writes again while queued or with an agent: the new line joins what they
 * wrote since the handoff, its identifiers and attempts join the brief's, and the mood is read again over
 * the latest messages. Constant work per message (one line is read), so the brief stays live at bounded cost.
 */
export function refreshBrief(
  handoff: Handoff,
  text: string,
  /** The sentiment of the customer's latest messages, oldest first, this one last. */
  recentSentiments: readonly Sentiment[],
): Handoff {
  const known = handoff.facts.map((f) => f.value.toLowerCase());
  // "INV-1" is the "invoice INV-1" the brief already has.
  const isNew = (value: string) => !known.some((k) => k.includes(value) || value.includes(k));
  const facts = [...handoff.facts, ...extractFacts([text]).filter((f) => isNew(f.value.toLowerCase()))];
  const tried = [...new Set([...handoff.customerTried, ...customerAttempts([text])])];
  return {
    ...handoff,
    sinceHandoff: [...handoff.sinceHandoff, text].slice(-SINCE_HANDOFF_LINES),
    facts: facts.slice(0, MAX_FACTS),
    customerTried: tried.slice(-MAX_ATTEMPTS),
    mood: moodOver(recentSentiments.slice(-MOOD_WINDOW)) ?? handoff.mood,
  };
}

/** A transfer re-briefs over this many of the latest messages: the whole story for a normal chat, bounded for a long one. */
export const REBRIEF_MESSAGES = 200;

/**
 * The brief for the next agent after a transfer: written again over the latest messages, so the first
 * agent's part (what they asked and answered) and everything the customer wrote since the handoff are in
 * it. Extractive and offline: a transfer never waits for an AI call.
 */
export function rebrief(handoff: Handoff, messages: readonly Message[]): Handoff {
  // Internal notes are agents' words to each other, not the conversation.
  const brief = summarizeLocally(messages.filter(isChatMessage).map(({ role, text }) => ({ role, text })));
  return { ...handoff, ...brief };
}
