import { botAdmitsFailure, rejectsAnswer } from "../../ai/local/bot-failure";
import { analyzeLocally } from "./analysis";
import type { EngineMessage, MessageAnalysis } from "./types";

/** The facts about a conversation every trigger reads, computed in one pass over the history. */
export interface ConversationView {
  /** Customer messages up to the one being decided, oldest first; the last is the one being decided. */
  readonly customer: readonly EngineMessage[];
  readonly customerTurns: number;
  /** Bot replies that admitted failure or were flagged low-confidence, plus customer rejections. */
  readonly botFailures: number;
  /** Analysis of the customer message `back` places before the latest (0 = the latest). */
  analysis(back: number): MessageAnalysis;
}

function isAnalysis(value: unknown): value is MessageAnalysis {
  if (typeof value !== "object" || value === null) return false;
  const a = value as Partial<MessageAnalysis>;
  return (
    typeof a.wantsHuman === "boolean" &&
    typeof a.rejectsAnswer === "boolean" &&
    typeof a.sentiment?.score === "number" &&
    Array.isArray(a.intents)
  );
}

/** The stored analysis when it is well-formed (an older or hand-written one may not be), else a fresh one. */
export function analysisOf(message: EngineMessage): MessageAnalysis {
  const stored = message.meta?.analysis;
  return isAnalysis(stored) ? stored : analyzeLocally(message.text);
}

/**
 * A bot that reports its own failures (Baton's bot flags every answer, an external bot may post
 * `failed`) is taken at its word, and the notices the bot posts itself (`meta.event`) are never failures;
 * only a reply that says nothing about itself is read by the model.
 */
function isBotFailure(message: EngineMessage): boolean {
  const meta = message.meta;
  if (typeof meta?.botFailure === "boolean") return meta.botFailure;
  if (meta?.event !== undefined) return false;
  return botAdmitsFailure(message.text);
}

function customerRejects(message: EngineMessage): boolean {
  const stored = message.meta?.analysis;
  // Only the rejection is needed here, so a missing analysis costs one regex, not a full analysis.
  return isAnalysis(stored) ? stored.rejectsAnswer : rejectsAnswer(message.text);
}

/** Builds the view for the last customer message of `history`, or null when the customer has not written. */
export function viewConversation(history: readonly EngineMessage[]): ConversationView | null {
  let lastCustomer = -1;
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i]?.role === "customer") {
      lastCustomer = i;
      break;
    }
  }
  if (lastCustomer < 0) return null;

  const customer: EngineMessage[] = [];
  let botFailures = 0;
  for (let i = 0; i <= lastCustomer; i++) {
    const m = history[i];
    if (m === undefined) continue;
    if (m.role === "customer") {
      customer.push(m);
      if (customerRejects(m)) botFailures++;
    } else if (m.role === "bot" && isBotFailure(m)) {
      botFailures++;
    }
  }

  const cache = new Map<number, MessageAnalysis>();
  return {
    customer,
    customerTurns: customer.length,
    botFailures,
    analysis(back) {
      const index = customer.length - 1 - back;
      const hit = cache.get(index);
      if (hit) return hit;
      const message = customer[index];
      if (message === undefined) throw new RangeError(`no customer message ${back} before the latest`);
      const fresh = analysisOf(message);
      cache.set(index, fresh);
      return fresh;
    },
  };
}
