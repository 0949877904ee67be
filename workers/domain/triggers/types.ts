import { z } from "zod";
import { CategorySchema, LanguageSchema, SentimentSchema } from "../../ai/provider";

/** What the engine knows about one customer message; stored with the message so it is computed once. */
export const MessageAnalysisSchema = z.object({
  sentiment: SentimentSchema,
  wantsHuman: z.boolean(),
  category: CategorySchema,
  intents: z.array(z.string()),
  language: LanguageSchema,
  /** The customer turns the bot's previous answer down ("that's not it"): counts as a bot failure. */
  rejectsAnswer: z.boolean(),
  /** How loudly it is written, 0 … 1 (capitals, !!!, ??): feeds the escalation risk. */
  emphasis: z.number().min(0).max(1),
});
export type MessageAnalysis = z.infer<typeof MessageAnalysisSchema>;

/** One message of the history the engine reads. Agent and system messages are ignored. */
export interface EngineMessage {
  role: "customer" | "bot" | "agent" | "system";
  text: string;
  meta?: {
    /** For customer messages: the stored analysis (computed on the spot when missing). */
    analysis?: MessageAnalysis;
    /**
     * For bot messages: whether the bot itself failed (e.g. the knowledge base had no good match); when it
     * is absent, the model reads the reply.
     */
    botFailure?: boolean;
    /** For bot messages: a notice the bot posts itself (the greeting…), never a failure. */
    event?: string;
  };
}

/** Trigger names in the order `triggers` lists them; `risk` (proactive handoff) comes last. */
export const TRIGGER_ORDER = [
  "explicit_request",
  "keyword_rule",
  "category",
  "repeated_failure",
  "negative_sentiment",
  "turn_limit",
  "risk",
] as const;
export const TriggerNameSchema = z.enum(TRIGGER_ORDER);
export type TriggerName = z.infer<typeof TriggerNameSchema>;

export const SignalsSchema = z.object({
  wantsHuman: z.boolean(),
  sentiment: SentimentSchema,
  /** Latest sentiment minus the average of the previous few customer messages, -1 … 1 (negative: souring). */
  sentimentTrend: z.number().min(-1).max(1),
  /** The conversation's topic: the latest message's category, or the latest specific one before it. */
  category: CategorySchema,
  intents: z.array(z.string()),
  botFailures: z.int().min(0),
  customerTurns: z.int().min(0),
  /** Predicted escalation risk, 0 … 1; rises before a trigger fires. */
  risk: z.number().min(0).max(1),
});
export type Signals = z.infer<typeof SignalsSchema>;

export const DecisionSchema = z.object({
  handoff: z.boolean(),
  trigger: TriggerNameSchema.nullable(),
  triggers: z.array(TriggerNameSchema),
  signals: SignalsSchema,
  /** One sentence for the agent (and the customer-facing notice) saying why. */
  explanation: z.string(),
});
export type Decision = z.infer<typeof DecisionSchema>;
