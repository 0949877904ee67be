import { embedTexts } from "../workers/ai/embeddings";
import type { AiBinding } from "../workers/ai/workers-ai";
import type { Article } from "../workers/knowledge/article";
import { type CalibrationSample, cosine } from "../workers/knowledge/calibration";
import { passageTexts } from "../workers/knowledge/vectors";

/** A labeled question: the article that answers it, or null when the bot must decline it. */
export interface LabeledQuestion {
  question: string;
  article: string | null;
}

/** Texts per Workers AI call: bge-m3 takes batches, and one huge call is one long wait to fail. */
const BATCH = 50;

async function embedAll(ai: AiBinding, texts: readonly string[]): Promise<number[][]> {
  const out: number[][] = [];
  for (let i = 0; i < texts.length; i += BATCH) {
    const result = await embedTexts(ai, texts.slice(i, i + BATCH), { timeoutMs: 60_000 });
    if (!result.ok) throw new Error(`embedding failed (${result.reason}): ${result.detail}`);
    out.push(...result.vectors);
  }
  return out;
}

/**
 * What the vector index would say of each labeled question: every passage of the articles embedded as
 * production indexes them (`passageTexts`), every question as production queries it, and each question's
 * nearest passage by cosine (the index's metric), compared in memory rather than through Vectorize.
 */
export async function embeddingSamples(
  ai: AiBinding,
  articles: readonly Pick<Article, "id" | "title" | "body">[],
  questions: readonly LabeledQuestion[],
): Promise<CalibrationSample[]> {
  const passages = articles.flatMap(passageTexts);
  const passageVectors = await embedAll(
    ai,
    passages.map((p) => p.text),
  );
  const questionVectors = await embedAll(
    ai,
    questions.map((q) => q.question),
  );
  return questions.map((q, i) => {
    let best = { similarity: -1, articleId: "" };
    passageVectors.forEach((vector, p) => {
      const similarity = cosine(questionVectors[i] ?? [], vector);
      if (similarity > best.similarity) best = { similarity, articleId: passages[p]?.articleId ?? "" };
    });
    return {
      similarity: best.similarity,
      inScope: q.article !== null,
      right: q.article !== null && best.articleId === q.article,
    };
  });
}
