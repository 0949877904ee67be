import type {
  AiProvider,
  ChatTurn,
  Classification,
  HandoffSummary,
  Sentiment,
  WrapUp,
  WrapUpBrief,
} from "../provider";
import { type ClassificationOverride, classifyLocally } from "./classify";
import { unsureAbout } from "./model";
import { scoreSentiment } from "./sentiment";
import { suggestLocally } from "./suggestions";
import { summarizeLocally } from "./summary";
import { wrapUpLocally } from "./wrap-up";

/**
 * The offline provider: deterministic, no network, microseconds per call. The default in local dev and
 * tests, and the fallback of every Workers AI call.
 */
export class LocalAiProvider implements AiProvider {
  async sentiment(text: string): Promise<Sentiment> {
    return scoreSentiment(text);
  }

  async classify(text: string, override?: ClassificationOverride): Promise<Classification> {
    return classifyLocally(text, override);
  }

  async summarize(history: readonly ChatTurn[]): Promise<HandoffSummary> {
    return summarizeLocally(history);
  }

  async suggestReplies(history: readonly ChatTurn[]): Promise<string[]> {
    return suggestLocally(history);
  }

  async wrapUp(history: readonly ChatTurn[], brief: WrapUpBrief, language: string): Promise<WrapUp> {
    return wrapUpLocally(history, brief, language);
  }

  /** Which of its answers on this message fall in the model's calibrated unsure band. */
  unsureAbout(text: string): { human: boolean; negative: boolean; category: boolean } {
    return unsureAbout(text);
  }
}
