/**
 * `npm run train`: fits the handoff classifier on the corpus's train split, picks its thresholds on the dev
 * split, prints the dev figures per language and writes workers/ai/local/model/weights.json. Deterministic:
 * the same corpus gives the same file. `--compare` instead prints the dev figures of every candidate
 * (linear models with other features and training settings) without writing anything.
 * The test split is never read here.
 */
import { writeFileSync } from "node:fs";
import type { FeatureOptions } from "../workers/ai/local/model/features";
import { LinearModel, likeliestCategory } from "../workers/ai/local/model/linear-model";
import { type ModelFile, ModelFileSchema } from "../workers/ai/local/model/schema";
import type { Category } from "../workers/ai/provider";
import { type Corpus, type MessageRow, readCorpus } from "./lib/corpus";
import { accuracy, chooseThreshold, prf, unsureBand } from "./lib/metrics";
import {
  DEFAULT_TRAIN,
  type Example,
  packHeads,
  type TrainOptions,
  toExample,
  trainHeads,
} from "./lib/train-linear";

const WEIGHTS = new URL("../workers/ai/local/model/weights.json", import.meta.url).pathname;

/** The features the committed model uses: chosen by `--compare` on the dev split (docs/triggers.md). */
const CHOSEN: FeatureOptions = {
  bits: 18,
  charGrams: [4],
  negation: true,
  textspeak: true,
  wordClasses: true,
  wordsOnlyHeads: ["human", "negative"],
  stems: true,
  names: true,
};
/** How much one row moved from the old generated sentence tables counts against a hand-written row. */
const TABLE_WEIGHT = 0.2;
/** The unsure bands hold this share of the dev split's mistakes: where production asks Workers AI. */
const UNSURE_COVERAGE = 0.6;
/** Requests for a person must be precise: a false one takes a chat from a bot that was helping. */
const HUMAN_MIN_PRECISION = 0.97;
/** A single message this surely negative hands off alone (the rules' strongNegativeScore). */
const STRONG_NEGATIVE_PRECISION = 0.97;

interface Predictor {
  message(text: string): {
    human: number;
    negative: number;
    rejects: number;
    sensitive: number;
    category: Category;
  };
  failure(text: string): number;
}

function examples(corpus: Corpus, options: FeatureOptions, tableWeight: number): Example[] {
  const out: Example[] = [];
  for (const row of corpus.messages) {
    if (row.split !== "train") continue;
    out.push(
      toExample(row.text, options, {
        binary: { human: row.human, negative: row.negative, rejects: row.rejects, sensitive: row.sensitive },
        category: row.category,
        // Rows generated from sentence tables are near-duplicates of each other: together they count as few.
        weight: row.voice === "sentence-table" ? tableWeight : 1,
      }),
    );
  }
  for (const row of corpus.botReplies) {
    if (row.split === "train") out.push(toExample(row.text, options, { binary: { failure: row.failure } }));
  }
  return out;
}

