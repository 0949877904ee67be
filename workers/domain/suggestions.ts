import type { ChatTurn } from "../ai/provider";
import type { RetrievedArticle } from "../knowledge/types";
import { isChatMessage, type Message } from "../protocol/message";
import type { Suggestion } from "../protocol/replies";

/** Enough to choose from without a wall of text beside the composer. */
export const MAX_SUGGESTIONS = 5;
/** Help-centre passages offered at most; the rest of the list is the AI's. */
const MAX_PASSAGES = 2;
/** A passage covering less of the question than this answers something else. */
export const MIN_COVERAGE = 0.34;
/** The recent chat is what the next reply answers; older turns only slow the model down. */
const HISTORY_TURNS = 30;

/** The chat as the AI reads it for a suggestion: the latest turns, without notes or silent system lines. */
export function suggestionHistory(messages: readonly Message[]): ChatTurn[] {
  return messages
    .filter(isChatMessage)
    .filter((m) => m.text.trim() !== "")
    .slice(-HISTORY_TURNS)
    .map(({ role, text }) => ({ role, text }));
}

/** The help-centre articles the bot already cited in this conversation: offering them again helps nobody. */
export function citedArticleIds(messages: readonly Message[]): Set<string> {
  const ids = new Set<string>();
  for (const m of messages) {
    const citations = m.role === "bot" && Array.isArray(m.meta.citations) ? m.meta.citations : [];
    for (const c of citations) {
      if (c && typeof c === "object" && "articleId" in c && typeof c.articleId === "string")
        ids.add(c.articleId);
    }
  }
  return ids;
}

const same = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The co-pilot's list, best first: the AI's first reply (its best guess, usually the opener), then the
 * help-centre passages that answer the question and the bot has not already cited, then the AI's other
 * replies; duplicates removed.
 */
export function mergeSuggestions(
  replies: readonly string[],
  articles: readonly RetrievedArticle[],
  cited: ReadonlySet<string>,
): Suggestion[] {
  const passages: Suggestion[] = articles
    .filter((a) => a.coverage >= MIN_COVERAGE && !cited.has(a.articleId) && a.passage.trim() !== "")
    .slice(0, MAX_PASSAGES)
    .map((a) => ({
      text: a.passage.trim(),
      source: "knowledge",
      article: { id: a.articleId, title: a.title },
    }));
  const ai: Suggestion[] = replies
    .filter((r) => r.trim() !== "")
    .map((text) => ({ text: text.trim(), source: "ai" }));
  const ordered = [...ai.slice(0, 1), ...passages, ...ai.slice(1)];
  const seen = new Set<string>();
  return ordered
    .filter((s) => {
      const key = same(s.text);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_SUGGESTIONS);
}
