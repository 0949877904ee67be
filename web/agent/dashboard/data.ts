import { z } from "zod";
import { AgentSchema } from "../../../workers/protocol/agents";
import { type Metrics, MetricsSchema } from "../../../workers/protocol/metrics";
import type { Cell } from "./csv";

export type Range = { from: string; to: string; tz: string };

async function get<T>(schema: z.ZodType<T>, token: string, path: string): Promise<T> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${path}`);
  return schema.parse(await res.json());
}

const query = (range: Range, extra: Record<string, string> = {}) =>
  new URLSearchParams({ ...range, ...extra }).toString();

export type AgentRow = { name: string; metrics: Metrics };

/** The workspace's figures, and each agent's (the same figures over the conversations they were given). */
export async function loadDashboard(token: string, range: Range) {
  const [all, { agents }] = await Promise.all([
    get(MetricsSchema, token, `/api/v1/metrics?${query(range)}`),
    get(z.object({ agents: z.array(AgentSchema) }), token, "/api/v1/agents"),
  ]);
  const perAgent = await Promise.all(
    agents.map(async (a) => ({
      name: a.name,
      metrics: await get(MetricsSchema, token, `/api/v1/metrics?${query(range, { agentId: a.id })}`),
    })),
  );
  return { all, perAgent };
}

const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

/** Everything the dashboard shows, as rows for a CSV file: the days, then each trigger, then each agent. */
export function dashboardCsv(all: Metrics, perAgent: readonly AgentRow[]): Cell[][] {
  return [
    [
      "day",
      "conversations",
      "handed off",
      "handoff rate %",
      "CSAT average",
      "CSAT responses",
      "time to assign p50 s",
    ],
    ...all.series.map((d) => [
      d.day,
      d.conversations,
      d.handedOff,
      pct(d.handoffRate),
      d.csatAverage,
      d.csatResponses,
      d.timeToAssignP50,
    ]),
    [],
    ["trigger", "handoffs", "share %", "rated", "rated unnecessary", "unnecessary %"],
    ...all.byTrigger.map((t) => [
      t.trigger,
      t.handoffs,
      pct(t.share),
      t.rated,
      t.ratedUnnecessary,
      pct(t.unnecessaryShare),
    ]),
    [],
    [
      "agent",
      "conversations",
      "time to assign p50 s",
      "first response p50 s",
      "handle average s",
      "first contact resolution %",
      "CSAT average",
    ],
    ...perAgent.map(({ name, metrics: m }) => [
      name,
      m.conversations,
      m.timeToAssignSeconds.p50,
      m.firstResponseSeconds.p50,
      m.handleSeconds.average,
      pct(m.firstContactResolution.rate),
      m.csat.average,
    ]),
  ];
}
