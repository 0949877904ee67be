import { z } from "zod";
import { Timeout, withTimeout } from "./with-timeout";
import type { AiBinding } from "./workers-ai";

/**
 * Multilingual (the bot answers in six languages and a help centre may be written in any of them), 1024
 * dimensions, and no instruction prefix for queries, so questions and passages embed the same way.
 */
export const EMBEDDING_MODEL = "@cf/baai/bge-m3";
/** What `wrangler vectorize create baton-knowledge --dimensions=…` must say for this model. */
export const EMBEDDING_DIMENSIONS = 1024;

/** Why embedding failed; every caller falls back to full-text search alone. */
export type EmbeddingFailure = "timeout" | "error" | "malformed";

export type EmbeddingResult =
  | { ok: true; vectors: number[][] }
  | { ok: false; reason: EmbeddingFailure; detail: string };

export interface EmbedOptions {
  timeoutMs: number;
  model?: string;
  dimensions?: number;
}

/**
 * The documented output for `{text: string[]}`: `{shape: [n, dims], data: number[][]}` (`pooling` may come
 * too). bge-m3 also answers `{response}` for query-and-contexts input and `{request_id}` for queued batches;
 * neither is what we asked for, so both fail validation like any other shape would.
 */
const EmbeddingOutputSchema = z.object({
  shape: z.tuple([z.number().int(), z.number().int()]),
  data: z.array(z.array(z.number().refine(Number.isFinite, "not a finite number")).min(1)),
});

/**
 * Embeds `texts` with Workers AI, in one call. Never throws: a time-out, a thrown error, or output that is
 * not one finite vector of the index's dimensions per text comes back as a failure, since a wrong vector
 * upserted or queried would silently corrupt retrieval.
 */
export async function embedTexts(
  ai: AiBinding,
  texts: readonly string[],
  options: EmbedOptions,
): Promise<EmbeddingResult> {
  if (texts.length === 0) return { ok: true, vectors: [] };
  const dimensions = options.dimensions ?? EMBEDDING_DIMENSIONS;
  let output: unknown;
  try {
    output = await withTimeout(
      () => ai.run(options.model ?? EMBEDDING_MODEL, { text: [...texts] }),
      options.timeoutMs,
    );
  } catch (reason) {
    return { ok: false, reason: reason instanceof Timeout ? "timeout" : "error", detail: String(reason) };
  }
  const parsed = EmbeddingOutputSchema.safeParse(output);
  if (!parsed.success) return { ok: false, reason: "malformed", detail: parsed.error.message };
  const { shape, data } = parsed.data;
  const consistent =
    data.length === texts.length &&
    shape[0] === texts.length &&
    shape[1] === dimensions &&
    data.every((v) => v.length === dimensions);
  if (!consistent) {
    return {
      ok: false,
      reason: "malformed",
      detail: `expected ${texts.length} vectors of ${dimensions}, got shape [${shape.join(", ")}]`,
    };
  }
  return { ok: true, vectors: data };
}
