import { rejectsAnswer } from "../../ai/local/bot-failure";
import { classifyLocally } from "../../ai/local/classify";
import { emphasis, scoreSentiment } from "../../ai/local/sentiment";
import type { AiProvider } from "../../ai/provider";
import type { MessageAnalysis } from "./types";

/**
 * Analyses one customer message with the workspace's AI provider. Call it once per message and store the
 * result in the message's `meta.analysis`: `decide` then never re-analyses the history.
 */
export async function analyzeMessage(provider: AiProvider, text: string): Promise<MessageAnalysis> {
  const [sentiment, classification] = await Promise.all([provider.sentiment(text), provider.classify(text)]);
  return {
    sentiment,
    wantsHuman: classification.wantsHuman,
    category: classification.category,
    intents: classification.intents,
    language: classification.language,
    rejectsAnswer: classification.intents.includes("rejects_answer") || rejectsAnswer(text),
    emphasis: emphasis(text),
  };
}

/** The same analysis with the offline provider, synchronously: what `decide` uses when none is stored. */
export function analyzeLocally(text: string): MessageAnalysis {
  const classification = classifyLocally(text);
  return {
    sentiment: scoreSentiment(text),
    wantsHuman: classification.wantsHuman,
    category: classification.category,
    intents: classification.intents,
    language: classification.language,
    rejectsAnswer: classification.intents.includes("rejects_answer"),
    emphasis: emphasis(text),
  };
}
