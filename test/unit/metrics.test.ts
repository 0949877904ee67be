import { describe, expect, it } from "vitest";
import { percentile, ratio } from "../../workers/domain/metrics";

describe("metric arithmetic", () => {
  it("takes nearest-rank percentiles, null for no values", () => {
    expect(percentile([120, 30, 60], 50)).toBe(60);
    expect(percentile([120, 30, 60], 90)).toBe(120);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });

  it("gives null rather than dividing by zero", () => {
    expect(ratio(2, 3)).toBe(0.6667);
    expect(ratio(0, 0)).toBeNull();
  });
});
