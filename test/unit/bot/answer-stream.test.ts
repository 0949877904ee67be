import { describe, expect, it } from "vitest";
import { AnswerStream } from "../../../workers/bot/answer-stream";

function run(deltas: string[]) {
  const shown: string[] = [];
  const stream = new AnswerStream((d) => shown.push(d));
  for (const d of deltas) stream.push(d);
  return { ...stream.end(), shown: shown.join("") };
}

describe("the answer stream", () => {
  it("removes citation markers even when a delta splits them, and remembers the numbers", () => {
    const r = run([" Go to Settings", " → Billing [", "1", "]. Then click", " Update [2, 3]."]);
    expect(r.text).toBe("Go to Settings → Billing. Then click Update.");
    expect(r.shown).toBe(r.text);
    expect([...r.cited]).toEqual([1, 2, 3]);
  });

  it("shows nothing of a NO_ANSWER reply, even split across deltas", () => {
    const r = run([" NO_", "ANS", "WER"]);
    expect(r).toMatchObject({ noAnswer: true, shown: "", text: "" });
  });

  it("shows a reply that only starts like the sentinel", () => {
    const r = run(["No", "w open Settings."]);
    expect(r).toMatchObject({ noAnswer: false, text: "Now open Settings." });
  });

  it("keeps brackets that are not citations", () => {
    expect(run(["Press [Enter] to save [draft]."]).text).toBe("Press [Enter] to save [draft].");
  });
});
