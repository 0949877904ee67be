import { describe, expect, it } from "vitest";
import { readCorpus } from "../../../scripts/lib/corpus";
import weights from "../../../workers/ai/local/model/weights.json";
import { LanguageSchema } from "../../../workers/ai/provider";

const corpus = readCorpus();

describe("the handoff corpus", () => {
  it("parses, every row with its split, ids unique (readCorpus throws otherwise)", () => {
    expect(corpus.messages.length).toBeGreaterThanOrEqual(10_000);
  });

  it.each(LanguageSchema.options)(
    "has at least 1,000 messages in %s, with dev and test rows, bot replies and transcripts",
    (lang) => {
      const messages = corpus.messages.filter((r) => r.lang === lang);
      expect(messages.length).toBeGreaterThanOrEqual(1000);
      for (const split of ["train", "dev", "test"] as const) {
        expect(messages.filter((r) => r.split === split).length).toBeGreaterThan(100);
      }
      expect(corpus.botReplies.filter((r) => r.lang === lang).length).toBeGreaterThan(50);
      expect(corpus.transcripts.filter((r) => r.lang === lang).length).toBeGreaterThan(20);
    },
  );

  it("labels every legal message sensitive, as the guide defines", () => {
    const offending = corpus.messages.filter((r) => r.category === "legal" && r.sensitive === false);
    expect(offending.map((r) => r.id)).toEqual([]);
  });

  it("is what the committed model was trained on (run `npm run train` after changing it)", () => {
    expect(weights.trainedOn.corpusHash).toBe(corpus.hash);
  });
});
