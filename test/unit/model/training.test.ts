import { describe, expect, it } from "vitest";
import { chooseThreshold, unsureBand } from "../../../scripts/lib/metrics";
import { DEFAULT_TRAIN, type Example, packHeads, trainHeads } from "../../../scripts/lib/train-linear";
import { type FeatureOptions, featurize } from "../../../workers/ai/local/model/features";
import { decodeSlots, LinearModel } from "../../../workers/ai/local/model/linear-model";
import { type ModelFile, ModelFileSchema } from "../../../workers/ai/local/model/schema";

const options: FeatureOptions = {
  bits: 12,
  charGrams: [3],
  negation: true,
  textspeak: false,
  wordClasses: true,
  wordsOnlyHeads: ["human"],
};
const rows: Array<[string, boolean]> = [
  ["give me my money back", true],
  ["I want a refund now", true],
  ["refund the double charge", true],
  ["please reverse this charge", true],
  ["where is my invoice", false],
  ["how do I change my card", false],
  ["thanks, all good", false],
  ["what does the pro plan cost", false],
];
const examples: Example[] = rows.map(([text, sensitive]) => ({
  features: featurize(text, options),
  binary: { sensitive },
  category: sensitive ? "billing" : "general",
}));

function modelFile(): ModelFile {
  const trained = trainHeads(examples, options, { ...DEFAULT_TRAIN, epochs: 30 });
  return ModelFileSchema.parse({
    version: 1,
    features: options,
    ...packHeads(trained),
    thresholds: {
      human: 0.5,
      negative: 0.5,
      rejects: 0.5,
      sensitive: 0.5,
      failure: 0.5,
      strongNegative: 0.9,
    },
    unsure: { human: [0.4, 0.6], negative: [0.4, 0.6], category: 0.5 },
    trainedOn: { messages: rows.length, botReplies: 0, corpusHash: "toy" },
  });
}

describe("training the linear model", () => {
  it("is deterministic: the same examples give the same file", () => {
    expect(JSON.stringify(modelFile())).toBe(JSON.stringify(modelFile()));
  });

  it("learns what it is shown, after int8 packing, and leaves unlabeled heads untrained", () => {
    const model = new LinearModel(modelFile());
    for (const [text, sensitive] of rows) {
      expect(model.scoreMessage(text).sensitive >= 0.5).toBe(sensitive);
      expect(model.scoreMessage(text).category[sensitive ? "billing" : "general"]).toBeGreaterThan(0.5);
    }
    expect(model.scoreMessage("I want a refund now").human).toBeCloseTo(0.5, 1);
  });

  it("stores only the slots some head uses, and refuses a file whose heads do not match them", () => {
    const file = modelFile();
    const slots = decodeSlots(file.slots);
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.length).toBeLessThan(2 ** options.bits);
    expect([...slots]).toEqual([...slots].sort((a, b) => a - b));
    const broken = { ...file, binary: { ...file.binary, human: { ...file.binary.human, weights: "AAAA" } } };
    expect(() => new LinearModel(broken)).toThrow(/weights for/);
  });
});

describe("choosing thresholds on the dev split", () => {
  const scored: Array<[boolean, number]> = [
    [true, 0.95],
    [true, 0.9],
    [false, 0.85],
    [true, 0.7],
    [false, 0.4],
    [true, 0.3],
    [false, 0.1],
  ];

  it("keeps the precision asked for, at the best recall it allows", () => {
    expect(chooseThreshold(scored, 1)).toBe(0.9);
    expect(chooseThreshold(scored, 0)).toBeLessThanOrEqual(0.7);
  });

  it("puts the unsure band around the threshold, wide enough to hold the share of mistakes asked", () => {
    const [low, high] = unsureBand(scored, 0.5, 1);
    expect(low).toBeLessThanOrEqual(0.3);
    expect(high).toBeGreaterThanOrEqual(0.85);
    const [narrowLow, narrowHigh] = unsureBand(scored, 0.5, 0.3);
    expect(narrowHigh - narrowLow).toBeLessThan(high - low);
  });
});
