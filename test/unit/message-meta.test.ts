import { describe, expect, it } from "vitest";
import { analyzeLocally } from "../../workers/domain/triggers";
import { MessageSchema } from "../../workers/protocol/message";

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

  it("drops a stored reading that no longer parses, so the engine reads the text again", () => {
    const parsed = message({ analysis: { sentiment: -0.8 }, decision: { handoff: "yes" }, clientNote: 1 });
    expect(parsed.meta.analysis).toBeUndefined();
    expect(parsed.meta.decision).toBeUndefined();
    expect(parsed.meta.clientNote).toBe(1);
  });
});
