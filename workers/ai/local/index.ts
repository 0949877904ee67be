import type { AiProvider, ChatTurn, Classification, HandoffSummary, Sentiment } from "../provider";
import { classifyLocally } from "./classify";
import { scoreSentiment } from "./sentiment";
import { suggestLocally } from "./suggestions";
import { summarizeLocally } from "./summary";

/**
 * The offline provider: deterministic, no network, microseconds per call. The default in local dev and
 * tests, and the fallback of every Workers AI call.
 */
export class LocalAiProvider implements AiProvider {
  async sentiment(text: string): Promise<Sentiment> {
    return scoreSentiment(text);
  }

  async classify(text: string): Promise<Classification> {
    return classifyLocally(text);
  }

  async summarize(history: readonly ChatTurn[]): Promise<HandoffSummary> {
    return summarizeLocally(history);
  }

  async suggestReplies(history: readonly ChatTurn[]): Promise<string[]> {
    return suggestLocally(history);
  }
}
