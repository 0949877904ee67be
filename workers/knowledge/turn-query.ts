import { detectLanguage } from "../ai/local/language";
import { type Token, tokenize } from "../ai/local/text";
import type { ChatTurn } from "../ai/provider";
import { questionLanguage } from "./question-language";
import { STOPWORDS } from "./stopwords";
import { contentTerms, unElided } from "./terms";

/** What to look up for one bot turn. */
export interface TurnQuery {
  /** The customer's latest message, as written. */
  question: string;
  /** The language the latest message is written in: how its words inflect. */
  language: string;
  /** Topic words of the latest message: what the answer must be about. */
  terms: string[];
  /**
   * Topic words of the customer's previous messages that the latest one does not repeat, most recent first:
   * "and with Teams?" after "how do I connect Slack?" is about connecting. They help rank, with less weight.
   */
  context: string[];
  /** Words of the latest message written as names (capitalised inside a sentence): "Netflix", "Hotmail". */
  names: string[];
}

export interface TurnQueryOptions {
  /** How many earlier customer messages lend context. */
  contextTurns?: number;
}

const DEFAULT_CONTEXT_TURNS = 2;
const MAX_CONTEXT_TERMS = 8;

/**
 * The query for the bot's turn: the latest customer message, with earlier customer messages as context. Bot
 * replies are left out: they repeat article wording and would pull retrieval back to the article already
 * given. When the latest message has no topic words at all ("how?", "and then?"), the context becomes the
 * query, since the customer is referring back.
 */
export function buildTurnQuery(history: readonly ChatTurn[], options: TurnQueryOptions = {}): TurnQuery {
  const customer = history.filter((t) => t.role === "customer");
  const question = customer.at(-1)?.text ?? "";
  const terms = contentTerms(question);
  const context: string[] = [];
  const earlier = customer.slice(0, -1).slice(-(options.contextTurns ?? DEFAULT_CONTEXT_TURNS));
  for (const turn of earlier.reverse()) {
    for (const t of contentTerms(turn.text)) {
      if (!terms.includes(t) && !context.includes(t)) context.push(t);
    }
  }
  const trimmed = context.slice(0, MAX_CONTEXT_TERMS);
  const tokens = tokenize(question);
  const language = questionLanguage(
    tokens.map((t) => unElided(t.norm)),
    detectLanguage(question),
  );
  const names = language === "de" ? [] : namesIn(question, tokens);
  return terms.length > 0
    ? { question, language, terms, context: trimmed, names }
    : { question, language, terms: trimmed, context: [], names };
}

/**
 * Words capitalised where a sentence does not start: names of products and services. German capitalises
 * every noun, so a German question has none by this reading.
 */
function namesIn(text: string, tokens: readonly Token[]): string[] {
  return tokens
    .filter((t, i) => i > 0 && /^\p{Lu}/u.test(t.raw) && !/[.!?¿¡:]\s*$/.test(text.slice(0, t.start)))
    .map((t) => unElided(t.norm))
    .filter((w) => !STOPWORDS.has(w));
}

/**
 * What to embed for the turn: the latest customer message alone when it has topic words of its own, since
 * earlier turns about something else would pull its vector away; with the earlier customer messages before
 * it when it has none ("and then?"), as full-text retrieval does with their words.
 */
export function semanticText(history: readonly ChatTurn[], options: TurnQueryOptions = {}): string {
  const customer = history.filter((t) => t.role === "customer").map((t) => t.text);
  const question = customer.at(-1) ?? "";
  if (contentTerms(question).length > 0) return question;
  return customer.slice(-1 - (options.contextTurns ?? DEFAULT_CONTEXT_TURNS)).join("\n");
}
