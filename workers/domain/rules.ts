import { RE2JS } from "re2js";
import { z } from "zod";
import { CategorySchema, LanguageSchema } from "../ai/provider";

/**
 * A workspace's keyword pattern, compiled by RE2JS (case-insensitive): matching takes time linear in the
 * message whatever the pattern, so a pattern like `(a|aa)+$` cannot stall a conversation. Features that
 * need backtracking (look-arounds, back-references) are refused when the rules are saved.
 */
export function compilePattern(source: string): RE2JS {
  return RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
}

const PatternListSchema = z
  .array(z.string().min(1).max(500))
  .max(100)
  .superRefine((sources, ctx) => {
    sources.forEach((source, i) => {
      try {
        compilePattern(source);
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        ctx.addIssue({
          code: "custom",
          path: [i],
          message: `not a regular expression Baton can run in linear time (RE2 syntax: no look-arounds or back-references): ${reason}`,
        });
      }
    });
  });

const KeywordsSchema = z.object({
  /** Plain phrases, matched as whole words, ignoring case and accents ("cancel my account"). */
  phrases: z.array(z.string().trim().min(1).max(200)).max(200),
  /** Regular expressions in RE2 syntax (source only), tried on the message as written and with accents removed. */
  patterns: PatternListSchema,
});

/** A category that goes to a human from the start; with `intents`, only messages with one of them do. */
export const CategoryRuleSchema = z.object({
  category: CategorySchema,
  intents: z.array(z.string().min(1)).min(1).optional(),
});
export type CategoryRule = z.infer<typeof CategoryRuleSchema>;

const SentimentRulesSchema = z.object({
  /** A customer message at or below this score counts as negative. */
  negativeScore: z.number().min(-1).max(0),
  /** One message at or below this score hands off on its own. */
  strongNegativeScore: z.number().min(-1).max(0),
  /** This many negative customer messages in a row hand off. */
  consecutiveNegative: z.int().min(1).max(20),
});

export const RulesSchema = z.object({
  keywords: KeywordsSchema,
  categories: z.array(CategoryRuleSchema).max(50),
  sentiment: SentimentRulesSchema.refine((s) => s.strongNegativeScore <= s.negativeScore, {
    message: "sentiment.strongNegativeScore must be at or below sentiment.negativeScore",
    path: ["strongNegativeScore"],
  }),
  /** Bot failures (admitted, flagged low-confidence, or answers the customer rejected) before a handoff. */
  failureCount: z.int().min(1).max(20),
  /** The customer message number at which the bot gives up. */
  turnLimit: z.int().min(1).max(1000),
  /** Languages the bot serves; a customer writing in another one raises the escalation risk. */
  languages: z.array(LanguageSchema).min(1),
  /** Hand off as soon as the predicted escalation risk reaches this; null turns proactive handoff off. */
  riskThreshold: z.number().min(0).max(1).nullable(),
});
export type Rules = z.infer<typeof RulesSchema>;

/** The shape of a PUT body: every part optional, each given part replaces the current one. */
export const RulesPatchSchema = z
  .object({
    keywords: KeywordsSchema.partial(),
    categories: RulesSchema.shape.categories,
    sentiment: SentimentRulesSchema.partial(),
    failureCount: RulesSchema.shape.failureCount,
    turnLimit: RulesSchema.shape.turnLimit,
    languages: RulesSchema.shape.languages,
    riskThreshold: RulesSchema.shape.riskThreshold,
  })
  .partial()
  .strict();
export type RulesPatch = z.infer<typeof RulesPatchSchema>;

/** The defaults of the eval README: the rules every workspace starts with. */
export const DEFAULT_RULES: Rules = {
  keywords: {
    phrases: [],
    patterns: [
      String.raw`\bcancel(?:l?ing|l?ed|lation)?\b.{0,30}\b(?:subscription|plan|membership)\b`,
      String.raw`\b(?:end|stop|terminate|quit)\s+(?:my|our|the)\s+(?:subscription|membership)\b`,
      String.raw`\bcancelar\b.{0,30}\b(?:suscripcion|plan|membresia|assinatura|plano|subscricao)\b|\bdar(?:me)? de baja\b`,
      String.raw`\b(?:annuler|resilier)\b.{0,30}\b(?:abonnement|forfait|offre)\b|\bresiliation\b`,
      String.raw`\b(?:kundigen|kuendigen)\b|\bkundigung\b|\b(?:abo|abonnement)\b.{0,30}\b(?:beenden|stornieren)\b`,
      String.raw`\b(?:annullare|disdire|cancellare|disattivare)\b.{0,30}\b(?:abbonamento|piano|iscrizione)\b|\bdisdetta\b`,
    ],
  },
  categories: [
    { category: "billing", intents: ["refund", "billing_dispute"] },
    { category: "legal" },
    { category: "sales", intents: ["high_value"] },
  ],
  sentiment: { negativeScore: -0.35, strongNegativeScore: -0.6, consecutiveNegative: 2 },
  failureCount: 2,
  turnLimit: 6,
  languages: ["en", "es", "fr", "de", "pt", "it"],
  riskThreshold: null,
};

/** Applies a validated patch: each part present replaces the base's, nested objects merge one level. */
export function mergeRules(base: Rules, patch: RulesPatch): Rules {
  return {
    ...base,
    ...patch,
    keywords: { ...base.keywords, ...patch.keywords },
    sentiment: { ...base.sentiment, ...patch.sentiment },
  };
}

export interface RulesIssue {
  /** Dotted path of the offending field, e.g. `keywords.patterns.0`. */
  field: string;
  message: string;
}

export type RulesParseResult = { success: true; rules: Rules } | { success: false; issues: RulesIssue[] };

function toIssues(error: z.ZodError): RulesIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join(".") || "(root)";
    const message = issue.message.includes(field) ? issue.message : `${field}: ${issue.message}`;
    return { field, message };
  });
}

/**
 * Validates a (possibly partial) rules document and merges it onto `base`. Every issue names its field,
 * so a REST handler can answer 400 with them as they are.
 */
export function parseRules(input: unknown, base: Rules = DEFAULT_RULES): RulesParseResult {
  const patch = RulesPatchSchema.safeParse(input);
  if (!patch.success) return { success: false, issues: toIssues(patch.error) };
  const merged = RulesSchema.safeParse(mergeRules(base, patch.data));
  if (!merged.success) return { success: false, issues: toIssues(merged.error) };
  return { success: true, rules: merged.data };
}
