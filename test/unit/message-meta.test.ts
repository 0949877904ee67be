import { describe, expect, it } from "vitest";
import { analyzeLocally } from "../../workers/domain/triggers";
import { MessageSchema, readableMeta } from "../../workers/protocol/message";

const message = (meta: Record<string, unknown>) =>
  MessageSchema.parse({
    id: "m1",
    seq: 1,
    role: "customer",
    text: "hi",
    createdAt: "2026-11-29T00:00:00Z",
    meta,
  });

describe("a message's meta", () => {
  it("carries the engine's reading as a typed field", () => {
    const analysis = analyzeLocally("I want to talk to a person");
    expect(message({ analysis }).meta.analysis).toEqual(analysis);
  });

  it("refuses a reading of the wrong shape on the wire", () => {
    expect(() => message({ analysis: { sentiment: -0.8 } })).toThrow();
  });

  it("reads back stored meta without a stale reading, so the message loads and the engine reads it again", () => {
    const meta = readableMeta({ analysis: { sentiment: -0.8 }, decision: { handoff: "yes" }, clientNote: 1 });
    expect(message(meta).meta).toEqual({ clientNote: 1 });
  });
});
