import { SIMILARITY_FLOOR, SIMILARITY_FULL } from "./fusion";

/** One labeled question as the vector index saw it: its nearest article and that article's similarity. */
export interface CalibrationSample {
  /** Cosine similarity of the question to its nearest passage. */
  similarity: number;
  /** Whether the help centre answers the question (an out-of-scope question must be declined). */
  inScope: boolean;
  /** For an in-scope question: whether the nearest passage is the labeled article's. */
  right: boolean;
}

export interface Calibration {
  /** The cut-offs for `fusion.ts`: similarity at coverage 0 and at coverage 1. */
  floor: number;
  full: number;
  /** The similarity from which the index alone answers at `threshold`. */
  answersFrom: number;
  /** On the samples, with the index alone: in-scope answered from the right article, out-of-scope declined. */
  accuracy: number;
  declineRate: number;
}

export interface CalibrationOptions {
  /** The persona's confidence threshold the cut-offs are set for. */
  threshold: number;
  /** Out-of-scope questions the index alone must leave declined. */
  declineAim?: number;
  /** `full - floor`, kept as it is: how fast confidence grows with similarity. */
  width?: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Cut-offs for mapping similarity to confidence, chosen on labeled questions: the lowest similarity from which
 * answering still leaves at least `declineAim` of the out-of-scope questions declined, which answers the most
 * in-scope ones the decline aim allows (never the other way round). `floor` is set so that similarity
 * reaches the persona's threshold exactly there. Null without out-of-scope or in-scope samples: there is
 * nothing to calibrate against.
 */
export function calibrateCutoffs(
  samples: readonly CalibrationSample[],
  options: CalibrationOptions,
): Calibration | null {
  const declineAim = options.declineAim ?? 0.9;
  const width = options.width ?? SIMILARITY_FULL - SIMILARITY_FLOOR;
  const outside = samples.filter((s) => !s.inScope).map((s) => s.similarity);
  const inside = samples.filter((s) => s.inScope);
  if (outside.length === 0 || inside.length === 0) return null;
  // Answering from `cut` declines the out-of-scope questions below it; the smallest cut that declines
  // enough is just above the similarity of the last out-of-scope question it may still answer.
  const sorted = [...outside].sort((a, b) => b - a);
  const mayAnswer = Math.floor(outside.length * (1 - declineAim) + 1e-9);
  // Rounded up to a thousandth, so the out-of-scope question at the cut itself stays below it.
  const answersFrom = Math.min(1, Math.ceil(((sorted[mayAnswer] ?? -1) + 1e-9) * 1000) / 1000);
  const declined = outside.filter((s) => s < answersFrom).length;
  const right = inside.filter((s) => s.right && s.similarity >= answersFrom).length;
  const floor = round(answersFrom - options.threshold * width);
  return {
    floor,
    full: round(floor + width),
    answersFrom,
    accuracy: round(right / inside.length),
    declineRate: round(declined / outside.length),
  };
}

/** Cosine similarity of two vectors of the same length; 0 when either is all zeros. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
