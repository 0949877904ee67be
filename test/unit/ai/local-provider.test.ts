import { describe, expect, it } from "vitest";
import { LocalAiProvider } from "../../../workers/ai/local";
import { HandoffSummarySchema } from "../../../workers/ai/provider";

const history = [
  { role: "customer" as const, text: "hi" },
  { role: "bot" as const, text: "Hi! How can I help?" },
  { role: "customer" as const, text: "You billed my card twice for the annual plan. I need one refunded." },
  {
    role: "bot" as const,
    text: "Refunds are handled under Billing > History. Select the charge to dispute it.",
  },
  { role: "bot" as const, text: "Sorry, I can't help with that." },
  { role: "customer" as const, text: "can I talk to a person" },
];

describe("LocalAiProvider", () => {
  const ai = new LocalAiProvider();

  it("summarises with the customer's goal and what the bot tried", async () => {
    const s = HandoffSummarySchema.parse(await ai.summarize(history));
    expect(s.customerGoal).toBe("You billed my card twice for the annual plan.");
    expect(s.attempted).toEqual(["Refunds are handled under Billing > History."]);
    expect(s.summary).toMatch(/^Billing request/);
    expect(s.summary).toContain("could not help 1 time");
  });

  it("suggests replies fitted to the topic", async () => {
    const replies = await ai.suggestReplies(history);
    expect(replies.length).toBeGreaterThan(1);
    expect(replies.join(" ")).toMatch(/refund/i);
  });

  it("is deterministic", async () => {
    expect(await ai.sentiment("so slow it's painful")).toEqual(await ai.sentiment("so slow it's painful"));
  });
});
