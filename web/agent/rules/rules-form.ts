import { type Category, CategorySchema, type Language, LanguageSchema } from "../../../workers/ai/provider";
import type { Rules } from "../../../workers/domain/rules";

export const CATEGORIES: readonly Category[] = CategorySchema.options;
export const LANGUAGES: readonly Language[] = LanguageSchema.options;

/**
 * The rules as the editor holds them: text as typed. Nothing is checked here: the server validates the
 * whole document and names each field that is wrong, so the editor shows exactly the API's reasons.
 */
export type RulesDraft = {
  phrases: string;
  patterns: string;
  /** Per category: whether it goes to a person, and the intents that do (comma separated; empty: all). */
  categories: Record<Category, { on: boolean; intents: string }>;
  negativeScore: string;
  strongNegativeScore: string;
  consecutiveNegative: string;
  failureCount: string;
  turnLimit: string;
  languages: Language[];
  /** Empty: proactive handoff off. */
  riskThreshold: string;
};

/** The form's controls a server error can point at; `form` for anything else. */
export type DraftField =
  | Exclude<keyof RulesDraft, "categories" | "languages">
  | "categories"
  | "languages"
  | "form";

export function toDraft(rules: Rules): RulesDraft {
  const categories = Object.fromEntries(
    CATEGORIES.map((category) => {
      const rule = rules.categories.find((r) => r.category === category);
      return [category, { on: rule !== undefined, intents: rule?.intents?.join(", ") ?? "" }];
    }),
  ) as RulesDraft["categories"];
  return {
    phrases: rules.keywords.phrases.join("\n"),
    patterns: rules.keywords.patterns.join("\n"),
    categories,
    negativeScore: String(rules.sentiment.negativeScore),
    strongNegativeScore: String(rules.sentiment.strongNegativeScore),
    consecutiveNegative: String(rules.sentiment.consecutiveNegative),
    failureCount: String(rules.failureCount),
    turnLimit: String(rules.turnLimit),
    languages: [...rules.languages],
    riskThreshold: rules.riskThreshold === null ? "" : String(rules.riskThreshold),
  };
}

const lines = (text: string) => text.split(/\r?\n/).filter((line) => line.trim() !== "");

/** A number as typed: a number when it reads as one, else the text itself, so the server says what is wrong. */
function numeric(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

/** The body of `PUT /rules` (and the `rules` of a backtest): the whole document, as the form has it. */
export function toPatch(draft: RulesDraft): Record<string, unknown> {
  return {
    keywords: { phrases: lines(draft.phrases).map((p) => p.trim()), patterns: lines(draft.patterns) },
    categories: CATEGORIES.flatMap((category) => {
      const { on, intents } = draft.categories[category];
      if (!on) return [];
      const list = intents
        .split(",")
        .map((i) => i.trim())
        .filter(Boolean);
      return [list.length > 0 ? { category, intents: list } : { category }];
    }),
    sentiment: {
      negativeScore: numeric(draft.negativeScore),
      strongNegativeScore: numeric(draft.strongNegativeScore),
      consecutiveNegative: numeric(draft.consecutiveNegative),
    },
    failureCount: numeric(draft.failureCount),
    turnLimit: numeric(draft.turnLimit),
    languages: draft.languages,
    riskThreshold: numeric(draft.riskThreshold),
  };
}

const DIRECT: Record<string, DraftField> = {
  "keywords.phrases": "phrases",
  "keywords.patterns": "patterns",
  "sentiment.negativeScore": "negativeScore",
  "sentiment.strongNegativeScore": "strongNegativeScore",
  "sentiment.consecutiveNegative": "consecutiveNegative",
  failureCount: "failureCount",
  turnLimit: "turnLimit",
  riskThreshold: "riskThreshold",
  categories: "categories",
  languages: "languages",
};

/**
 * The API's field errors (`[{field, reason}]`, e.g. `keywords.patterns[2]` or, from a backtest,
 * `rules.turnLimit`) by the control they belong to. A list's item is named by its line, as the user sees it.
 */
export function fieldErrors(details: unknown): Partial<Record<DraftField, string[]>> {
  const out: Partial<Record<DraftField, string[]>> = {};
  if (!Array.isArray(details)) return out;
  for (const detail of details) {
    const field = typeof detail?.field === "string" ? detail.field.replace(/^rules\.?/, "") : "";
    const reason = typeof detail?.reason === "string" ? detail.reason : "is not valid";
    const match = /^([a-zA-Z]+(?:\.[a-zA-Z]+)?)(?:\[(\d+)\])?/.exec(field);
    const target = (match && DIRECT[match[1] ?? ""]) || "form";
    const index = match?.[2];
    const line = index !== undefined && (target === "phrases" || target === "patterns");
    const text = line
      ? `Line ${Number(index) + 1}: ${reason}`
      : target === "form"
        ? `${field}: ${reason}`
        : reason;
    out[target] = [...(out[target] ?? []), text];
  }
  return out;
}
