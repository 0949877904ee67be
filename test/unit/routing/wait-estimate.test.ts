import { describe, expect, it } from "vitest";
import { estimateWaits, type WaitingItem } from "../../../workers/domain/routing";
import { agent, busy, item, seconds, settings, T0 } from "./fixtures";

const s = settings({ widenAfterSeconds: null });
const fiveMinutes = () => 300;
const line = (n: number, skill: string | null = "billing") =>
  Array.from({ length: n }, (_, i) => item(`c${i}`, { skill, queuedAt: T0 + i }));
const full = (id: string, skills: string[] = ["billing"]) =>
  agent(id, { skills, maxConcurrent: 2, activeConversationIds: busy(2) });
const secondsOf = (waiting: WaitingItem[], agents: ReturnType<typeof agent>[]) =>
  estimateWaits(waiting, agents, fiveMinutes, s, T0 + seconds(1)).map((e) => e.seconds);

describe("estimated waits", () => {
  it("grow with the position in the line", () => {
    const waits = secondsOf(line(4), [full("a"), full("b")]);
    expect(waits).toEqual([75, 150, 225, 300]);
  });

  it("shrink with more agents who have the skill", () => {
    const two = secondsOf(line(4), [full("a"), full("b")]);
    const four = secondsOf(line(4), [full("a"), full("b"), full("c"), full("d")]);
    // Twice the agents, half the wait.
    expect(four).toEqual(two.map((w) => Math.round((w ?? 0) / 2)));
  });

  it("are zero while agents with the skill have spare capacity", () => {
    const waits = secondsOf(line(2), [agent("a", { skills: ["billing"], maxConcurrent: 2 })]);
    expect(waits).toEqual([0, 0]);
  });

  it("ignore people waiting for other skills and count general questions by the share of capacity", () => {
    const waiting = [
      item("tech", { skill: "technical", queuedAt: T0 - 2 }),
      item("gen", { queuedAt: T0 - 1 }),
      item("bill", { skill: "billing" }),
    ];
    const agents = [full("biller"), full("techie", ["technical"])];
    const bill = estimateWaits(waiting, agents, fiveMinutes, s, T0).find((e) => e.conversationId === "bill");
    expect(bill).toEqual({ conversationId: "bill", position: 2, seconds: 225, agentsOnline: 1 });
  });

  it("are null with nobody online who could take the conversation", () => {
    const [estimate] = estimateWaits(
      line(1),
      [agent("away", { skills: ["billing"], status: "away" })],
      fiveMinutes,
      s,
      T0,
    );
    expect(estimate).toEqual({ conversationId: "c0", position: 1, seconds: null, agentsOnline: 0 });
  });

  it("count on widening when no specialist is online, and say so with agentsOnline 0", () => {
    const widening = settings({ widenAfterSeconds: 120 });
    const [estimate] = estimateWaits(
      line(1, "legal"),
      [agent("generalist")],
      fiveMinutes,
      widening,
      T0 + seconds(20),
    );
    expect(estimate).toMatchObject({ seconds: 100, agentsOnline: 0 });
  });

  it("count on every agent once the wait outlasts the widening horizon, when the line merges", () => {
    const widening = settings({ widenAfterSeconds: 60 });
    const agents = [full("biller"), full("generalist", [])];
    const waits = estimateWaits(line(6), agents, fiveMinutes, widening, T0).map((e) => e.seconds);
    expect(waits).toEqual([75, 150, 225, 300, 375, 450]);
  });

  it("are whole seconds, never Infinity or NaN", () => {
    const agents = [agent("a", { skills: ["billing"], maxConcurrent: 0 }), full("b")];
    for (const e of estimateWaits(line(50), agents, () => 333.3, s, T0)) {
      expect(Number.isInteger(e.seconds)).toBe(true);
    }
  });
});
