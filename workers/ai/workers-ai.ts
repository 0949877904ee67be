import { z } from "zod";
import { detectLanguage } from "./local/language";
import { NEGATIVE_SCORE, POSITIVE_SCORE } from "./local/sentiment";
import {
  type AiProvider,
  type ChatTurn,
  type Classification,
  type HandoffSummary,
  HandoffSummarySchema,
  type Sentiment,
} from "./provider";
import { withTimeout } from "./with-timeout";

/** The part of the Workers AI binding (`env.AI`) this adapter uses; a stub in tests. */
export interface AiBinding {
  run(model: string, inputs: object, options?: object): Promise<unknown>;
}

export interface WorkersAiOptions {
  sentimentModel?: string;
  textModel?: string;
  /** Called whenever a call falls back to the offline provider (time-out, error, unusable output). */
  onFallback?: (operation: keyof AiProvider, reason: unknown) => void;
}

export const SENTIMENT_MODEL = "@cf/huggingface/distilbert-sst-2-int8";
export const TEXT_MODEL = "@cf/meta/llama-3.1-8b-instruct";

/**
 * How much the model's polarity moves the offline score. SST-2 rates review polarity, not frustration: it
 * reads "the import failed with an error" as strongly negative. So the model refines the support-tuned
 * lexicon score instead of replacing it.
 */
const MODEL_WEIGHT = 0.25;
const MAX_TURNS = 30;
const MAX_TURN_CHARS = 500;
const MAX_REPLIES = 3;

/** distilbert-sst-2 answers `[{label: "NEGATIVE", score}, {label: "POSITIVE", score}]`. */
const ClassificationOutputSchema = z
  .array(z.object({ label: z.string(), score: z.number().min(0).max(1) }))
  .min(1);
/** Text generation answers `{response}`: a string, or already-parsed JSON when JSON mode kicks in. */
const TextOutputSchema = z.object({ response: z.union([z.string(), z.record(z.string(), z.unknown())]) });
const RepliesSchema = z.object({ replies: z.array(z.string().trim().min(1).max(600)).min(1) });

/** The JSON object in a model reply, tolerating prose or code fences around it. */
function jsonIn(response: string | Record<string, unknown>): unknown {
  if (typeof response !== "string") return response;
  const start = response.indexOf("{");
  const end = response.lastIndexOf("}");
  if (start < 0 || end <= start) return undefined;
  try {
    return JSON.parse(response.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

function transcript(history: readonly ChatTurn[]): string {
  return history
    .filter((m) => m.role !== "system")
    .slice(-MAX_TURNS)
    .map((m) => `${m.role}: ${m.text.slice(0, MAX_TURN_CHARS)}`)
    .join("\n");
}

const SUMMARY_PROMPT =
  "You brief a human support agent who is taking over a chat from a bot. Reply with one JSON object and " +
  'nothing else: {"summary": "at most three sentences", "customerGoal": "what the customer wants, one ' +
  'sentence", "attempted": ["each thing the bot already suggested"]}. Use only facts from the chat.';
const REPLIES_PROMPT =
  "You help a human support agent who just took over this chat from a bot. Suggest up to three short, " +
  'polite next replies the agent could send, in the customer\'s language. Reply with JSON only: {"replies": ["…"]}.';

/**
 * Workers AI in production: distilbert-sst-2 refines sentiment, an instruct Llama writes summaries and
 * reply suggestions. Classification and the request-for-a-human stay on the offline provider, which is
 * cheaper and more precise for them. Every call is bounded by `timeoutMs`; a time-out, an error or output
 * that fails validation falls back to `fallback`, so an AI outage never blocks a chat.
 */
export class WorkersAiProvider implements AiProvider {
  constructor(
    private readonly binding: AiBinding,
    private readonly fallback: AiProvider,
    private readonly timeoutMs = 2500,
    private readonly options: WorkersAiOptions = {},
  ) {}

  private async attempt<T>(
    operation: keyof AiProvider,
    call: () => Promise<T | undefined>,
    orElse: () => Promise<T>,
  ) {
    try {
      const result = await withTimeout(call, this.timeoutMs);
      if (result !== undefined) return result;
      this.options.onFallback?.(operation, new Error("unusable model output"));
    } catch (reason) {
      this.options.onFallback?.(operation, reason);
    }
    return orElse();
  }

  async sentiment(text: string): Promise<Sentiment> {
    const local = await this.fallback.sentiment(text);
    // SST-2 is English-only; its opinion on other languages is noise.
    if (detectLanguage(text) !== "en") return local;
    return this.attempt(
      "sentiment",
      async () => {
        const parsed = ClassificationOutputSchema.safeParse(
          await this.binding.run(this.options.sentimentModel ?? SENTIMENT_MODEL, { text }),
        );
        if (!parsed.success) return undefined;
        const p = (label: string) => parsed.data.find((x) => x.label.toUpperCase() === label)?.score;
        const negative =
          p("NEGATIVE") ?? (p("POSITIVE") === undefined ? undefined : 1 - (p("POSITIVE") ?? 0));
        if (negative === undefined) return undefined;
        const polarity = 1 - 2 * negative;
        const score = Math.max(-1, Math.min(1, local.score + MODEL_WEIGHT * polarity));
        const label = score <= NEGATIVE_SCORE ? "negative" : score >= POSITIVE_SCORE ? "positive" : "neutral";
        return { score: Math.round(score * 1000) / 1000, label } satisfies Sentiment;
      },
      async () => local,
    );
  }

  classify(text: string): Promise<Classification> {
    return this.fallback.classify(text);
  }

  summarize(history: readonly ChatTurn[]): Promise<HandoffSummary> {
    return this.attempt(
      "summarize",
      async () => {
        const parsed = HandoffSummarySchema.safeParse(jsonIn(await this.generate(SUMMARY_PROMPT, history)));
        return parsed.success && parsed.data.summary.trim() !== "" ? parsed.data : undefined;
      },
      () => this.fallback.summarize(history),
    );
  }

  suggestReplies(history: readonly ChatTurn[]): Promise<string[]> {
    return this.attempt(
      "suggestReplies",
      async () => {
        const parsed = RepliesSchema.safeParse(jsonIn(await this.generate(REPLIES_PROMPT, history)));
        return parsed.success ? parsed.data.replies.slice(0, MAX_REPLIES) : undefined;
      },
      () => this.fallback.suggestReplies(history),
    );
  }

  private async generate(
    system: string,
    history: readonly ChatTurn[],
  ): Promise<string | Record<string, unknown>> {
    const output = await this.binding.run(this.options.textModel ?? TEXT_MODEL, {
      messages: [
        { role: "system", content: system },
        { role: "user", content: transcript(history) },
      ],
      max_tokens: 512,
      temperature: 0.2,
    });
    const parsed = TextOutputSchema.safeParse(output);
    return parsed.success ? parsed.data.response : "";
  }
}
