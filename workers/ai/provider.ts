import { z } from "zod";

/** The query categories a conversation is routed by; each maps to an agent skill. */
export const CategorySchema = z.enum(["general", "billing", "technical", "sales", "legal", "account"]);
export type Category = z.infer<typeof CategorySchema>;

/** The languages the offline provider understands (ISO 639-1). */
export const LanguageSchema = z.enum(["en", "es", "fr", "de", "pt", "it"]);
export type Language = z.infer<typeof LanguageSchema>;

export const SentimentLabelSchema = z.enum(["negative", "neutral", "positive"]);

export const SentimentSchema = z.object({
  /** -1 (furious) … 1 (delighted). */
  score: z.number().min(-1).max(1),
  label: SentimentLabelSchema,
});
export type Sentiment = z.infer<typeof SentimentSchema>;

export const ClassificationSchema = z.object({
  category: CategorySchema,
  /** Finer-grained reasons (`refund`, `legal_process`, `high_value`, `rejects_answer`…), see docs/triggers.md. */
  intents: z.array(z.string()),
  wantsHuman: z.boolean(),
  language: LanguageSchema,
});
export type Classification = z.infer<typeof ClassificationSchema>;

/** An identifier the customer gave (order number, error code, e-mail, amount…), as they wrote it. */
export const FactSchema = z.object({
  kind: z.enum(["email", "url", "amount", "error", "reference", "date", "phone", "device", "quote"]),
  value: z.string().max(300),
});
export type Fact = z.infer<typeof FactSchema>;

/** The customer's mood over the chat, for the agent's first words. */
export const MoodSchema = z.object({
  /** How the latest customer message reads. */
  now: z.enum(["calm", "upset", "very upset"]),
  /** Compared with the customer's earlier messages. */
  trend: z.enum(["better", "steady", "worse"]),
  /** How many of the customer's messages read as upset. */
  upsetMessages: z.int().min(0),
});
export type Mood = z.infer<typeof MoodSchema>;

export const HandoffSummarySchema = z.object({
  summary: z.string(),
  customerGoal: z.string(),
  /** What the bot already suggested (its answers and the articles it cited), so the agent does not repeat it. */
  attempted: z.array(z.string()),
  /** What the customer says they already did themselves ("cleared the cache", "reinstalled"). */
  customerTried: z.array(z.string()).default([]),
  facts: z.array(FactSchema).default([]),
  mood: MoodSchema.nullable().default(null),
});
export type HandoffSummary = z.infer<typeof HandoffSummarySchema>;

/** One turn of a conversation as the AI sees it: no ids, no metadata. */
export const ChatTurnSchema = z.object({
  role: z.enum(["customer", "bot", "agent", "system"]),
  text: z.string(),
});
export type ChatTurn = z.infer<typeof ChatTurnSchema>;

/** After a resolve: what the problem was, what was done, what is left to do, for a CRM or a follow-up e-mail. */
export const WrapUpSchema = z.object({
  problem: z.string().max(500),
  done: z.array(z.string().max(300)).max(5),
  followUps: z.array(z.string().max(300)).max(5),
});
export type WrapUp = z.infer<typeof WrapUpSchema>;

/** What the handoff's brief already said about the problem (null: the bot kept the conversation). */
export type WrapUpBrief = { customerGoal: string | null; summary: string | null } | null;

/**
 * Everything Baton asks of an AI. Workers AI implements it in production, `LocalAiProvider` offline;
 * every implementation must answer (never throw) so an AI outage never blocks a chat.
 */
export interface AiProvider {
  sentiment(text: string): Promise<Sentiment>;
  classify(text: string): Promise<Classification>;
  summarize(history: readonly ChatTurn[]): Promise<HandoffSummary>;
  /** Replies an agent could send next, best first. */
  suggestReplies(history: readonly ChatTurn[]): Promise<string[]>;
  /**
   * The wrap-up of a resolved contact, from its history (this contact's) and the handoff's brief, written in
   * the conversation's `language` (ISO 639-1; English for one Baton does not speak).
   */
  wrapUp(history: readonly ChatTurn[], brief: WrapUpBrief, language: string): Promise<WrapUp>;
}
