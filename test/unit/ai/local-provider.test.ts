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

  it("briefs with the line that states the problem, what the bot suggested, the identifiers and the mood", async () => {
    const s = HandoffSummarySchema.parse(
      await ai.summarize([
        ...history,
        {
          role: "customer",
          text: "I already checked Billing > History, invoice INV-2291 shows €49.99 twice!!",
        },
      ]),
    );
    expect(s.customerGoal).toBe("You billed my card twice for the annual plan. I need one refunded.");
    expect(s.attempted).toEqual([
      "Refunds are handled under Billing > History.",
      "Select the charge to dispute it.",
    ]);
    expect(s.customerTried).toEqual([
      "I already checked Billing > History, invoice INV-2291 shows €49.99 twice!!",
    ]);
    expect(s.facts).toEqual([
      { kind: "reference", value: "invoice INV-2291" },
      { kind: "amount", value: "€49.99" },
    ]);
    expect(s.mood?.upsetMessages).toBeGreaterThanOrEqual(0);
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
