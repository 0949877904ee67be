import { describe, expect, it, vi } from "vitest";
import { LocalAiProvider } from "../../../workers/ai/local";
import type { ChatTurn } from "../../../workers/ai/provider";
import {
  type AiBinding,
  SENTIMENT_MODEL,
  TEXT_MODEL,
  WorkersAiProvider,
} from "../../../workers/ai/workers-ai";

const local = new LocalAiProvider();
const history: ChatTurn[] = [
  { role: "customer", text: "my export is empty" },
  { role: "bot", text: "Try exporting a smaller date range." },
  { role: "customer", text: "still empty, I need a person" },
];

function stub(answer: (model: string, inputs: object) => Promise<unknown>): AiBinding & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    run(model, inputs) {
      calls.push(model);
      return answer(model, inputs);
    },
  };
}

describe("WorkersAiProvider", () => {
  it("refines English sentiment with the documented distilbert response", async () => {
    const binding = stub(async () => [
      { label: "NEGATIVE", score: 0.99 },
      { label: "POSITIVE", score: 0.01 },
    ]);
    const ai = new WorkersAiProvider(binding, local, 100);
    const text = "this is getting annoying";
    const remote = await ai.sentiment(text);
    expect(binding.calls).toEqual([SENTIMENT_MODEL]);
    expect(remote.score).toBeLessThan((await local.sentiment(text)).score);
  });

  it("keeps non-English sentiment offline, since SST-2 is English-only", async () => {
    const binding = stub(async () => [{ label: "NEGATIVE", score: 1 }]);
    const ai = new WorkersAiProvider(binding, local, 100);
    expect(await ai.sentiment("Estoy harto")).toEqual(await local.sentiment("Estoy harto"));
    expect(binding.calls).toEqual([]);
  });

  it("uses the model's JSON summary and reply suggestions when they validate", async () => {
    const summary = {
      summary: "Export is empty.",
      customerGoal: "A working export",
      attempted: ["Smaller range"],
    };
    const binding = stub(async (_model, inputs) => {
      const system = JSON.stringify(inputs);
      return {
        response: system.includes("replies")
          ? '{"replies": ["Sorry! Let me check."]}'
          : `Sure:\n${JSON.stringify(summary)}`,
      };
    });
    const ai = new WorkersAiProvider(binding, local, 100);
    expect(await ai.summarize(history)).toEqual(summary);
    expect(await ai.suggestReplies(history)).toEqual(["Sorry! Let me check."]);
    expect(binding.calls).toEqual([TEXT_MODEL, TEXT_MODEL]);
  });

  it("accepts a response the model already returned as an object", async () => {
    const summary = { summary: "s", customerGoal: "g", attempted: [] };
    const ai = new WorkersAiProvider(
      stub(async () => ({ response: summary })),
      local,
      100,
    );
    expect(await ai.summarize(history)).toEqual(summary);
  });

  it.each([
    ["malformed JSON", async () => ({ response: "{summary: oops" })],
    ["the wrong shape", async () => ({ response: '{"summary": 42}' })],
    ["no response field", async () => ({ result: "hello" })],
    ["an undocumented classification", async () => [{ label: "MAYBE" }]],
  ])("falls back to the offline provider on %s", async (_case, answer) => {
    const onFallback = vi.fn();
    const ai = new WorkersAiProvider(stub(answer), local, 100, { onFallback });
    expect(await ai.summarize(history)).toEqual(await local.summarize(history));
    expect(await ai.sentiment("this is annoying")).toEqual(await local.sentiment("this is annoying"));
    expect(onFallback).toHaveBeenCalledTimes(2);
  });

  it("falls back when the binding throws, synchronously or not", async () => {
    const rejecting = new WorkersAiProvider(
      stub(() => Promise.reject(new Error("3040: capacity"))),
      local,
      100,
    );
    expect(await rejecting.suggestReplies(history)).toEqual(await local.suggestReplies(history));
    const throwing = new WorkersAiProvider(
      {
        run() {
          throw new Error("binding missing");
        },
      },
      local,
      100,
    );
    expect(await throwing.summarize(history)).toEqual(await local.summarize(history));
  });

  it("gives up on a hanging model after the time-out", async () => {
    const onFallback = vi.fn();
    const ai = new WorkersAiProvider(
      stub(() => new Promise(() => {})),
      local,
      30,
      { onFallback },
    );
    const started = Date.now();
    expect(await ai.summarize(history)).toEqual(await local.summarize(history));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(String(onFallback.mock.calls[0]?.[1])).toMatch(/30 ms/);
  });

  it("classifies offline", async () => {
    const binding = stub(async () => ({}));
    const ai = new WorkersAiProvider(binding, local, 100);
    expect(await ai.classify("Quero falar com um atendente")).toEqual(
      await local.classify("Quero falar com um atendente"),
    );
    expect(binding.calls).toEqual([]);
  });
});
