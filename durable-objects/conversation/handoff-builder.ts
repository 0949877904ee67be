import type { HandoffSummary } from "../../workers/ai/provider";
import type { Decision, EngineMessage } from "../../workers/domain/triggers/index";
import type { Handoff } from "../../workers/protocol/conversation";
import { isChatMessage, type Message } from "../../workers/protocol/message";

/**
 * The history as the trigger engine reads it: roles, texts, and the stored analyses and failure flags.
 * Agents' internal notes are not part of the chat, so neither the engine nor the summary reads them.
 */
export function toEngineHistory(messages: readonly Message[]): EngineMessage[] {
  return messages
    .filter(isChatMessage)
    .map((m) => ({ role: m.role, text: m.text, meta: m.meta as EngineMessage["meta"] }));
}

/** Everything an agent needs from the moment the bot lets go. */
export function buildHandoff(input: {
  /** A decision of the engine, or a forced handoff (`manual`). */
  decision: {
    trigger: string | null;
    triggers: string[];
    explanation: string;
    signals: Decision["signals"] | null;
  };
  summary: HandoffSummary | null;
  skill: string | null;
  seq: number;
  now: string;
}): Handoff {
  const { decision, summary } = input;
  return {
    trigger: decision.trigger,
    triggers: decision.triggers,
    signals: decision.signals,
    explanation: decision.explanation,
    summary: summary?.summary ?? null,
    customerGoal: summary?.customerGoal ?? null,
    attempted: summary?.attempted ?? [],
    customerTried: summary?.customerTried ?? [],
    facts: summary?.facts ?? [],
    mood: summary?.mood ?? null,
    sinceHandoff: [],
    transfer: null,
    category: decision.signals?.category ?? null,
    skill: input.skill,
    seq: input.seq,
    createdAt: input.now,
    queuedAt: input.now,
    position: null,
    estimatedWaitSeconds: null,
    agentId: null,
    assignedAt: null,
  };
}
