import { describe, expect, it } from "vitest";
import { citedArticleIds, mergeSuggestions, suggestionHistory } from "../../workers/domain/suggestions";
import type { RetrievedArticle } from "../../workers/knowledge/types";
import type { Message } from "../../workers/protocol/message";

const article = (articleId: string, passage: string, coverage: number): RetrievedArticle => ({
  articleId,
  title: `Article ${articleId}`,
  language: "en",
  passage,
  body: passage,
  score: coverage,
  coverage,
});
const message = (seq: number, role: Message["role"], text: string, meta: Message["meta"] = {}): Message => ({
  id: `m${seq}`,
  seq,
  role,
  text,
  createdAt: "2026-01-01T00:00:00.000Z",
  meta,
});

describe("the co-pilot's suggestions", () => {
  it("put the AI's best guess first, then passages that answer, then the AI's other replies", () => {
    const merged = mergeSuggestions(
      ["Hi, I'm taking over.", "Which invoice is it?"],
      [article("a1", "Open Billing, then Export PDF.", 0.8), article("a2", "Unrelated passage.", 0.1)],
      new Set(),
    );
    expect(merged.map((s) => [s.source, s.text])).toEqual([
      ["ai", "Hi, I'm taking over."],
      ["knowledge", "Open Billing, then Export PDF."],
      ["ai", "Which invoice is it?"],
    ]);
  });

  it("leave out articles the bot already cited, and repeats", () => {
    const merged = mergeSuggestions(
      ["Open billing, then export PDF.", "Sure."],
      [article("a1", "Open Billing, then Export PDF.", 0.9)],
      new Set(["a1"]),
    );
    expect(merged.map((s) => s.text)).toEqual(["Open billing, then export PDF.", "Sure."]);
    expect(
      mergeSuggestions(
        ["Open billing, then export PDF."],
        [article("a9", "Open Billing,  then Export PDF.", 0.9)],
        new Set(),
      ),
    ).toHaveLength(1);
  });

  it("read the chat without internal notes, and know what the bot cited", () => {
    const history = [
      message(1, "customer", "Export?"),
      message(2, "bot", "See this.", { citations: [{ articleId: "a1", title: "Export" }] }),
      message(3, "note", "VIP, be quick"),
      message(4, "system", ""),
    ];
    expect(suggestionHistory(history)).toEqual([
      { role: "customer", text: "Export?" },
      { role: "bot", text: "See this." },
    ]);
    expect([...citedArticleIds(history)]).toEqual(["a1"]);
  });
});
