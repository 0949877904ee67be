/** An article as full-text search returns it, before the bot's own ranking. */
export interface KnowledgeCandidate {
  id: string;
  title: string;
  body: string;
  tags: readonly string[];
  language: string;
  /** FTS5 bm25 of the article for the query: lower is better, below 0; 0 for an article only the vector index found. */
  bm25: number;
}

/** An article retrieved for a bot turn, best first. */
export interface RetrievedArticle {
  articleId: string;
  title: string;
  language: string;
  /** The paragraph of the article that answers best: what the offline bot says, what the model reads first. */
  passage: string;
  /** The article's text, for a model to read around the passage. */
  body: string;
  /**
   * Relevance for ranking, 0 … ~1.5: the latest message's match plus some context and search rank; with the
   * vector index, at least the coverage its similarity gives.
   */
  score: number;
  /**
   * How much of what the customer asked this article covers, 0 … 1: the share of the question's topic words
   * it contains, each weighted by how rare it is in the knowledge base; for a follow-up, the question read
   * with its context when that covers more. The bot's confidence comes from it.
   */
  coverage: number;
}

/**
 * How many articles of the workspace contain each term (and how many there are): rare words weigh more, and
 * a word no article contains ("Salesforce") tells the bot the question is probably not about this product.
 */
export interface TermStats {
  articles: number;
  documentFrequency: ReadonlyMap<string, number>;
}
