import { describe, expect, it } from "vitest";
import {
  fuseRetrieval,
  type Neighbour,
  SIMILARITY_FLOOR,
  SIMILARITY_FULL,
  semanticCoverage,
} from "../../../workers/knowledge/fusion";
import { retrieved } from "../bot/fixtures";

const slack = retrieved({ articleId: "kb_slack", coverage: 0.9 });
const teams = retrieved({
  articleId: "kb_teams",
  title: "Connect Orbit to Teams",
  body: "Teams works like Slack.\n\nOpen Teams and add the Orbit app.",
  passage: "Teams works like Slack.",
  coverage: 0.5,
});
const pricing = retrieved({
  articleId: "kb_nonprofit",
  title: "Discounts",
  body: "Plans and prices.\n\nNonprofits and schools get 50% off.",
  passage: "Plans and prices.",
  coverage: 0.1,
});
const near = (articleId: string, similarity: number, passage = 0): Neighbour => ({
  articleId,
  passage,
  similarity,
});

describe("semanticCoverage", () => {
  it("is 0 up to the floor, 1 from the ceiling, linear between", () => {
    expect(semanticCoverage(SIMILARITY_FLOOR - 0.2)).toBe(0);
    expect(semanticCoverage(SIMILARITY_FLOOR)).toBe(0);
    expect(semanticCoverage((SIMILARITY_FLOOR + SIMILARITY_FULL) / 2)).toBe(0.5);
    expect(semanticCoverage(SIMILARITY_FULL)).toBe(1);
    expect(semanticCoverage(0.99)).toBe(1);
  });
});

describe("fuseRetrieval", () => {
  it("ranks an article only the index finds by its similarity's coverage, among the full-text ones", () => {
    const lexical = [retrieved({ ...slack, score: 1.2 }), retrieved({ ...teams, score: 0.6 })];
    const fused = fuseRetrieval(lexical, [pricing], [near("kb_nonprofit", SIMILARITY_FULL, 1)], 3);
    expect(fused.map((a) => [a.articleId, a.score])).toEqual([
      ["kb_slack", 1.2],
      ["kb_nonprofit", 1],
      ["kb_teams", 0.6],
    ]);
  });

  it("changes nothing for similarities at or below the floor: the index never demotes what words found", () => {
    const lexical = [retrieved({ ...slack, score: 0.9 }), retrieved({ ...teams, score: 0.6 })];
    const weak = [near("kb_teams", SIMILARITY_FLOOR), near("kb_nonprofit", SIMILARITY_FLOOR - 0.1)];
    expect(fuseRetrieval(lexical, [pricing], weak, 2)).toEqual(lexical);
  });

  it("raises coverage to the similarity's and quotes the passage the index matched", () => {
    const [top] = fuseRetrieval([], [pricing], [near("kb_nonprofit", SIMILARITY_FULL, 1)], 1);
    expect(top).toMatchObject({
      articleId: "kb_nonprofit",
      coverage: 1,
      passage: "Nonprofits and schools get 50% off.",
    });
  });

  it("keeps the word-based coverage and passage when they are the stronger evidence", () => {
    const [top] = fuseRetrieval([slack], [], [near("kb_slack", SIMILARITY_FLOOR + 0.05, 0)], 1);
    expect(top).toMatchObject({ coverage: 0.9, passage: slack.passage });
  });

  it("keeps the word-based passage when the matched passage no longer exists (a stale vector)", () => {
    const [top] = fuseRetrieval([], [pricing], [near("kb_nonprofit", 0.95, 7)], 1);
    expect(top).toMatchObject({ coverage: 1, passage: pricing.passage });
  });

  it("drops neighbours D1 did not return: deleted since, or not in the workspace", () => {
    expect(fuseRetrieval([], [], [near("kb_elsewhere", 0.99)], 3)).toEqual([]);
  });

  it("is the full-text ranking when the index finds nothing", () => {
    expect(fuseRetrieval([slack, teams], [], [], 3)).toEqual([slack, teams]);
  });
});
