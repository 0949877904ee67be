import { describe, expect, it } from "vitest";
import { HandleTimeSnapshotSchema, HandleTimeTracker } from "../../../workers/domain/routing";

describe("the rolling average handle time", () => {
  it("uses the prior before any data, and the overall average for a skill it has not seen", () => {
    const t = new HandleTimeTracker({ priorSeconds: 480 });
    expect(t.averageSeconds("billing")).toBe(480);
    for (let i = 0; i < 50; i++) t.observe("technical", 900);
    expect(t.averageSeconds("technical")).toBeCloseTo(900, -2);
    expect(t.averageSeconds("billing")).toBeCloseTo(900, -2);
    expect(t.averageSeconds(null)).toBeCloseTo(900, -2);
  });

  it("moves toward the data quickly at first and follows a change in the work", () => {
    const t = new HandleTimeTracker({ priorSeconds: 480 });
    t.observe("billing", 120);
    expect(t.averageSeconds("billing")).toBeLessThan(480);
    for (let i = 0; i < 100; i++) t.observe("billing", 200);
    for (let i = 0; i < 60; i++) t.observe("billing", 600);
    expect(t.averageSeconds("billing")).toBeGreaterThan(500);
  });

  it("clips a chat left open overnight and ignores nonsense", () => {
    const t = new HandleTimeTracker({ priorSeconds: 300, maxSeconds: 3600 });
    t.observe("billing", Number.NaN);
    t.observe("billing", -5);
    expect(t.averageSeconds("billing")).toBe(300);
    t.observe("billing", 12 * 3600);
    expect(t.averageSeconds("billing")).toBeLessThanOrEqual(300 + (3600 - 300) / 6 + 1);
  });

  it("survives a restart through its snapshot", () => {
    const t = new HandleTimeTracker({ priorSeconds: 480 });
    t.observe("sales", 240);
    const copy = new HandleTimeTracker(
      { priorSeconds: 480 },
      HandleTimeSnapshotSchema.parse(JSON.parse(JSON.stringify(t.snapshot()))),
    );
    expect(copy.averageSeconds("sales")).toBe(t.averageSeconds("sales"));
  });
});
