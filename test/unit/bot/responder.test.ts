import { describe, expect, it } from "vitest";
import { DEFAULT_PERSONA } from "../../../workers/bot/persona";
import { type BotTurn, createBotResponder } from "../../../workers/bot/responder";
import { retrieved } from "./fixtures";

const turn: BotTurn = {
  persona: DEFAULT_PERSONA,
  question: "How do I connect Slack?",
  retrieved: [retrieved()],
  history: [],
  language: "en",
};

describe("createBotResponder", () => {
  it("answers offline where no AI binding exists (local dev, tests)", async () => {
    const answer = await createBotResponder({}).answer(turn);
    expect(answer).toMatchObject({ source: "offline", failed: false });
  });

  it("answers with Workers AI where the binding exists, streaming to onToken", async () => {
    const tokens: string[] = [];
    const ai = { run: async () => ({ response: "Click Connect [1]." }) };
    const answer = await createBotResponder({ AI: ai }).answer({ ...turn, onToken: (d) => tokens.push(d) });
    expect(answer).toMatchObject({ source: "workers-ai", text: "Click Connect." });
    expect(tokens.join("")).toBe("Click Connect.");
  });
});
