import type { RetrievedArticle } from "../../../workers/knowledge/types";

/** A retrieved article as `retrieveForTurn` returns it, with the fields a test cares about. */
export function retrieved(overrides: Partial<RetrievedArticle> = {}): RetrievedArticle {
  return {
    articleId: "kb_slack",
    title: "Connect Orbit to Slack",
    language: "en",
    passage: "Go to Settings → Integrations → Slack and click Connect.",
    body: "The Slack integration posts updates.\n\nGo to Settings → Integrations → Slack and click Connect.",
    score: 1,
    coverage: 0.9,
    ...overrides,
  };
}
