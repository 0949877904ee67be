/** Precision, recall and F1 of one yes/no label over (gold, predicted) pairs, rounded to 3 places. */
export function prf(pairs: ReadonlyArray<readonly [boolean, boolean]>) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [gold, predicted] of pairs) {
    if (gold && predicted) tp++;
    else if (!gold && predicted) fp++;
    else if (gold && !predicted) fn++;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1), support: tp + fn };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Share of `items` for which `right` holds, rounded; null when there are none. */
export function accuracy<T>(items: readonly T[], right: (item: T) => boolean): number | null {
  return items.length > 0 ? round(items.filter(right).length / items.length) : null;
}

/**
 * The threshold on `scores` that gives the best F1 while keeping precision at or above `minPrecision`
 * (when no threshold reaches it, the most precise one). Candidates are the scores themselves.
 */
export function chooseThreshold(
  scored: ReadonlyArray<readonly [gold: boolean, score: number]>,
  minPrecision = 0,
): number {
  const sorted = [...scored].sort((a, b) => b[1] - a[1]);
  const positives = sorted.filter(([g]) => g).length;
  let tp = 0;
  let fp = 0;
  let best = { threshold: 0.5, f1: -1, precision: 0 };
  for (let i = 0; i < sorted.length; i++) {
    const [gold, score] = sorted[i] as readonly [boolean, number];
    if (gold) tp++;
    else fp++;
    // Only cut between distinct scores.
    if (i + 1 < sorted.length && (sorted[i + 1] as readonly [boolean, number])[1] === score) continue;
    const precision = tp / (tp + fp);
    const recall = positives > 0 ? tp / positives : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    const meets = precision >= minPrecision;
    const bestMeets = best.precision >= minPrecision;
    if ((meets && (!bestMeets || f1 > best.f1)) || (!meets && !bestMeets && precision > best.precision)) {
      best = { threshold: score, f1, precision };
    }
  }
  return best.threshold;
}

const logit = (p: number): number => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * The band around `threshold` (in log-odds, symmetric) holding `coverage` of the mistakes the threshold
 * makes on `scored`: outside it the model is usually right, inside it a second opinion pays.
 */
export function unsureBand(
  scored: ReadonlyArray<readonly [gold: boolean, score: number]>,
  threshold: number,
  coverage: number,
): [number, number] {
  const t = logit(threshold);
  const distances = scored
    .filter(([gold, p]) => gold !== p >= threshold)
    .map(([, p]) => Math.abs(logit(p) - t))
    .sort((a, b) => a - b);
  if (distances.length === 0) return [threshold, threshold];
  const m = distances[Math.min(distances.length - 1, Math.ceil(coverage * distances.length) - 1)] as number;
  return [round(sigmoid(t - m) * 1e6) / 1e6, round(sigmoid(t + m) * 1e6) / 1e6];
}
