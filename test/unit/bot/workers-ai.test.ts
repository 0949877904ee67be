import { describe, expect, it, vi } from "vitest";
import type { AiBinding } from "../../../workers/ai/workers-ai";
import { DEFAULT_PERSONA } from "../../../workers/bot/persona";
import { phrases } from "../../../workers/bot/phrases";
import { answerWithWorkersAi } from "../../../workers/bot/workers-ai";
import { retrieved } from "./fixtures";

const persona = { ...DEFAULT_PERSONA, confidenceThreshold: 0.5, name: "Orbi" };
const slack = retrieved();
const teams = retrieved({ articleId: "kb_teams", title: "Connect Orbit to Microsoft Teams", coverage: 0.7 });
const offlineText =
  "Here's what I found in “Connect Orbit to Slack”:\n\nGo to Settings → Integrations → Slack and click Connect.";

/** An SSE body as Workers AI streams it, cut into arbitrary network chunks; `hang` leaves it open. */
function sse(text: string, options: { chunk?: number; hang?: boolean } = {}): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const size = options.chunk ?? 7;
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      if (!options.hang) controller.close();
    },
  });
}
const events = (...deltas: string[]) =>
  `${deltas.map((d) => `data: ${JSON.stringify({ response: d })}\n\n`).join("")}data: [DONE]\n\n`;

function stub(run: AiBinding["run"]) {
  return { run: vi.fn(run) };
}

async function ask(ai: AiBinding, options: { timeoutMs?: number; language?: string } = {}) {
  const tokens: string[] = [];
  const fallbacks: unknown[] = [];
  const answer = await answerWithWorkersAi(
    ai,
    persona,
    "How do I connect Slack?",
    [slack, teams],
    [{ role: "customer", text: "How do I connect Slack?" }],
    options.language ?? "en",
    (d) => tokens.push(d),
    options.timeoutMs ?? 1000,
    { onFallback: (reason) => fallbacks.push(reason) },
  );
  return { answer, streamed: tokens.join(""), fallbacks };
}

describe("Workers AI answers", () => {
  it("streams the documented SSE response, without citation markers, and cites the articles named", async () => {
    const ai = stub(async () =>
      sse(events("Open Settings", " → Integrations → Slack", " and click Connect [1].")),
    );
    const { answer, streamed, fallbacks } = await ask(ai);
    expect(answer).toEqual({
      text: "Open Settings → Integrations → Slack and click Connect.",
      confidence: 0.9,
      citations: [{ articleId: "kb_slack", title: "Connect Orbit to Slack" }],
      failed: false,
      source: "workers-ai",
    });
    expect(streamed).toBe(answer.text);
    expect(fallbacks).toEqual([]);
  });

  it("asks the instruct model to stream an answer grounded in the numbered articles, with citations", async () => {
    const ai = stub(async () => sse(events("Ja [2].")));
    await ask(ai, { language: "de" });
    const [model, inputs] = ai.run.mock.calls[0] ?? [];
    expect(model).toMatch(/^@cf\/meta\/llama-.*-instruct/);
    const { messages, stream } = inputs as { messages: { role: string; content: string }[]; stream: boolean };
    expect(stream).toBe(true);
    const system = messages[0]?.content ?? "";
    expect(system).toContain("You are Orbi");
    expect(system).toContain("using only the help-centre articles below");
    expect(system).toContain("like [1]");
    expect(system).toContain("Reply in German");
    expect(system).toContain("NO_ANSWER");
    expect(system).toContain("[1] Connect Orbit to Slack\nThe Slack integration posts updates.");
    expect(system).toContain("[2] Connect Orbit to Microsoft Teams");
    // The question once, as the last user message, even though the history already ends with it.
    expect(messages.slice(1)).toEqual([{ role: "user", content: "How do I connect Slack?" }]);
  });

  it("accepts a non-streamed {response} and cites the best article when the model names none", async () => {
    const { answer } = await ask(stub(async () => ({ response: "Click Connect in Settings." })));
    expect(answer).toMatchObject({ text: "Click Connect in Settings.", source: "workers-ai" });
    expect(answer.citations).toEqual([{ articleId: "kb_slack", title: "Connect Orbit to Slack" }]);
  });

  it("skips malformed stream lines and keeps the good ones", async () => {
    const body = `data: {"response": "Click"}\n\ndata: {broken\n\n: keep-alive\n\ndata: {"other": 1}\n\ndata: {"response": " Connect."}\n\ndata: [DONE]\n\n`;
    const { answer } = await ask(stub(async () => sse(body, { chunk: 5 })));
    expect(answer.text).toBe("Click Connect.");
  });

  it("declines, streaming nothing, when the model says the articles do not answer", async () => {
    const { answer, streamed } = await ask(stub(async () => sse(events("NO_", "ANSWER"))));
    expect(answer).toMatchObject({ text: phrases("en").decline, failed: true, confidence: 0, citations: [] });
    expect(streamed).toBe("");
  });

  it.each([
    ["an unexpected shape", async () => ({ result: "hello" })],
    ["a number", async () => 42],
    ["an empty answer", async () => sse(events("", " "))],
    ["a stream of garbage", async () => sse("data: not json\n\nnonsense\n\n")],
  ])("falls back to the offline answer on %s", async (_, run) => {
    const { answer, fallbacks } = await ask(stub(run as AiBinding["run"]));
    expect(answer).toMatchObject({ text: offlineText, source: "offline", failed: false });
    expect(fallbacks).toHaveLength(1);
  });

  it("falls back when the binding throws, synchronously or not", async () => {
    const sync = await ask({
      run: () => {
        throw new Error("binding missing");
      },
    });
    const async_ = await ask(stub(async () => Promise.reject(new Error("3040: capacity"))));
    for (const { answer } of [sync, async_])
      expect(answer).toMatchObject({ text: offlineText, source: "offline" });
  });

  it("falls back within the time-out when the model never answers", async () => {
    const started = Date.now();
    const { answer, fallbacks } = await ask(
      stub(() => new Promise(() => {})),
      { timeoutMs: 50 },
    );
    expect(answer.source).toBe("offline");
    expect(Date.now() - started).toBeLessThan(1000);
    expect(String(fallbacks[0])).toMatch(/within 50 ms/);
  });

  it("falls back when the stream stalls midway; what was streamed is a draft the final text replaces", async () => {
    const unfinished = `data: ${JSON.stringify({ response: "Open Settings and" })}\n\n`;
    const { answer, streamed } = await ask(
      stub(async () => sse(unfinished, { hang: true })),
      { timeoutMs: 50 },
    );
    expect(streamed).toBe("Open Settings and");
    expect(answer).toMatchObject({ text: offlineText, source: "offline" });
  });

  it("does not call the model when retrieval is not confident: there is nothing to ground an answer in", async () => {
    const ai = stub(async () => sse(events("Sure!")));
    const answer = await answerWithWorkersAi(ai, persona, "joke?", [retrieved({ coverage: 0.2 })], [], "fr");
    expect(answer).toMatchObject({ failed: true, text: phrases("fr").decline });
    expect(ai.run).not.toHaveBeenCalled();
  });
});
