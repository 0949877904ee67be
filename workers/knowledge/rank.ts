import { GENERIC_SALIENCE, type QueryTerm, termMatch } from "./expand";
import { bestPassage, type WeightedTerm } from "./passages";
import { stemsOf } from "./stemming";
import type { KnowledgeCandidate, RetrievedArticle, TermStats } from "./types";

/** Context words (from earlier messages) count this much of a word of the latest message. */
const CONTEXT_WEIGHT = 0.35;
/**
 * How much the share of the question found in an article's title and tags adds to its rank: the heading
 * says what an article is about, the body mentions much besides ("billing admins" in the invoices article).
 */
const HEADING_WEIGHT = 0.5;
/** Full-text rank only breaks near-ties: it rewards long articles that repeat a word, not answers. */
const SEARCH_WEIGHT = 0.15;

/** BM25's inverse document frequency: a word in every article weighs ~0, a word in none weighs most. */
export function termWeight(term: string, stats: TermStats): number {
  const df = stats.documentFrequency.get(term) ?? 0;
  const n = Math.max(stats.articles, df);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function weighted(terms: readonly QueryTerm[], stats: TermStats, factor = 1): WeightedTerm[] {
  return terms.map((term) => {
    const absent = (stats.documentFrequency.get(term.term) ?? 0) === 0 && term.forms.length > term.own;
    const salience = absent ? Math.min(term.salience, GENERIC_SALIENCE) : term.salience;
    return { term, weight: factor * salience * termWeight(term.term, stats) };
  });
}

/** A turn's query with every word's forms: what the latest message asks, and what came before. */
export interface ExpandedQuery {
  terms: readonly QueryTerm[];
  context: readonly QueryTerm[];
  /** The customer's language: between articles that answer alike, the one they can read wins. */
  language: string;
}

/**
 * Ranking bonus for an article in the customer's language, and a smaller one for English, which most
 * customers of a help centre written in it read: a German question about a password prefers the English
 * article over the Spanish one that says the same.
 */
function languageBonus(article: string, customer: string): number {
  if (article === customer) return 0.15;
  return article === "en" ? 0.1 : 0;
}

/**
 * The weighted share of `terms` found in `stems`, 0 … 1 (0 for no terms). `exact`: a synonym counts less
 * than the customer's own word, for ranking; without it any form counts in full, for confidence, since a
 * translation answers as well as the word itself.
 */
function coverage(
  stems: ReadonlySet<string>,
  terms: readonly WeightedTerm[],
  language: string,
  exact = false,
): number {
  let total = 0;
  let found = 0;
  for (const { term, weight } of terms) {
    total += weight;
    const match = termMatch(stems, term, language);
    found += weight * (exact ? match : Math.ceil(match));
  }
  return total > 0 ? found / total : 0;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Ranks full-text candidates for a turn: mostly by how much of the latest message each article covers,
 * then by how much of the earlier context, then by bm25. Returns the best `limit`, each with its best passage.
 */
export function rankCandidates(
  candidates: readonly KnowledgeCandidate[],
  query: ExpandedQuery,
  stats: TermStats,
  limit: number,
): RetrievedArticle[] {
  const terms = weighted(query.terms, stats);
  const context = weighted(query.context, stats);
  const passageTerms = [...terms, ...weighted(query.context, stats, CONTEXT_WEIGHT)];
  const bestBm25 = Math.min(0, ...candidates.map((c) => c.bm25));
  return candidates
    .map((c) => {
      // Read in the article's own language, the way its words inflect.
      const stems = stemsOf(`${c.title}\n${c.tags.join("\n")}\n${c.body}`, c.language);
      const heading = stemsOf(`${c.title}\n${c.tags.join("\n")}`, c.language);
      // A follow-up ("what about the entire workspace?") is answered when it is, read with its context.
      const covered = Math.max(coverage(stems, terms, c.language), coverage(stems, passageTerms, c.language));
      const search = bestBm25 < 0 ? c.bm25 / bestBm25 : 0;
      const score =
        coverage(stems, terms, c.language, true) +
        HEADING_WEIGHT * coverage(heading, terms, c.language, true) +
        CONTEXT_WEIGHT * coverage(stems, context, c.language) +
        SEARCH_WEIGHT * search +
        languageBonus(c.language, query.language);
      return { candidate: c, score, covered };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ candidate: c, score, covered }) => ({
      articleId: c.id,
      title: c.title,
      language: c.language,
      passage: bestPassage(c.body, passageTerms, c.language),
      body: c.body,
      score: round(score),
      coverage: round(covered),
    }));
}
