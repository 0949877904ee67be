import { describe, expect, it } from "vitest";
import { answerOffline } from "../../../workers/bot/answer";
import { DEFAULT_PERSONA } from "../../../workers/bot/persona";
import { phrases } from "../../../workers/bot/phrases";
import { retrieved } from "./fixtures";

const persona = { ...DEFAULT_PERSONA, confidenceThreshold: 0.5 };

describe("offline answers", () => {
  it("quotes the best passage in the persona's tone and cites its article", () => {
    const answer = answerOffline(persona, "how do I connect Slack?", [retrieved()], [], "en");
    expect(answer).toEqual({
      text: "Here's what I found in “Connect Orbit to Slack”:\n\nGo to Settings → Integrations → Slack and click Connect.",
      confidence: 0.9,
      citations: [{ articleId: "kb_slack", title: "Connect Orbit to Slack" }],
      failed: false,
      source: "offline",
    });
  });

  it("introduces the passage in the customer's language, or not at all in the concise tone", () => {
    expect(answerOffline(persona, "q", [retrieved()], [], "it").text).toMatch(
      /^Ecco cosa ho trovato in «Connect Orbit to Slack»:/,
    );
    expect(answerOffline({ ...persona, tone: "concise" }, "q", [retrieved()], [], "en").text).toBe(
      "Go to Settings → Integrations → Slack and click Connect.",
    );
  });

  it("declines in the customer's language below the persona's threshold, and marks the answer failed", () => {
    const answer = answerOffline(persona, "tell me a joke", [retrieved({ coverage: 0.3 })], [], "de");
    expect(answer).toMatchObject({
      text: phrases("de").decline,
      confidence: 0.3,
      citations: [],
      failed: true,
    });
    expect(answerOffline(persona, "anything", [], [], "en")).toMatchObject({ failed: true, confidence: 0 });
  });

  it("answers with another good article rather than repeat the passage it just gave", () => {
    const slack = retrieved();
    const teams = retrieved({
      articleId: "kb_teams",
      title: "Teams",
      passage: "Install the Teams app.",
      coverage: 0.6,
    });
    const history = [{ role: "bot" as const, text: answerOffline(persona, "q", [slack], [], "en").text }];
    expect(answerOffline(persona, "q", [slack, teams], history, "en").citations[0]?.articleId).toBe(
      "kb_teams",
    );
    // With nothing else good enough, the same answer is better than none.
    expect(answerOffline(persona, "q", [slack], history, "en").failed).toBe(false);
  });
});
