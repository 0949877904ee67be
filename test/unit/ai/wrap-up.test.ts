import { describe, expect, it } from "vitest";
import { LocalAiProvider } from "../../../workers/ai/local";
import type { ChatTurn } from "../../../workers/ai/provider";
import { type AiBinding, WorkersAiProvider } from "../../../workers/ai/workers-ai";

const history: ChatTurn[] = [
  { role: "customer", text: "I was charged twice for order 4411" },
  { role: "bot", text: "Refunds usually take 5 days." },
  { role: "agent", text: "Hi Ada, thanks for waiting!" },
  { role: "agent", text: "I found the duplicate charge on order 4411. I reversed the second payment." },
  { role: "agent", text: "I'll email you the refund receipt tomorrow. Anything else?" },
  { role: "customer", text: "no thanks" },
];
const brief = { customerGoal: "Get the duplicate charge on order 4411 refunded", summary: null };

const binding = (answer: () => Promise<unknown>): AiBinding => ({ run: answer });

describe("the wrap-up after a resolve", () => {
  it("offline: the briefed problem, what the agent did and what they promised, no small talk", async () => {
    const wrap = await new LocalAiProvider().wrapUp(history, brief);
    expect(wrap).toEqual({
      problem: "Get the duplicate charge on order 4411 refunded",
      done: ["I found the duplicate charge on order 4411.", "I reversed the second payment."],
      followUps: ["I'll email you the refund receipt tomorrow."],
    });
  });

  it("offline without a handoff: the customer's line that states the problem, nothing invented", async () => {
    const wrap = await new LocalAiProvider().wrapUp(history.slice(0, 2), null);
    expect(wrap).toEqual({ problem: "I was charged twice for order 4411", done: [], followUps: [] });
  });

  it("Workers AI: the model's JSON when it validates, the offline wrap-up when it does not or fails", async () => {
    const local = new LocalAiProvider();
    const model = { problem: "Double charge", done: ["Refunded"], followUps: ["Send receipt"] };
    const good = new WorkersAiProvider(
      binding(async () => ({ response: `Sure! ${JSON.stringify(model)}` })),
      local,
    );
    expect(await good.wrapUp(history, brief)).toEqual(model);
    const offline = await local.wrapUp(history, brief);
    for (const answer of [
      async () => ({ response: '{"problem": ""}' }),
      async () => ({ response: { problem: 3 } }),
      async () => ({ result: "not the documented shape" }),
      async () => {
        throw new Error("5xx");
      },
    ]) {
      expect(await new WorkersAiProvider(binding(answer), local).wrapUp(history, brief)).toEqual(offline);
    }
  });
});
