import { z } from "zod";
import { wrapUpPhrases } from "../domain/wrap-up/index";
import type { LocalAiProvider } from "./local";
import { NEGATIVE_SCORE } from "./local/sentiment";
import {
  type AiProvider,
  CategorySchema,
  type ChatTurn,
  type Classification,
  type HandoffSummary,
  HandoffSummarySchema,
  type Sentiment,
  type WrapUp,
  type WrapUpBrief,
  WrapUpSchema,
} from "./provider";
import { withTimeout } from "./with-timeout";

/** The part of the Workers AI binding (`env.AI`) this adapter uses; a stub in tests. */
export interface AiBinding {
  run(model: string, inputs: object, options?: object): Promise<unknown>;
}

export interface WorkersAiOptions {
  textModel?: string;
  /** Called whenever a call falls back to the offline provider (time-out, error, unusable output). */
  onFallback?: (operation: keyof AiProvider, reason: unknown) => void;
}

export const TEXT_MODEL = "@cf/meta/llama-3.1-8b-instruct";

/** Where an instruct model's "negative" puts a message the offline model was unsure of: just past the line. */
const REMOTE_NEGATIVE_SCORE = NEGATIVE_SCORE - 0.05;
const REMOTE_CALM_SCORE = NEGATIVE_SCORE / 2;
const MAX_MESSAGE_CHARS = 2000;
const MAX_TURNS = 30;
const MAX_TURN_CHARS = 500;
const MAX_REPLIES = 3;

/** The instruct model's reading of one customer message. */
const ReadingSchema = z.object({ wantsHuman: z.boolean(), negative: z.boolean(), category: CategorySchema });
type Reading = z.infer<typeof ReadingSchema>;
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
const READING_PROMPT =
  "You read one message a customer sent to a company's support chatbot. Reply with one JSON object and " +
  'nothing else: {"wantsHuman": boolean, "negative": boolean, "category": "general"|"billing"|"technical"|' +
  '"sales"|"legal"|"account"}. wantsHuman: the customer asks to talk to, be passed to or be called by a ' +
  'person (not a question about whether one exists, not a travel or software "agent"). negative: ' +
  "frustration, anger, urgency, distress or strong dissatisfaction (not a calm problem report). category: " +
  "billing (charges, invoices, refunds, payment), technical (errors, bugs, setup, integrations), sales " +
  "(plans, pricing, trials, quotes before buying), legal (privacy, contracts, compliance, lawyers), account " +
  "(login, password, users, cancelling or closing), general (anything else).";
const WRAP_UP_PROMPT =
  "A support chat was just resolved. Write its wrap-up for the company's CRM. Reply with one JSON object " +
  'and nothing else: {"problem": "the customer\'s problem, one sentence", "done": ["what the agent or bot ' +
  'did"], "followUps": ["what someone promised to do after the chat"]}. Use only facts from the chat; ' +
  "empty lists when there are none.";
const REPLIES_PROMPT =
  "You help a human support agent who just took over this chat from a bot. Suggest up to three short, " +
  'polite next replies the agent could send, in the customer\'s language. Reply with JSON only: {"replies": ["…"]}.';

/**
 * Workers AI in production. The handoff signals come from the offline model, which was trained for them;
 * only where it is unsure (its calibrated band) is an instruct model asked for its reading of the message,
 * once per message for all three signals. The instruct model also writes summaries and reply suggestions.
 * Every call is bounded by `timeoutMs`; a time-out, an error or output that fails validation falls back to
 * the offline answer, so an AI outage never blocks a chat.
 */
export class WorkersAiProvider implements AiProvider {
  /** sentiment() and classify() of one message run together: they share one remote reading. */
  private pending: { text: string; reading: Promise<Reading | undefined> } | undefined;

  constructor(
    private readonly binding: AiBinding,
    private readonly fallback: LocalAiProvider,
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

  /** The instruct model's reading of `text`, or undefined when it fails (time-out, error, bad JSON). */
  private remoteReading(operation: "sentiment" | "classify", text: string): Promise<Reading | undefined> {
    if (this.pending?.text !== text) {
      const reading = this.attempt(
        operation,
        async () => {
          const output = await this.generate(READING_PROMPT, [
            { role: "customer", text: text.slice(0, MAX_MESSAGE_CHARS) },
          ]);
          const parsed = ReadingSchema.safeParse(jsonIn(output));
          return parsed.success ? parsed.data : undefined;
        },
        async () => undefined,
      );
      this.pending = { text, reading };
    }
    return this.pending.reading;
  }

  async sentiment(text: string): Promise<Sentiment> {
    const local = await this.fallback.sentiment(text);
    if (!this.fallback.unsureAbout(text).negative) return local;
    const remote = await this.remoteReading("sentiment", text);
    if (remote === undefined) return local;
    return remote.negative
      ? { score: Math.min(local.score, REMOTE_NEGATIVE_SCORE), label: "negative" }
      : { score: Math.max(local.score, REMOTE_CALM_SCORE), label: "neutral" };
  }

  async classify(text: string): Promise<Classification> {
    const local = await this.fallback.classify(text);
    const unsure = this.fallback.unsureAbout(text);
    if (!unsure.human && !unsure.category) return local;
    const remote = await this.remoteReading("classify", text);
    if (remote === undefined) return local;
    return this.fallback.classify(text, {
      wantsHuman: unsure.human ? remote.wantsHuman : undefined,
      category: unsure.category ? remote.category : undefined,
    });
  }

  async summarize(history: readonly ChatTurn[]): Promise<HandoffSummary> {
    // Identifiers, the customer's own attempts and the mood are extracted, never generated: an instruct
    // model may drop or alter an order number, and these are what the agent copies from.
    const { customerTried, facts, mood } = await this.fallback.summarize(history);
    return this.attempt(
      "summarize",
      async () => {
        const parsed = HandoffSummarySchema.safeParse(jsonIn(await this.generate(SUMMARY_PROMPT, history)));
        return parsed.success && parsed.data.summary.trim() !== ""
          ? { ...parsed.data, customerTried, facts, mood }
          : undefined;
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

  wrapUp(history: readonly ChatTurn[], brief: WrapUpBrief, language: string): Promise<WrapUp> {
    const inLanguage = `${WRAP_UP_PROMPT} Write it in ${wrapUpPhrases(language).name}.`;
    const prompt = brief?.customerGoal
      ? `${inLanguage} The agent's brief gave the problem as: ${brief.customerGoal.slice(0, MAX_TURN_CHARS)}`
      : inLanguage;
    return this.attempt(
      "wrapUp",
      async () => {
        const parsed = WrapUpSchema.safeParse(jsonIn(await this.generate(prompt, history)));
        return parsed.success && parsed.data.problem.trim() !== "" ? parsed.data : undefined;
      },
      () => this.fallback.wrapUp(history, brief, language),
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
