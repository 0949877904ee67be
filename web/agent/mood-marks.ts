import type { Sentiment } from "../../workers/ai/provider";
import { MessageAnalysisSchema } from "../../workers/domain/triggers/types";
import type { Message } from "../../workers/protocol/message";

/** One customer message's reading, for the brief's mood trail. */
export type MoodMark = { seq: number; at: string } & Sentiment;

/**
 * The sentiment of the customer's latest `limit` messages, oldest first, from the readings stored with them
 * (a message not read yet has no mark). Several sources of the same history (the transcript, a page read
 * after a `brief` frame) are merged by seq.
 */
export function moodMarks(sources: readonly (readonly Message[])[], limit: number): MoodMark[] {
  const bySeq = new Map<number, MoodMark>();
  for (const messages of sources) {
    for (const m of messages) {
      if (m.role !== "customer") continue;
      const sentiment = MessageAnalysisSchema.safeParse(m.meta.analysis).data?.sentiment;
      if (sentiment) bySeq.set(m.seq, { seq: m.seq, at: m.createdAt, ...sentiment });
    }
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq).slice(-limit);
}

const WORDS: Record<Sentiment["label"], string> = {
  positive: "pleased",
  neutral: "neutral",
  negative: "unhappy",
};

/** The trail in words, for screen readers: "Mood over the last 3 messages, oldest first: neutral, unhappy, unhappy". */
export function moodInWords(marks: readonly MoodMark[]): string {
  if (marks.length === 0) return "No mood read yet";
  const n = marks.length === 1 ? "the last message" : `the last ${marks.length} messages, oldest first`;
  return `Mood over ${n}: ${marks.map((m) => WORDS[m.label]).join(", ")}`;
}
