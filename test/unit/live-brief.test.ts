import { describe, expect, it } from "vitest";
import { refreshBrief, SINCE_HANDOFF_LINES } from "../../workers/domain/live-brief";
import { HandoffSchema } from "../../workers/protocol/conversation";

const handoff = HandoffSchema.parse({
  trigger: "category",
  triggers: ["category"],
  signals: null,
  explanation: "billing matters go to a human",
  summary: "Billing request",
  customerGoal: "I was charged twice",
  attempted: [],
  facts: [{ kind: "reference", value: "invoice INV-1" }],
  category: "billing",
  skill: "billing",
  seq: 3,
  createdAt: "2026-11-29T00:00:00.000Z",
  queuedAt: "2026-11-29T00:00:00.000Z",
  position: 1,
  estimatedWaitSeconds: 60,
  agentId: null,
  assignedAt: null,
});
const calm = { score: 0, label: "neutral" } as const;
const furious = { score: -0.9, label: "negative" } as const;

describe("refreshing the brief after the handoff", () => {
  it("adds the line, its new identifiers and attempts, and reads the mood again", () => {
    const next = refreshBrief(handoff, "I already reset my card. Invoice INV-1 and INV-2 both show €20", [
      calm,
      furious,
    ]);
    expect(next.sinceHandoff).toEqual(["I already reset my card. Invoice INV-1 and INV-2 both show €20"]);
    expect(next.facts.map((f) => f.value)).toEqual(["invoice INV-1", "INV-2", "€20"]);
    expect(next.customerTried).toEqual(["I already reset my card."]);
    expect(next.mood).toEqual({ now: "very upset", trend: "worse", upsetMessages: 1 });
    expect(next.summary).toBe(handoff.summary);
  });

  it("keeps only the latest lines, so its cost and size stay bounded", () => {
    let brief = handoff;
    for (let i = 0; i < 3 * SINCE_HANDOFF_LINES; i++) brief = refreshBrief(brief, `line ${i}`, [calm]);
    expect(brief.sinceHandoff).toHaveLength(SINCE_HANDOFF_LINES);
    expect(brief.sinceHandoff.at(-1)).toBe(`line ${3 * SINCE_HANDOFF_LINES - 1}`);
  });
});
