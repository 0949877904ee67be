import { describe, expect, it } from "vitest";
import { DEMO_ARTICLES } from "../../../scripts/demo-knowledge";
import { embeddingSamples } from "../../../scripts/embedding-samples";
import { type CalibrationSample, calibrateCutoffs } from "../../../workers/knowledge/calibration";
import { embeddingAi } from "./fakes";

const outOfScope = (similarity: number): CalibrationSample => ({ similarity, inScope: false, right: false });
const answerable = (similarity: number, right = true): CalibrationSample => ({
  similarity,
  inScope: true,
  right,
});
// Ten out-of-scope questions at 0.50 … 0.77, twenty answerable ones at 0.60 … 0.885.
const samples = [
  ...Array.from({ length: 10 }, (_, i) => outOfScope(0.5 + i * 0.03)),
  ...Array.from({ length: 20 }, (_, i) => answerable(0.6 + i * 0.015)),
];

describe("calibrating the vector index's cut-offs", () => {
  it("answers from the lowest similarity that still declines nine out-of-scope questions in ten", () => {
    const calibration = calibrateCutoffs(samples, { threshold: 0.4, width: 0.25 });
    expect(calibration).toMatchObject({ answersFrom: 0.741, declineRate: 0.9, accuracy: 0.5 });
    // The persona's threshold is reached exactly where answering starts: floor + 0.4 × width.
    expect(calibration?.floor).toBeCloseTo(0.641, 3);
    expect(calibration?.full).toBeCloseTo(0.891, 3);
  });

  it("never gives up declines for accuracy: a stricter aim answers less", () => {
    const strict = calibrateCutoffs(samples, { threshold: 0.4, declineAim: 1 });
    expect(strict?.declineRate).toBe(1);
    expect(strict?.accuracy).toBeLessThan(calibrateCutoffs(samples, { threshold: 0.4 })?.accuracy ?? 0);
  });

  it("counts an answer from the wrong article as a miss", () => {
    const wrong = [...samples.filter((s) => !s.inScope), answerable(0.9, false), answerable(0.9)];
    expect(calibrateCutoffs(wrong, { threshold: 0.4 })?.accuracy).toBe(0.5);
  });

  it("has nothing to calibrate without out-of-scope questions", () => {
    expect(calibrateCutoffs([answerable(0.9)], { threshold: 0.4 })).toBeNull();
  });

  it("reads each question's nearest article from embeddings of the documented shape", async () => {
    const ai = embeddingAi();
    const found = await embeddingSamples(ai, DEMO_ARTICLES, [
      { question: "Any special terms for good causes?", article: "kb_demo_plans" },
      { question: "Any special terms for good causes?", article: "kb_demo_refunds" },
    ]);
    expect(found.map((s) => [s.inScope, s.right])).toEqual([
      [true, true],
      [true, false],
    ]);
    expect(found[0]?.similarity).toBeGreaterThan(0.5);
    expect(ai.calls.every((c) => c.model === "@cf/baai/bge-m3" && c.texts.length <= 50)).toBe(true);
  });

  it("stops on a malformed embedding instead of calibrating on it", async () => {
    const broken = embeddingAi(async () => ({ shape: [1, 1024], data: [[Number.NaN]] }));
    await expect(
      embeddingSamples(broken, DEMO_ARTICLES, [{ question: "refund?", article: null }]),
    ).rejects.toThrow(/malformed/);
  });
});
