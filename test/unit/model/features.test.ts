import { describe, expect, it } from "vitest";
import { type FeatureOptions, featurize, groupValue, hash } from "../../../workers/ai/local/model/features";

const options: FeatureOptions = {
  bits: 18,
  charGrams: [3, 4, 5],
  negation: true,
  textspeak: true,
  wordClasses: true,
  wordsOnlyHeads: [],
};
const has = (text: string, feature: string, o = options) => {
  const f = featurize(text, o);
  const slot = hash(feature, o.bits);
  return f.words.includes(slot) || f.chars.includes(slot);
};
const jaccard = (a: Uint32Array, b: Uint32Array) => {
  const sa = new Set(a);
  const shared = [...b].filter((x) => sa.has(x)).length;
  return shared / (a.length + b.length - shared);
};

describe("features", () => {
  it("are two groups of sorted, distinct slots inside the feature space, each scaled to length 1", () => {
    const f = featurize("refund refund REFUND please, please", options);
    for (const group of [f.words, f.chars]) {
      expect([...group]).toEqual([...new Set(group)].sort((a, b) => a - b));
      expect(Math.max(...group)).toBeLessThan(2 ** options.bits);
      expect(group.length * groupValue(group) ** 2).toBeCloseTo(1);
    }
  });

  it("ignore case, accents and curly apostrophes", () => {
    expect(featurize("Quiero hablar con Alguién", options)).toEqual(
      featurize("quiero hablar con alguien", options),
    );
    expect(featurize("I don’t want this", options)).toEqual(featurize("i don't want this", options));
  });

  it("mark the words a negator governs, up to the end of its clause", () => {
    expect(has("it is not working", "n:working")).toBe(true);
    expect(has("it is not. working now", "n:working")).toBe(false);
    expect(has("not cheap but working", "n:working")).toBe(false);
    expect(has("it is not working", "n:working", { ...options, negation: false })).toBe(false);
  });

  it("spell out the chat abbreviations of the message's own language", () => {
    expect(has("can u help me pls", "w:you")).toBe(true);
    expect(has("xq no me ayudan con mi cuenta, q pasa", "w:porque")).toBe(true);
    // "q" is Spanish and Portuguese for "que", never an English word
    expect(has("what is q", "w:que")).toBe(false);
  });

  it("let a misspelt word share most of its features with the right spelling", () => {
    const right = featurize("refund", options).chars;
    const typo = featurize("refnud", options).chars;
    const other = featurize("password", options).chars;
    expect(jaccard(right, typo)).toBeGreaterThan(jaccard(right, other));
  });

  it("handle empty, huge and odd input", () => {
    expect(featurize("", options).words.length).toBeGreaterThan(0);
    expect(featurize("\u0000\ud800 🙂 ﷽", options).words.length).toBeGreaterThan(0);
    expect(featurize("a ".repeat(5000), options).words.length).toBeGreaterThan(0);
  });
});
