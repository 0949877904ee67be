import { percentile, ratio } from "../domain/metrics";
import { localDays, toInstant } from "../domain/time-zone";
import type { Metrics, MetricsQuery } from "../protocol/metrics";
import * as SQL from "./metrics-sql";

type Row = Record<string, number | string | null>;

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
const seconds = (rows: Row[]) =>
  rows.filter((r) => r.s !== null).map((r) => Math.max(0, Math.round(Number(r.s))));
const spread = (values: number[]) => ({
  p50: percentile(values, 50),
  p90: percentile(values, 90),
  count: values.length,
});

/** The handoff strategy's figures over the cohort the query selects (docs/metrics.md). */
export async function computeMetrics(
  d1: D1Database,
  workspaceId: string,
  query: MetricsQuery,
): Promise<Metrics> {
  const from = toInstant(query.from, query.tz);
  const to = toInstant(query.to, query.tz);
  const days = localDays(from, to, query.tz);
  const cohort = [
    workspaceId,
    from.toISOString(),
    to.toISOString(),
    query.trigger ?? null,
    query.skill ?? null,
    query.agentId ?? null,
    query.teamId ?? null,
  ];
  const q = (sql: string, ...own: unknown[]) => d1.prepare(sql).bind(...cohort, ...own);
  const results = await d1.batch<Row>([
    q(SQL.TOTALS),
    q(SQL.BY_TRIGGER),
    q(SQL.BY_CATEGORY),
    q(SQL.TIME_TO_ASSIGN),
    q(SQL.FIRST_RESPONSE),
    q(SQL.HANDLE),
    q(SQL.FIRST_CONTACT, query.fcrDays),
    q(SQL.CSAT),
    q(SQL.RATINGS),
    q(SQL.SERIES, JSON.stringify(days.map((d) => [d.start, d.end]))),
  ]);
  const [totals, triggers, categories, waits, responses, handles, fcr, csat, ratings, series] = results.map(
    (r) => r.results,
  ) as Row[][];
  const total = totals?.[0] ?? {};
  const conversations = Number(total.n ?? 0);
  const handedOff = Number(total.handed ?? 0);
  const abandoned = Number(total.abandoned ?? 0);
  const waitRows = waits ?? [];
  const handleSeconds = seconds(handles ?? []);
  const fcrRow = fcr?.[0] ?? {};
  const resolved = Number(fcrRow.resolved ?? 0);
  const firstContact = Number(fcrRow.first_contact ?? 0);
  const rated = ratings?.[0] ?? {};
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    tz: query.tz,
    conversations,
    handedOff,
    handoffRate: ratio(handedOff, conversations),
    botContainment: ratio(conversations - handedOff, conversations),
    byTrigger: (triggers ?? []).map((t) => ({
      trigger: String(t.trigger),
      handoffs: Number(t.handoffs),
      share: ratio(Number(t.handoffs), handedOff),
      rated: Number(t.rated),
      ratedUnnecessary: Number(t.unnecessary),
      unnecessaryShare: ratio(Number(t.unnecessary), Number(t.rated)),
    })),
    byCategory: (categories ?? []).map((c) => ({
      category: String(c.category),
      handoffs: Number(c.handoffs),
      share: ratio(Number(c.handoffs), handedOff),
    })),
    timeToAssignSeconds: spread(seconds(waitRows)),
    firstResponseSeconds: spread(seconds(responses ?? [])),
    handleSeconds: {
      ...spread(handleSeconds),
      average:
        handleSeconds.length === 0
          ? null
          : Math.round(handleSeconds.reduce((a, b) => a + b, 0) / handleSeconds.length),
    },
    firstContactResolution: {
      days: query.fcrDays,
      resolved,
      firstContact,
      rate: ratio(firstContact, resolved),
    },
    abandonment: { abandoned, rate: ratio(abandoned, handedOff) },
    csat: csatFigures(csat ?? []),
    handoffRatings: {
      count: Number(rated.n ?? 0),
      neededShare: ratio(Number(rated.needed ?? 0), Number(rated.n ?? 0)),
      averageSummaryAccuracy: round2(rated.accuracy === null ? null : Number(rated.accuracy ?? null)),
    },
    series: days.map((d, i) => {
      const row = series?.find((r) => Number(r.i) === i) ?? {};
      const n = Number(row.n ?? 0);
      const handed = Number(row.handed ?? 0);
      const dayWaits = seconds(
        waitRows.filter((w) => String(w.created) >= d.start && String(w.created) < d.end),
      );
      return {
        day: d.day,
        conversations: n,
        handedOff: handed,
        handoffRate: ratio(handed, n),
        csatAverage: round2(
          row.csat_avg === null || row.csat_avg === undefined ? null : Number(row.csat_avg),
        ),
        csatResponses: Number(row.csat_n ?? 0),
        timeToAssignP50: percentile(dayWaits, 50),
      };
    }),
  };
}

function csatFigures(rows: Row[]): Metrics["csat"] {
  const scores = rows.filter((r) => r.event === "csat" && r.score !== null);
  const responses = scores.reduce((n, r) => n + Number(r.n), 0);
  const requests = rows.filter((r) => r.event === "csat_request").reduce((n, r) => n + Number(r.n), 0);
  return {
    requests,
    // A customer answers each request at most once; a rating without a stored request still counts.
    responses,
    responseRate: ratio(Math.min(responses, requests), requests),
    average:
      responses === 0
        ? null
        : round2(scores.reduce((s, r) => s + Number(r.score) * Number(r.n), 0) / responses),
    distribution: Object.fromEntries(
      [1, 2, 3, 4, 5].map((k) => [
        String(k),
        scores.filter((r) => Number(r.score) === k).reduce((n, r) => n + Number(r.n), 0),
      ]),
    ),
  };
}
