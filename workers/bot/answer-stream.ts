/** What the model is told to answer when the articles do not answer the question. */
export const NO_ANSWER = "NO_ANSWER";

/** A citation marker: "[1]", "[1, 3]", with the space before it. */
const MARKER = /\s*\[(\d{1,2}(?:\s*,\s*\d{1,2})*)\]/g;
/** The end of a chunk that may be the start of a marker ("… [", "… [1"), or spaces one might follow. */
const MAYBE_MARKER = /\s*\[[\d,\s]{0,12}$|\s+$/;

/**
 * Turns the model's deltas into what the customer sees while it is written: citation markers are removed
 * (and remembered), and nothing is shown while the reply could still be the NO_ANSWER sentinel.
 */
export class AnswerStream {
  private pending = "";
  private shown = "";
  private readonly cited = new Set<number>();
  private noAnswer = false;

  constructor(private readonly onToken?: (delta: string) => void) {}

  push(delta: string): void {
    if (this.noAnswer) return;
    this.pending += delta;
    if (this.shown === "") {
      const start = this.pending.trimStart();
      if (start.startsWith(NO_ANSWER)) {
        this.noAnswer = true;
        return;
      }
      if (NO_ANSWER.startsWith(start)) return;
      this.pending = start;
    }
    const clean = this.stripMarkers(this.pending);
    const hold = MAYBE_MARKER.exec(clean)?.index ?? clean.length;
    this.show(clean.slice(0, hold));
    this.pending = clean.slice(hold);
  }

  /** The whole reply, markers removed; `noAnswer` when the model said it found no answer. */
  end(): { text: string; cited: ReadonlySet<number>; noAnswer: boolean } {
    if (!this.noAnswer) {
      const rest = this.stripMarkers(this.pending).trimEnd();
      if (this.shown === "" && NO_ANSWER.startsWith(rest.trim()) && rest.trim() !== "") this.noAnswer = true;
      else this.show(this.shown === "" ? rest.trimStart() : rest);
    }
    this.pending = "";
    const text = this.shown.trim();
    return { text, cited: this.cited, noAnswer: this.noAnswer || text.includes(NO_ANSWER) };
  }

  private stripMarkers(text: string): string {
    return text.replace(MARKER, (_, numbers: string) => {
      for (const n of numbers.split(",")) this.cited.add(Number(n.trim()));
      return "";
    });
  }

  private show(text: string): void {
    if (text === "") return;
    this.shown += text;
    this.onToken?.(text);
  }
}
