import type { ChatTurn } from "../ai/provider";
import type { RetrievedArticle } from "../knowledge/types";
import type { Persona } from "./persona";
import { phrases } from "./phrases";

export interface Citation {
  articleId: string;
  title: string;
}

/** The bot's reply to one customer message. */
export interface BotAnswer {
  text: string;
  /** 0 … 1: how much of the question the cited article covers. */
  confidence: number;
  /** The articles the answer comes from; empty when the bot declined. */
  citations: Citation[];
  /**
   * The bot could not answer (confidence under the persona's threshold, or the model found no answer in the
   * articles): `text` is the decline phrase, and the message counts as a bot failure (`meta.botFailure`).
   */
  failed: boolean;
  /** Who wrote `text`: Workers AI, or the offline composer (also Workers AI's fallback). */
  source: "workers-ai" | "offline";
}

/** The reply when the bot has nothing good enough to say. */
export function declined(language: string, confidence: number): BotAnswer {
  return { text: phrases(language).decline, confidence, citations: [], failed: true, source: "offline" };
}

/** An article's passage introduced in the persona's tone and the customer's language. */
function quotePassage(persona: Persona, language: string, article: RetrievedArticle): string {
  if (persona.tone === "concise") return article.passage;
  return `${phrases(language).answerLead[persona.tone](article.title)}\n\n${article.passage}`;
}

/**
 * The offline bot: answers with the best passage of the best article, when that article covers enough of
 * the question for the persona's threshold; otherwise declines. A passage the bot gave in its previous reply
 * is skipped for another good article when there is one: saying it again would not help.
 * `question` is in the signature for parity with `answerWithWorkersAi`: retrieval has already read it.
 */
export function answerOffline(
  persona: Persona,
  _question: string,
  retrieved: readonly RetrievedArticle[],
  history: readonly ChatTurn[],
  language: string,
): BotAnswer {
  const lastReply = history.findLast((t) => t.role === "bot")?.text ?? "";
  const good = retrieved.filter((a) => a.coverage >= persona.confidenceThreshold);
  const best = good.find((a) => !lastReply.includes(a.passage)) ?? good[0];
  if (!best) return declined(language, retrieved[0]?.coverage ?? 0);
  return {
    text: quotePassage(persona, language, best),
    confidence: best.coverage,
    citations: [{ articleId: best.articleId, title: best.title }],
    failed: false,
    source: "offline",
  };
}
