import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { rate, seed } from "./metrics-seed";

describe("GET /metrics", () => {
  it("gives hand-computed figures on seeded history, never a rate over 100 %", async () => {
    const { id: ws, api } = await newWorkspace();
    const other = await newWorkspace();
    const csat = (score: number) => ({ event: "csat", score });
    const request = { event: "csat_request" };
    await seed(ws, [
      // Handed off twice (after a reopen): one handed-off conversation, under its first trigger.
      {
        id: "m1",
        created: "2026-03-01T10:00:00.000Z",
        handoffs: [
          ["request", "2026-03-01T10:01:00.000Z", "2026-03-01T10:01:30.000Z"],
          ["sentiment", "2026-03-01T11:00:00.000Z", "2026-03-01T11:02:00.000Z"],
        ],
        system: [request, csat(3), request],
      },
      {
        id: "m2",
        created: "2026-03-02T09:00:00.000Z",
        handoffs: [["category", "2026-03-02T09:05:00.000Z", "2026-03-02T09:06:00.000Z"]],
      },
      { id: "m3", created: "2026-03-03T09:00:00.000Z", system: [request, csat(5)] },
      // Created before the range: its handoff inside the range counts nowhere.
      {
        id: "m4",
        created: "2026-02-28T23:59:59.000Z",
        handoffs: [["request", "2026-03-02T00:00:00.000Z", null]],
      },
      {
        id: "m5",
        created: "2026-03-04T09:00:00.000Z",
        handoffs: [["request", "2026-03-04T09:01:00.000Z", null]],
      },
    ]);
    await seed(other.id, [
      {
        id: "o1",
        created: "2026-03-02T00:00:00.000Z",
        handoffs: [["request", "2026-03-02T00:00:00.000Z", null]],
      },
    ]);
    await rate(ws, "m1:1", true, 4);
    await rate(ws, "m2:1", false, 2);

    const res = await api("GET", "/api/v1/metrics?from=2026-03-01T00:00:00Z&to=2026-03-08T00:00:00Z");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      conversations: 4,
      handedOff: 3,
      handoffRate: 0.75,
      botContainment: 0.25,
      byTrigger: [
        {
          trigger: "request",
          handoffs: 2,
          share: 0.6667,
          rated: 1,
          ratedUnnecessary: 0,
          unnecessaryShare: 0,
        },
        {
          trigger: "category",
          handoffs: 1,
          share: 0.3333,
          rated: 1,
          ratedUnnecessary: 1,
          unnecessaryShare: 1,
        },
      ],
      // 30 s, 120 s (the second handoff), 60 s; nearest rank.
      timeToAssignSeconds: { p50: 60, p90: 120, count: 3 },
      csat: {
        requests: 3,
        responses: 2,
        responseRate: 0.6667,
        average: 4,
        distribution: { "1": 0, "3": 1, "5": 1 },
      },
      handoffRatings: { count: 2, neededShare: 0.5, averageSummaryAccuracy: 3 },
    });
  });

  it("answers an empty range with zeros and nulls, and refuses a range that ends before it starts", async () => {
    const { api } = await newWorkspace();
    const empty = await api("GET", "/api/v1/metrics?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z");
    expect(empty.body).toMatchObject({
      conversations: 0,
      handoffRate: null,
      timeToAssignSeconds: { p50: null },
    });
    const bad = await api("GET", "/api/v1/metrics?from=2020-01-02T00:00:00Z&to=2020-01-01T00:00:00Z");
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe("to");
  });
});
