import { describe, expect, it, vi } from "vitest";
import { readCorpus } from "../../../scripts/lib/corpus";
import { LocalAiProvider } from "../../../workers/ai/local";
import type { ChatTurn } from "../../../workers/ai/provider";
import { type AiBinding, TEXT_MODEL, WorkersAiProvider } from "../../../workers/ai/workers-ai";
import { analyzeMessage } from "../../../workers/domain/triggers";

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

// Messages of the dev split on which the offline model is unsure of a request for a person, of the mood,
// and on which it is sure of everything: found with the committed model, not written for the test.
const dev = readCorpus().messages.filter((r) => r.split === "dev");
const unsureHuman = dev.find((r) => local.unsureAbout(r.text).human)?.text ?? "";
const unsureMood = dev.find((r) => local.unsureAbout(r.text).negative)?.text ?? "";
const sure = dev.find((r) => Object.values(local.unsureAbout(r.text)).every((u) => !u))?.text ?? "";
const reading = (r: object) => async () => ({ response: JSON.stringify(r) });

describe("WorkersAiProvider", () => {
  it("finds messages of each kind in the dev split", () => {
    expect([unsureHuman, unsureMood, sure].every((t) => t !== "")).toBe(true);
  });

  it("asks the instruct model where the offline model is unsure, once per message for every signal", async () => {
    const binding = stub(reading({ wantsHuman: true, negative: true, category: "billing" }));
    const ai = new WorkersAiProvider(binding, local, 100);
    const analysis = await analyzeMessage(ai, unsureHuman);
    expect(binding.calls).toEqual([TEXT_MODEL]);
    expect(analysis.wantsHuman).toBe(true);
    expect(analysis.intents).toContain("human_request");
    const declined = await analyzeMessage(
      new WorkersAiProvider(
        stub(reading({ wantsHuman: false, negative: false, category: "general" })),
        local,
        100,
      ),
      unsureHuman,
    );
    expect(declined.wantsHuman).toBe(false);
    expect(declined.intents).not.toContain("human_request");
  });

  it("moves an unsure mood across the line the way the instruct model reads it", async () => {
    const negative = new WorkersAiProvider(
      stub(reading({ wantsHuman: false, negative: true, category: "general" })),
      local,
      100,
    );
    const calm = new WorkersAiProvider(
      stub(reading({ wantsHuman: false, negative: false, category: "general" })),
      local,
      100,
    );
    expect((await negative.sentiment(unsureMood)).label).toBe("negative");
    expect((await calm.sentiment(unsureMood)).label).toBe("neutral");
  });

  it("keeps a message the offline model is sure of offline, with no call", async () => {
    const binding = stub(reading({ wantsHuman: true, negative: true, category: "legal" }));
    const ai = new WorkersAiProvider(binding, local, 100);
    expect(await analyzeMessage(ai, sure)).toEqual(await analyzeMessage(local, sure));
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
    const offline = await local.summarize(history);
    // Identifiers, attempts and mood are always extracted offline, never generated.
    expect(await ai.summarize(history)).toEqual({
      ...summary,
      customerTried: offline.customerTried,
      facts: offline.facts,
      mood: offline.mood,
    });
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
    expect(await ai.summarize(history)).toMatchObject(summary);
  });

  it.each([
    ["malformed JSON", async () => ({ response: "{summary: oops" })],
    ["the wrong shape", async () => ({ response: '{"summary": 42}' })],
    ["no response field", async () => ({ result: "hello" })],
    ["a reading with an unknown category", reading({ wantsHuman: true, negative: true, category: "fun" })],
  ])("falls back to the offline provider on %s", async (_case, answer) => {
    const onFallback = vi.fn();
    const ai = new WorkersAiProvider(stub(answer), local, 100, { onFallback });
    expect(await ai.summarize(history)).toEqual(await local.summarize(history));
    expect(await ai.sentiment(unsureMood)).toEqual(await local.sentiment(unsureMood));
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

  it("answers offline when the model hangs on an unsure message", async () => {
    const ai = new WorkersAiProvider(
      stub(() => new Promise(() => {})),
      local,
      30,
    );
    expect(await analyzeMessage(ai, unsureHuman)).toEqual(await analyzeMessage(local, unsureHuman));
  });
});
