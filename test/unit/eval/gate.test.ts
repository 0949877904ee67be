import { describe, expect, it } from "vitest";
import { readCorpus, readJsonl } from "../../../scripts/lib/corpus";
import { evaluateSplit, type SplitFigures } from "../../../scripts/lib/evaluate";
import { SummaryRowSchema } from "../../../scripts/lib/summary-set";
import { LocalAiProvider } from "../../../workers/ai/local";

/**
 * The CI gate on the test split, which nothing is trained or tuned on. The floors sit a little under the
 * figures measured on it (docs/triggers.md), so a change that makes the engine worse on wording it has never
 * seen fails the build; the targets, which these figures do not reach yet, are in the doc. The
 * per-language negative floor sits under Italian (0.778 since the fourth round added its hardest rows).
 */
const OVERALL = {
  humanPrecision: 0.95,
  humanRecall: 0.85,
  negativeF1: 0.85,
  category: 0.82,
  sensitiveF1: 0.86,
  rejectsF1: 0.83,
  transcripts: 0.92,
};
const PER_LANGUAGE = { humanPrecision: 0.94, humanRecall: 0.76, negativeF1: 0.75, category: 0.77 };

let figures: SplitFigures;

describe("the handoff engine on the test split", () => {
  it("keeps its overall figures", async () => {
    figures = await evaluateSplit(readCorpus(), "test");
    const { all } = figures;
    expect(all.human.precision).toBeGreaterThanOrEqual(OVERALL.humanPrecision);
    expect(all.human.recall).toBeGreaterThanOrEqual(OVERALL.humanRecall);
    expect(all.negative.f1).toBeGreaterThanOrEqual(OVERALL.negativeF1);
    expect(all.category).toBeGreaterThanOrEqual(OVERALL.category);
    expect(all.sensitive.f1).toBeGreaterThanOrEqual(OVERALL.sensitiveF1);
    expect(all.rejects.f1).toBeGreaterThanOrEqual(OVERALL.rejectsF1);
    expect(all.decision).toBeGreaterThanOrEqual(OVERALL.transcripts);
  }, 60_000);

  it.each(["en", "es", "fr", "de", "pt", "it"] as const)("keeps its figures in %s", (lang) => {
    const f = figures.byLanguage[lang];
    expect(f).toBeDefined();
    if (!f) return;
    expect(f.human.precision).toBeGreaterThanOrEqual(PER_LANGUAGE.humanPrecision);
    expect(f.human.recall).toBeGreaterThanOrEqual(PER_LANGUAGE.humanRecall);
    expect(f.negative.f1).toBeGreaterThanOrEqual(PER_LANGUAGE.negativeF1);
    expect(f.category).toBeGreaterThanOrEqual(PER_LANGUAGE.category);
  });
});

describe("the agent's brief on the summary set's test split", () => {
  it("states the problem from the right line and carries the facts", async () => {
    const rows = readJsonl(
      new URL("../../../data/summary/transcripts.jsonl", import.meta.url).pathname,
      SummaryRowSchema,
    ).filter((r) => r.split === "test");
    const ai = new LocalAiProvider();
    let goals = 0;
    let found = 0;
    let expected = 0;
    for (const row of rows) {
      const brief = await ai.summarize(row.messages);
      const text = [
        brief.summary,
        brief.customerGoal,
        ...brief.attempted,
        ...brief.customerTried,
        ...brief.facts.map((f) => f.value),
      ]
        .join("\n")
        .toLowerCase();
      if (
        brief.customerGoal !== "" &&
        row.goal.toLowerCase().includes(brief.customerGoal.toLowerCase().replace(/…$/, ""))
      )
        goals++;
      for (const item of [...row.facts, ...row.tried, ...row.suggested]) {
        expected++;
        if (text.includes(item.toLowerCase())) found++;
      }
    }
    expect(goals / rows.length).toBeGreaterThanOrEqual(0.7);
    expect(found / expected).toBeGreaterThanOrEqual(0.85);
  });
});
