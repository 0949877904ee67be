import { z } from "zod";

/** A model reply that is neither an SSE stream nor `{response: string}`. */
export class MalformedOutput extends Error {}

/** One event of the documented stream: `data: {"response": "…"}`, ending with `data: [DONE]`. */
const EventSchema = z.object({ response: z.string() });
/** The documented non-streamed reply, which some models send even when asked to stream. */
const ReplySchema = z.object({ response: z.string() });

/** The text delta of one SSE line; null for other lines (comments, blanks, malformed JSON), "done" at the end. */
function parseLine(line: string): string | null | "done" {
  if (!line.startsWith("data:")) return null;
  const data = line.slice(5).trim();
  if (data === "[DONE]") return "done";
  try {
    const event = EventSchema.safeParse(JSON.parse(data));
    return event.success ? event.data.response : null;
  } catch {
    return null;
  }
}

async function* sseDeltas(stream: ReadableStream<Uint8Array>, signal: AbortSignal): AsyncGenerator<string> {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  // Cancelling the reader ends a pending read, so a time-out stops a stalled stream instead of waiting on it.
  const cancel = () => void reader.cancel().catch(() => {});
  signal.addEventListener("abort", cancel, { once: true });
  let buffer = "";
  try {
    while (!signal.aborted) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      const lines = buffer.split(/\r?\n/);
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        const delta = parseLine(line);
        if (delta === "done") return;
        if (delta) yield delta;
      }
    }
    const last = parseLine(buffer);
    if (last && last !== "done") yield last;
  } finally {
    signal.removeEventListener("abort", cancel);
    cancel();
  }
}

/**
 * The text deltas of a Workers AI text-generation result: an SSE stream when `stream: true` was honoured, or
 * one `{response}` object. Lines that do not parse are skipped; anything else throws `MalformedOutput`.
 */
export async function* modelDeltas(output: unknown, signal: AbortSignal): AsyncGenerator<string> {
  if (output instanceof ReadableStream) {
    yield* sseDeltas(output, signal);
    return;
  }
  const reply = ReplySchema.safeParse(output);
  if (!reply.success) throw new MalformedOutput("neither a stream nor {response: string}");
  yield reply.data.response;
}
