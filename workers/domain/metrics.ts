/** Pure pieces of the metrics (docs/metrics.md): percentiles and safe ratios. */

/** The nearest-rank percentile of `values` (p in 0..100), or null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

/**
 * `part / whole`, rounded to 4 places, or null when there is nothing to divide. Callers count `part` as a
 * subset of `whole` (the same cohort of conversations), so it never exceeds 1.
 */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}
