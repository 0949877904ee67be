import type { Article } from "./article";
import { splitPassages } from "./passages";

/**
 * Vectors per article. One per passage (not per article): a question matches one paragraph, and an
 * article-wide vector blurs it with the rest; the matching passage is then also the one the bot quotes.
 * 32 passages of ≤ 600 characters cover almost any article under the 20,000-character limit; passages past
 * the cap stay reachable through full-text search.
 */
export const MAX_VECTORS_PER_ARTICLE = 32;

/** What the embedding of one passage is made from, and the vector's id. */
export interface PassageText {
  id: string;
  articleId: string;
  passage: number;
  text: string;
}

/**
 * Vector ids are `<articleId>#<passage>`: article ids are unique across workspaces, so ids never collide in
 * the shared index, and every id an article can own is known without reading the index.
 */
export function vectorId(articleId: string, passage: number): string {
  return `${articleId}#${passage}`;
}

/** The article and passage of a vector id; null for an id this code did not write. */
export function parseVectorId(id: string): { articleId: string; passage: number } | null {
  const at = id.lastIndexOf("#");
  const passage = Number(id.slice(at + 1));
  if (at <= 0 || !Number.isInteger(passage) || passage < 0) return null;
  return { articleId: id.slice(0, at), passage };
}

/**
 * The texts to embed for an article: its title before each passage, since a paragraph ("Click Connect and
 * pick a channel") often does not name its own topic.
 */
export function passageTexts(article: Pick<Article, "id" | "title" | "body">): PassageText[] {
  return splitPassages(article.body)
    .slice(0, MAX_VECTORS_PER_ARTICLE)
    .map((text, passage) => ({
      id: vectorId(article.id, passage),
      articleId: article.id,
      passage,
      text: `${article.title}\n\n${text}`,
    }));
}

/**
 * Ids from `from` up to the cap: after an update with fewer passages they are stale and must go, and after
 * a delete (`from` 0) all of them. Deleting an id that does not exist is harmless.
 */
export function vectorIdsFrom(articleId: string, from: number): string[] {
  const ids: string[] = [];
  for (let n = from; n < MAX_VECTORS_PER_ARTICLE; n++) ids.push(vectorId(articleId, n));
  return ids;
}
