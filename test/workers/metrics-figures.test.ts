import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { type SeedMessage, seed } from "./metrics-seed";

const status = (seq: number, at: string, from: string, to: string, agentId?: string): SeedMessage => ({
  seq,
  at,
  meta: { event: "status", from, to, ...(agentId ? { agentId } : {}) },
});
const agentSays = (seq: number, at: string, agentId: string): SeedMessage => ({
  seq,
  at,
  role: "agent",
  meta: { agentId },
});
const csat = (seq: number, at: string, score: number): SeedMessage[] => [
  { seq, at, meta: { event: "csat_request" } },
  { seq: seq + 1, at, meta: { event: "csat", score } },
];

/**
 * Five conversations of the first week of March 2026, each figure computed by hand in the comments:
 * c1 resolved and the same customer (other letter case) starts c3 two days later; c2 transferred,
 * resolved, reopened two days later and handed off again; c3 stays with the bot; c4 abandoned in the
 * queue (late evening in New York, the next day in UTC); c5 resolved once. Another workspace has a
 * conversation of c1's customer the same day.
 */
async function seedWeek() {
  const ws = await newWorkspace();
  const other = await newWorkspace();
  await seed(ws.id, [
    {
      id: `${ws.id}-c1`,
      created: "2026-03-01T10:00:00.000Z",
      customer: { email: "ann@example.com" },
      handoffs: [
        [
          "request",
          "2026-03-01T10:01:00.000Z",
          "2026-03-01T10:01:30.000Z",
          { seq: 2, category: "billing", skill: "billing" },
        ],
      ],
      messages: [
        status(3, "2026-03-01T10:01:00.000Z", "bot", "queued"),
        status(4, "2026-03-01T10:01:30.000Z", "queued", "assigned", "ag_a"),
        agentSays(5, "2026-03-01T10:02:30.000Z", "ag_a"), // first response 90 s
        status(6, "2026-03-01T10:11:30.000Z", "assigned", "resolved"), // handled 600 s
        ...csat(7, "2026-03-01T10:11:30.000Z", 4),
      ],
    },
    {
      id: `${ws.id}-c2`,
      created: "2026-03-02T09:00:00.000Z",
      customer: { id: "cust-2" },
      handoffs: [
        [
          "sentiment",
          "2026-03-02T09:05:00.000Z",
          "2026-03-02T09:06:00.000Z",
          { seq: 2, category: "technical" },
        ],
        ["request", "2026-03-04T09:01:00.000Z", "2026-03-04T09:02:00.000Z", { seq: 10, category: "billing" }],
      ],
      messages: [
        status(3, "2026-03-02T09:05:00.000Z", "bot", "queued"),
        status(4, "2026-03-02T09:06:00.000Z", "queued", "assigned", "ag_b"),
        status(5, "2026-03-02T09:10:00.000Z", "assigned", "queued"), // ag_b transfers without a word
        status(6, "2026-03-02T09:12:00.000Z", "queued", "assigned", "ag_a"),
        agentSays(7, "2026-03-02T09:12:30.000Z", "ag_a"), // first response 450 s after the handoff
        status(8, "2026-03-02T09:26:00.000Z", "assigned", "resolved"), // handled 1,200 s from 09:06
        status(9, "2026-03-04T09:00:00.000Z", "resolved", "bot"), // reopened two days later
        status(11, "2026-03-04T09:01:00.000Z", "bot", "queued"),
        status(12, "2026-03-04T09:02:00.000Z", "queued", "assigned", "ag_a"),
        agentSays(13, "2026-03-04T09:03:00.000Z", "ag_a"), // 120 s
        status(14, "2026-03-04T09:12:00.000Z", "assigned", "resolved"), // 600 s
      ],
    },
    { id: `${ws.id}-c3`, created: "2026-03-03T12:00:00.000Z", customer: { email: "ANN@example.com" } },
    {
      id: `${ws.id}-c4`,
      created: "2026-03-04T02:00:00.000Z",
      handoffs: [
        ["request", "2026-03-04T02:00:30.000Z", null, { seq: 2, category: "billing", skill: "billing" }],
      ],
      messages: [
        status(3, "2026-03-04T02:00:30.000Z", "bot", "queued"),
        status(4, "2026-03-04T02:10:00.000Z", "queued", "abandoned"),
      ],
    },
    {
      id: `${ws.id}-c5`,
      created: "2026-03-05T08:00:00.000Z",
      handoffs: [["manual", "2026-03-05T08:00:00.000Z", "2026-03-05T08:00:20.000Z", { seq: 2 }]],
      messages: [
        status(3, "2026-03-05T08:00:00.000Z", "bot", "queued"),
        status(4, "2026-03-05T08:00:20.000Z", "queued", "assigned", "ag_a"),
        agentSays(5, "2026-03-05T08:01:00.000Z", "ag_a"), // 60 s
        status(6, "2026-03-05T08:05:00.000Z", "assigned", "resolved"), // 280 s
        ...csat(7, "2026-03-05T08:05:00.000Z", 2),
      ],
    },
  ]);
  await seed(other.id, [
    { id: `${other.id}-o1`, created: "2026-03-01T12:00:00.000Z", customer: { email: "ann@example.com" } },
  ]);
  return ws;
}

const WEEK = "from=2026-03-01&to=2026-03-08";

