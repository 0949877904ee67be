/**
 * `npm run calibrate:embeddings`: chooses the similarity cut-offs of the vector index (SIMILARITY_FLOOR and
 * SIMILARITY_FULL in workers/knowledge/fusion.ts) on the labeled and dev question sets with the real bge-m3,
 * through the Workers AI REST API. Needs CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN (a token with
 * Workers AI read); it embeds ~500 short texts, within the free daily allowance. Prints the cut-offs that
 * keep ≥ 0.9 of out-of-scope questions declined by the index alone, and the accuracy they leave; copy them
 * into fusion.ts and docs/bot.md. The blind set is never read.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AiBinding } from "../workers/ai/workers-ai";
import { DEFAULT_CONFIDENCE_THRESHOLD } from "../workers/bot/persona";
import { calibrateCutoffs } from "../workers/knowledge/calibration";
import { SIMILARITY_FLOOR, SIMILARITY_FULL } from "../workers/knowledge/fusion";
import { DEMO_ARTICLES } from "./demo-knowledge";
import { embeddingSamples, type LabeledQuestion } from "./embedding-samples";

const account = process.env.CLOUDFLARE_ACCOUNT_ID;
const token = process.env.CLOUDFLARE_API_TOKEN;
if (!account || !token) {
  console.log("Set CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN to calibrate against Workers AI.");
  process.exit(1);
}

/** The REST API behind the same interface as the Worker's `env.AI`: `{success, result}` wraps the output. */
const ai: AiBinding = {
  async run(model, inputs) {
    const response = await fetch(`https://api.cloudflare.com/client/v4/accounts/${account}/ai/run/${model}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(inputs),
    });
    const body = (await response.json()) as { success?: boolean; result?: unknown; errors?: unknown };
    if (!response.ok || !body.success) throw new Error(`${response.status} ${JSON.stringify(body.errors)}`);
    return body.result;
  },
};

const ROOT = path.join(import.meta.dirname, "..");
const read = (file: string): LabeledQuestion[] =>
  readFileSync(path.join(ROOT, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as LabeledQuestion);

for (const file of ["test/fixtures/bot/questions.jsonl", "data/bot/dev-questions.jsonl"]) {
  const samples = await embeddingSamples(ai, DEMO_ARTICLES, read(file));
  const result = calibrateCutoffs(samples, { threshold: DEFAULT_CONFIDENCE_THRESHOLD });
  console.log(`${file}: now floor ${SIMILARITY_FLOOR}, full ${SIMILARITY_FULL}; calibrated`, result);
}
