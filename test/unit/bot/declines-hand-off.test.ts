import { expect, it } from "vitest";
import { LocalAiProvider } from "../../../workers/ai/local/index";
import { answerOffline } from "../../../workers/bot/answer";
import { DEFAULT_PERSONA } from "../../../workers/bot/persona";
import { DEFAULT_RULES } from "../../../workers/domain/rules";
import { evaluateTranscript } from "../../../workers/domain/triggers/transcript";

it("two declined questions hand the conversation off for repeated failure", async () => {
  const decline = answerOffline(DEFAULT_PERSONA, "?", [], [], "en");
  expect(decline.failed).toBe(true);
  const bot = { role: "bot" as const, text: decline.text, meta: { botFailure: decline.failed } };
  const { decision, turn } = await evaluateTranscript(new LocalAiProvider(), DEFAULT_RULES, [
    { role: "customer", text: "Does Orbit have a Gantt chart view?" },
    bot,
    { role: "customer", text: "Can I see my projects on a timeline then?" },
    bot,
    { role: "customer", text: "What about a calendar view?" },
  ]);
  expect(decision.handoff).toBe(true);
  expect(decision.triggers).toContain("repeated_failure");
  expect(decision.signals.botFailures).toBe(2);
  expect(turn).toBe(2);
});
