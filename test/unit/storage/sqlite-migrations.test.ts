import { describe, expect, it } from "vitest";
import {
  type MigrationStep,
  type MigrationTarget,
  runMigrations,
} from "../../../durable-objects/shared/sqlite-migrations";

/** A storage that records which steps ran and rolls back a transaction that throws. */
function fakeTarget(version: number) {
  const state = { version, ran: [] as number[] };
  const target: MigrationTarget = {
    version: () => state.version,
    setVersion: (v) => {
      state.version = v;
    },
    transaction: (fn) => {
      const saved = { version: state.version, ran: [...state.ran] };
      try {
        return fn();
      } catch (err) {
        Object.assign(state, saved);
        throw err;
      }
    },
    run: (step) => step(null as unknown as SqlStorage),
  };
  return { state, target };
}

const steps = (state: { ran: number[] }, n: number, failAt?: number): MigrationStep[] =>
  Array.from({ length: n }, (_, i) => () => {
    if (i + 1 === failAt) throw new Error(`step ${i + 1} failed`);
    state.ran.push(i + 1);
  });

describe("Durable Object schema migrations", () => {
  it("runs every step on a new object and records the newest version", () => {
    const { state, target } = fakeTarget(0);
    expect(runMigrations(target, steps(state, 3))).toEqual({ from: 0, to: 3 });
    expect(state).toEqual({ version: 3, ran: [1, 2, 3] });
  });

  it("runs only the steps an older object has not seen", () => {
    const { state, target } = fakeTarget(1);
    runMigrations(target, steps(state, 3));
    expect(state).toEqual({ version: 3, ran: [2, 3] });
  });

  it("does nothing on an object already at the newest version", () => {
    const { state, target } = fakeTarget(3);
    expect(runMigrations(target, steps(state, 3))).toEqual({ from: 3, to: 3 });
    expect(state.ran).toEqual([]);
  });

  it("leaves the object as it was when a step fails", () => {
    const { state, target } = fakeTarget(1);
    expect(() => runMigrations(target, steps(state, 3, 3))).toThrow("step 3 failed");
    expect(state).toEqual({ version: 1, ran: [] });
  });

  it("refuses storage written by newer code", () => {
    const { state, target } = fakeTarget(5);
    expect(() => runMigrations(target, steps(state, 3))).toThrow(/newer than this code/);
  });
});
