import { describe, expect, it } from "vitest";
import { moodInWords, moodMarks } from "../../web/agent/mood-marks";
import type { Message } from "../../workers/protocol/message";

const read = (score: number, label: "negative" | "neutral" | "positive"): Message["meta"] => ({
  analysis: {
    sentiment: { score, label },
    wantsHuman: false,
    category: "general" as const,
    intents: [],
    language: "en" as const,
    rejectsAnswer: false,
    emphasis: 0,
  },
});
const m = (seq: number, role: Message["role"], meta: Message["meta"] = {}): Message => ({
  id: `m${seq}`,
  seq,
  role,
  text: "…",
  createdAt: `2026-03-01T09:${String(seq).padStart(2, "0")}:00.000Z`,
  meta,
});

describe("the brief's mood trail", () => {
  it("marks each customer message that was read, oldest first, merging a later page by seq", () => {
    const transcript = [m(1, "customer", read(0.2, "neutral")), m(2, "bot"), m(3, "customer")];
    // The page read after the brief frame has message 3's reading, stored after it was sent.
    const page = [m(3, "customer", read(-0.7, "negative")), m(4, "note", read(0.9, "positive"))];
    const marks = moodMarks([transcript, page], 20);
    expect(marks.map((x) => [x.seq, x.label])).toEqual([
      [1, "neutral"],
      [3, "negative"],
    ]);
    expect(moodInWords(marks)).toBe("Mood over the last 2 messages, oldest first: neutral, unhappy");
  });

  it("keeps the latest few, and says so in words when there is nothing to show", () => {
    const many = Array.from({ length: 30 }, (_, i) => m(i + 1, "customer", read(-0.1, "neutral")));
    expect(moodMarks([many], 20).map((x) => x.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 11));
    expect(moodInWords([])).toBe("No mood read yet");
    expect(moodInWords(moodMarks([[m(1, "customer", read(0.8, "positive"))]], 20))).toBe(
      "Mood over the last message: pleased",
    );
  });
});
