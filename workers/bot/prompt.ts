import type { ChatTurn } from "../ai/provider";
import type { RetrievedArticle } from "../knowledge/types";
import { NO_ANSWER } from "./answer-stream";
import type { Persona, Tone } from "./persona";

/** Article text the model reads per article: enough for an answer, bounded so three fit any context window. */
const MAX_ARTICLE_CHARS = 1500;
const MAX_HISTORY_TURNS = 6;
const MAX_TURN_CHARS = 500;
const MAX_WORDS = 120;

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: "English",
  es: "Spanish",
  fr: "French",
  de: "German",
  pt: "Portuguese",
  it: "Italian",
};

const TONES: Readonly<Record<Tone, string>> = {
  friendly: "warm and friendly, but to the point",
  formal: "polite and formal",
  concise: "brief and direct, no pleasantries",
};

export interface ModelMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** The article as the model reads it: the passage retrieval chose first, then as much of the rest as fits. */
function articleText(a: RetrievedArticle): string {
  if (a.body.length <= MAX_ARTICLE_CHARS) return a.body;
  const rest = a.body.replace(a.passage, "").slice(0, Math.max(0, MAX_ARTICLE_CHARS - a.passage.length));
  return `${a.passage}\n…\n${rest}…`;
}

/**
 * The chat for an instruct model: a system prompt that grounds the answer in the numbered articles, asks for
 * `[n]` citations and for the NO_ANSWER sentinel when the articles do not answer; then the recent turns and
 * the question.
 */
export function answerMessages(
  persona: Persona,
  question: string,
  articles: readonly RetrievedArticle[],
  history: readonly ChatTurn[],
  language: string,
): ModelMessage[] {
  const sources = articles.map((a, i) => `[${i + 1}] ${a.title}\n${articleText(a)}`).join("\n\n");
  const system = [
    `You are ${persona.name}, the customer support assistant of this company, chatting with a customer.`,
    `Your tone is ${TONES[persona.tone]}.`,
    ...(persona.description ? [`Your role: ${persona.description}`] : []),
    "Answer the customer's last message using only the help-centre articles below. Never add features, prices, steps, links or promises the articles do not state.",
    "After each sentence, cite the article it comes from by its number in square brackets, like [1].",
    `Reply in ${LANGUAGE_NAMES[language] ?? "the customer's language"}, in plain text, in at most ${MAX_WORDS} words.`,
    `If the articles do not answer the question, reply with exactly ${NO_ANSWER} and nothing else.`,
    "",
    "Articles:",
    sources,
  ].join("\n");
  const turns = history.filter((t) => t.role === "customer" || t.role === "bot");
  // The DO may pass the history with or without the question at its end.
  const last = turns.at(-1);
  const earlier = last?.role === "customer" && last.text === question ? turns.slice(0, -1) : turns;
  return [
    { role: "system", content: system },
    ...earlier.slice(-MAX_HISTORY_TURNS).map(
      (t): ModelMessage => ({
        role: t.role === "customer" ? "user" : "assistant",
        content: t.text.slice(0, MAX_TURN_CHARS),
      }),
    ),
    { role: "user", content: question.slice(0, MAX_TURN_CHARS * 2) },
  ];
}
