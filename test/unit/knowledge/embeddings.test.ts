import { describe, expect, it } from "vitest";
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL, embedTexts } from "../../../workers/ai/embeddings";
import { embeddingAi } from "./fakes";

const vector = (x: number) => new Array<number>(EMBEDDING_DIMENSIONS).fill(x);
const options = { timeoutMs: 50 };

describe("embedTexts", () => {
  it("asks bge-m3 for all texts in one call and returns the documented data", async () => {
    const ai = embeddingAi(async (texts) => ({
      shape: [texts.length, EMBEDDING_DIMENSIONS],
      data: texts.map((_, i) => vector(i)),
    }));
    const result = await embedTexts(ai, ["reset my password", "connect Slack"], options);
    expect(ai.calls).toEqual([{ model: EMBEDDING_MODEL, texts: ["reset my password", "connect Slack"] }]);
    expect(result).toEqual({ ok: true, vectors: [vector(0), vector(1)] });
  });

  it("makes no call for no texts", async () => {
    const ai = embeddingAi();
    expect(await embedTexts(ai, [], options)).toEqual({ ok: true, vectors: [] });
    expect(ai.calls).toEqual([]);
  });

  it.each([
    ["no data", { shape: [1, EMBEDDING_DIMENSIONS] }],
    ["the query-and-contexts answer", { response: [{ id: 0, score: 0.9 }] }],
    ["a queued batch's request id", { request_id: "req_1" }],
    [
      "a number that is not finite",
      { shape: [1, EMBEDDING_DIMENSIONS], data: [[...vector(0).slice(1), Number.NaN]] },
    ],
    ["a string for a vector", { shape: [1, EMBEDDING_DIMENSIONS], data: ["0.1,0.2"] }],
    ["the wrong dimensions", { shape: [1, 768], data: [new Array(768).fill(0)] }],
    ["fewer vectors than texts", { shape: [2, EMBEDDING_DIMENSIONS], data: [vector(0)] }],
    ["a shape that disagrees with the data", { shape: [1, 768], data: [vector(0)] }],
    ["null", null],
  ])("fails as malformed on %s", async (_case, output) => {
    const result = await embedTexts(
      embeddingAi(async () => output),
      ["q"],
      options,
    );
    expect(result).toMatchObject({ ok: false, reason: "malformed" });
  });

  it("fails as an error when the binding rejects or throws synchronously", async () => {
    const rejects = embeddingAi(async () => {
      throw new Error("3040: capacity");
    });
    expect(await embedTexts(rejects, ["q"], options)).toMatchObject({ ok: false, reason: "error" });
    const throws = {
      run: () => {
        throw new Error("binding gone");
      },
    };
    expect(await embedTexts(throws, ["q"], options)).toMatchObject({ ok: false, reason: "error" });
  });

  it("fails as a time-out when the binding never answers", async () => {
    const hangs = embeddingAi(() => new Promise(() => {}));
    const started = Date.now();
    expect(await embedTexts(hangs, ["q"], { timeoutMs: 20 })).toMatchObject({ ok: false, reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