function fitModel(
  corpus: Corpus,
  options: FeatureOptions,
  train: TrainOptions = DEFAULT_TRAIN,
  tableWeight = TABLE_WEIGHT,
): ModelFile {
  const trained = trainHeads(examples(corpus, options, tableWeight), options, train);
  const draft: ModelFile = {
    version: 1,
    features: { ...options, charGrams: [...options.charGrams], wordsOnlyHeads: [...options.wordsOnlyHeads] },
    ...packHeads(trained),
    thresholds: {
      human: 0.5,
      negative: 0.5,
      rejects: 0.5,
      sensitive: 0.5,
      failure: 0.5,
      strongNegative: 0.8,
    },
    unsure: { human: [0.5, 0.5], negative: [0.5, 0.5], category: 0 },
    trainedOn: {
      messages: corpus.messages.filter((r) => r.split === "train").length,
      botReplies: corpus.botReplies.filter((r) => r.split === "train").length,
      corpusHash: corpus.hash,
    },
  };
  // Thresholds from the dev split's scores.
  const model = new LinearModel(draft);
  const dev = corpus.messages.filter((r) => r.split === "dev");
  const scores = dev.map((r) => [r, model.scoreMessage(r.text)] as const);
  const pick = (label: "human" | "negative" | "rejects" | "sensitive", minPrecision = 0) =>
    chooseThreshold(
      scores.filter(([r]) => r[label] !== undefined).map(([r, s]) => [r[label] === true, s[label]] as const),
      minPrecision,
    );
  const devReplies = corpus.botReplies.filter((r) => r.split === "dev");
  draft.thresholds = {
    human: pick("human", HUMAN_MIN_PRECISION),
    negative: pick("negative"),
    rejects: pick("rejects"),
    sensitive: pick("sensitive"),
    failure: chooseThreshold(devReplies.map((r) => [r.failure, model.scoreBotReply(r.text)] as const)),
    strongNegative: pick("negative", STRONG_NEGATIVE_PRECISION),
  };
  draft.thresholds.strongNegative = Math.max(draft.thresholds.strongNegative, draft.thresholds.negative);
  const scored = (label: "human" | "negative") =>
    scores.filter(([r]) => r[label] !== undefined).map(([r, s]) => [r[label] === true, s[label]] as const);
  const categoryMisses = scores
    .filter(([r, s]) => r.category !== undefined && r.category !== likeliestCategory(s.category))
    .map(([, s]) => Math.max(...Object.values(s.category)))
    .sort((a, b) => a - b);
  draft.unsure = {
    human: unsureBand(scored("human"), draft.thresholds.human, UNSURE_COVERAGE),
    negative: unsureBand(scored("negative"), draft.thresholds.negative, UNSURE_COVERAGE),
    category: categoryMisses[Math.ceil(UNSURE_COVERAGE * categoryMisses.length) - 1] ?? 0,
  };
  return ModelFileSchema.parse(draft);
}

function modelPredictor(file: ModelFile): Predictor {
  const model = new LinearModel(file);
  const t = file.thresholds;
  const bin = (p: number, threshold: number) => (p >= threshold ? 1 : 0);
  return {
    message(text) {
      const s = model.scoreMessage(text);
      const category = likeliestCategory(s.category);
      return {
        human: bin(s.human, t.human),
        negative: bin(s.negative, t.negative),
        rejects: bin(s.rejects, t.rejects),
        sensitive: bin(s.sensitive, t.sensitive),
        category,
      };
    },
    failure: (text) => bin(model.scoreBotReply(text), t.failure),
  };
}

function figures(predictor: Predictor, rows: readonly MessageRow[], replies: Corpus["botReplies"]) {
  const preds = rows.map((r) => [r, predictor.message(r.text)] as const);
  const binary = (label: "human" | "negative" | "rejects" | "sensitive") =>
    prf(
      preds
        .filter(([r]) => r[label] !== undefined)
        .map(([r, p]) => [r[label] === true, p[label] === 1] as const),
    );
  const categorised = preds.filter(([r]) => r.category !== undefined);
  return {
    n: rows.length,
    human: binary("human"),
    negative: binary("negative"),
    rejects: binary("rejects"),
    sensitive: binary("sensitive"),
    category: accuracy(categorised, ([r, p]) => r.category === p.category),
    categoryNonGeneral: accuracy(
      categorised.filter(([r]) => r.category !== "general"),
      ([r, p]) => r.category === p.category,
    ),
    failure: prf(replies.map((r) => [r.failure, predictor.failure(r.text) === 1] as const)),
  };
}

function line(name: string, f: ReturnType<typeof figures>): string {
  const pr = (x: { precision: number; recall: number }) => `${x.precision.toFixed(3)}/${x.recall.toFixed(3)}`;
  return [
    name.padEnd(34),
    String(f.n).padStart(5),
    `human ${pr(f.human)}`,
    `neg ${pr(f.negative)} F1 ${f.negative.f1.toFixed(3)}`,
    `cat ${f.category?.toFixed(3)} (${f.categoryNonGeneral?.toFixed(3)})`,
    `rej F1 ${f.rejects.f1.toFixed(3)}`,
    `sens F1 ${f.sensitive.f1.toFixed(3)}`,
    `fail F1 ${f.failure.f1.toFixed(3)}`,
  ].join("  ");
}

