import type { ChatTurn } from "../ai/provider";
import type { AiBinding } from "../ai/workers-ai";
import type { RetrievedArticle } from "../knowledge/types";
import { answerOffline, type BotAnswer } from "./answer";
import type { Persona } from "./persona";
import { answerWithWorkersAi, DEFAULT_ANSWER_TIMEOUT_MS } from "./workers-ai";

/** Everything the bot needs for one answer. */
export interface BotTurn {
  persona: Persona;
  /** The customer's latest message. */
  question: string;
  /** From `retrieveForTurn`, best first. */
  retrieved: readonly RetrievedArticle[];
  /** The conversation so far (with or without the question at its end). */
  history: readonly ChatTurn[];
  /** The customer's language (ISO 639-1), e.g. the engine's analysis of the question. */
  language: string;
  /** Receives the answer as it is written (Workers AI only); the returned text is final. */
  onToken?: (delta: string) => void;
}

/** Writes the bot's answer to a turn. Never throws: a failing model falls back to the offline composer. */
export interface BotResponder {
  answer(turn: BotTurn): Promise<BotAnswer>;
}

/** Workers AI where the binding exists (production), the offline composer everywhere else. */
export function createBotResponder(
  env: { AI?: AiBinding },
  options: { timeoutMs?: number; onFallback?: (reason: unknown) => void } = {},
): BotResponder {
  const ai = env.AI;
  if (!ai) {
    return {
      answer: async (t) => answerOffline(t.persona, t.question, t.retrieved, t.history, t.language),
    };
  }
  return {
    answer: (t) =>
      answerWithWorkersAi(
        ai,
        t.persona,
        t.question,
        t.retrieved,
        t.history,
        t.language,
        t.onToken,
        options.timeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS,
        { onFallback: options.onFallback },
      ),
  };
}