describe("GET /metrics: the figures after the handoff", () => {
  it("counts rates, times, first contact resolution and abandonment by hand", async () => {
    const { api } = await seedWeek();
    const res = await api("GET", `/api/v1/metrics?${WEEK}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      from: "2026-03-01T00:00:00.000Z",
      to: "2026-03-08T00:00:00.000Z",
      tz: "UTC",
      conversations: 5,
      handedOff: 4,
      handoffRate: 0.8,
      botContainment: 0.2,
      // By the first handoff: c2's second one (billing) does not count again.
      byCategory: [
        { category: "billing", handoffs: 2, share: 0.5 },
        { category: "none", handoffs: 1, share: 0.25 },
        { category: "technical", handoffs: 1, share: 0.25 },
      ],
      // 20, 30, 60, 60 s.
      timeToAssignSeconds: { p50: 30, p90: 60, count: 4 },
      // 60, 90, 120, 450 s; c4 was never answered.
      firstResponseSeconds: { p50: 90, p90: 450, count: 4 },
      // 280, 600, 600, 1,200 s: each resolve from the first assignment since the previous one.
      handleSeconds: { p50: 600, p90: 1200, count: 4, average: 670 },
      // c1's customer came back (c3), c2 reopened, c5 did not return.
      firstContactResolution: { days: 7, resolved: 3, firstContact: 1, rate: 0.3333 },
      abandonment: { abandoned: 1, rate: 0.25 },
      csat: { requests: 2, responses: 2, responseRate: 1, average: 3 },
    });
    expect(
      res.body.byTrigger.map((t: { trigger: string; handoffs: number }) => [t.trigger, t.handoffs]),
    ).toEqual([
      ["request", 2],
      ["manual", 1],
      ["sentiment", 1],
    ]);
  });

  it("lets the first contact window be shorter, so returns after it no longer count", async () => {
    const { api } = await seedWeek();
    const res = await api("GET", `/api/v1/metrics?${WEEK}&fcrDays=1`);
    expect(res.body.firstContactResolution).toEqual({ days: 1, resolved: 3, firstContact: 3, rate: 1 });
  });

  it("gives one row per UTC day, empty days included", async () => {
    const { api } = await seedWeek();
    const { body } = await api("GET", `/api/v1/metrics?${WEEK}`);
    expect(body.series.map((d: { day: string }) => d.day)).toEqual([
      "2026-03-01",
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
    ]);
    expect(body.series[0]).toEqual({
      day: "2026-03-01",
      conversations: 1,
      handedOff: 1,
      handoffRate: 1,
      csatAverage: 4,
      csatResponses: 1,
      timeToAssignP50: 30,
    });
    expect(body.series[2]).toMatchObject({ conversations: 1, handedOff: 0, handoffRate: 0 });
    expect(body.series[3]).toMatchObject({ conversations: 1, handedOff: 1, timeToAssignP50: null });
    expect(body.series[6]).toMatchObject({ conversations: 0, handoffRate: null, csatAverage: null });
  });

  it("groups by the local day of the time zone asked for", async () => {
    const { api } = await seedWeek();
    const { body } = await api("GET", `/api/v1/metrics?${WEEK}&tz=America/New_York`);
    expect(body.from).toBe("2026-03-01T05:00:00.000Z");
    expect(body.conversations).toBe(5);
    // c4, created at 02:00 UTC on the 4th, is the evening of the 3rd in New York, with c3.
    const byDay = Object.fromEntries(
      body.series.map((d: { day: string; conversations: number }) => [d.day, d.conversations]),
    );
    expect(byDay).toMatchObject({ "2026-03-03": 2, "2026-03-04": 0 });
  });
});

describe("GET /metrics: filters", () => {
  it("narrow the cohort to a trigger, a skill, an agent or a team", async () => {
    const ws = await seedWeek();
    const count = async (filter: string) =>
      (await ws.api("GET", `/api/v1/metrics?${WEEK}&${filter}`)).body.conversations;
    expect(await count("trigger=request")).toBe(2); // c1, c4 (c2's first trigger was sentiment)
    expect(await count("skill=billing")).toBe(2); // c1, c4
    expect(await count("agentId=ag_a")).toBe(3); // c1, c2, c5
    expect(await count("agentId=ag_nobody")).toBe(0);
    await env.DB.prepare(
      "INSERT INTO team_members (team_id, agent_id, workspace_id) VALUES ('tm_b', 'ag_b', ?)",
    )
      .bind(ws.id)
      .run();
    const team = await ws.api("GET", `/api/v1/metrics?${WEEK}&teamId=tm_b`);
    // Only c2, which ag_b held before the transfer: both of its resolves.
    expect(team.body).toMatchObject({ conversations: 1, handleSeconds: { count: 2, average: 900 } });
  });

  it("refuses an unknown time zone, a window out of bounds and a range over a year, naming the field", async () => {
    const { api } = await newWorkspace();
    for (const [query, field] of [
      [`${WEEK}&tz=Mars/Olympus`, "tz"],
      [`${WEEK}&fcrDays=0`, "fcrDays"],
      ["from=2024-01-01&to=2026-01-01", "to"],
      ["from=2026-03-01&to=yesterday", "to"],
    ]) {
      const res = await api("GET", `/api/v1/metrics?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.details[0].field, query).toBe(field);
    }
  });
});