function devReport(corpus: Corpus, predictor: Predictor, name: string, perLanguage = true): void {
  const dev = corpus.messages.filter((r) => r.split === "dev");
  const replies = corpus.botReplies.filter((r) => r.split === "dev");
  console.log(line(name, figures(predictor, dev, replies)));
  if (!perLanguage) return;
  for (const lang of [...new Set(dev.map((r) => r.lang))].sort()) {
    console.log(
      line(
        `  ${lang}`,
        figures(
          predictor,
          dev.filter((r) => r.lang === lang),
          replies.filter((r) => r.lang === lang),
        ),
      ),
    );
  }
}

const corpusArg = process.argv.indexOf("--corpus");
const corpus = readCorpus(corpusArg > 0 ? process.argv[corpusArg + 1] : undefined);
console.log(
  `corpus ${corpus.hash}: ${corpus.messages.length} messages, ${corpus.botReplies.length} bot replies, ${corpus.transcripts.length} transcripts (dev figures below: human and negative P/R, category accuracy (non-general))`,
);
if (process.argv.includes("--compare")) {
  const languages = process.argv.includes("--languages");
  const all: FeatureOptions = {
    bits: 18,
    charGrams: [3, 4, 5],
    negation: true,
    textspeak: true,
    wordClasses: true,
    wordsOnlyHeads: [],
  };
  const candidates: Array<[string, FeatureOptions, TrainOptions, number?]> = [
    [
      "words",
      { ...all, charGrams: [], negation: false, textspeak: false, wordClasses: false },
      DEFAULT_TRAIN,
    ],
    ["words + negation + textspeak", { ...all, charGrams: [], wordClasses: false }, DEFAULT_TRAIN],
    ["  + word classes", { ...all, charGrams: [] }, DEFAULT_TRAIN],
    ["words + chars 3-5 + neg + ts", { ...all, wordClasses: false }, DEFAULT_TRAIN],
    ["words + chars 3-5 + neg + ts + classes", all, DEFAULT_TRAIN],
    ["  same, chars 4", { ...all, charGrams: [4] }, DEFAULT_TRAIN],
    [
      "  same, chars 4, human reads words only",
      { ...CHOSEN, stems: false, wordsOnlyHeads: ["human"] },
      DEFAULT_TRAIN,
    ],
    ["    + stems", { ...CHOSEN, wordsOnlyHeads: ["human"] }, DEFAULT_TRAIN],
    ["    + stems, negative reads words only", { ...CHOSEN, names: false }, DEFAULT_TRAIN],
    ["      + capitalised names join no class (chosen)", CHOSEN, DEFAULT_TRAIN],
    ["    + stems + skip bigrams", { ...CHOSEN, skipBigrams: true }, DEFAULT_TRAIN],
    ["    + stems, human and negative read chars too", { ...CHOSEN, wordsOnlyHeads: [] }, DEFAULT_TRAIN],
    ["  same, chars 3-4", { ...all, charGrams: [3, 4] }, DEFAULT_TRAIN],
    ["  same, 2^16 slots", { ...all, bits: 16 }, DEFAULT_TRAIN],
    ["  same, 6 epochs", all, { ...DEFAULT_TRAIN, epochs: 6 }],
    ["  same, 24 epochs", all, { ...DEFAULT_TRAIN, epochs: 24 }],
    ["  same, rate 1", all, { ...DEFAULT_TRAIN, learningRate: 1 }],
    ["  same, l2 1e-4", all, { ...DEFAULT_TRAIN, l2: 1e-4 }],
    ["  same, tables weigh 1", all, DEFAULT_TRAIN, 1],
    ["  same, tables weigh 0", all, DEFAULT_TRAIN, 0],
  ];
  for (const [name, options, train, tableWeight] of candidates) {
    const file = fitModel(corpus, options, train, tableWeight);
    const kb = Math.round(JSON.stringify(file).length / 1024);
    devReport(corpus, modelPredictor(file), `${name} (${kb} KB)`, languages);
  }
} else {
  const file = fitModel(corpus, CHOSEN);
  writeFileSync(WEIGHTS, `${JSON.stringify(file)}\n`);
  devReport(corpus, modelPredictor(file), "model");
  console.log(`thresholds ${JSON.stringify(file.thresholds)}`);
  console.log(`wrote ${WEIGHTS}`);
}
