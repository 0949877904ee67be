import { useEffect, useMemo, useState } from "preact/hooks";
import type { Metrics } from "../../../workers/protocol/metrics";
import { DailyChart } from "./chart";
import { toCsv } from "./csv";
import { type AgentRow, dashboardCsv, loadDashboard, type Range } from "./data";
import "./dashboard.css";

const DAY_MS = 86_400_000;
const dateOnly = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const percent = (r: number | null) => (r === null ? "–" : `${Math.round(r * 100)} %`);
const seconds = (s: number | null) => (s === null ? "–" : s < 120 ? `${s} s` : `${Math.round(s / 60)} min`);
const value = (n: number | null) => (n === null ? "–" : String(n));

/** The supervisor's view of the handoff strategy (docs/metrics.md): figures, charts per day, tables, CSV. */
export function Dashboard({ token }: { token: string }) {
  const [range, setRange] = useState<Range>(() => ({
    from: dateOnly(Date.now() - 27 * DAY_MS),
    to: dateOnly(Date.now() + DAY_MS),
    tz: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
  }));
  const [data, setData] = useState<{ all: Metrics; perAgent: AgentRow[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    loadDashboard(token, range)
      .then((d) => live && setData(d))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [token, range]);

  const days = useMemo(() => data?.all.series.map((d) => d.day) ?? [], [data]);
  const lines = useMemo(() => {
    const s = data?.all.series ?? [];
    return {
      volume: [
        { label: "Conversations", values: s.map((d) => d.conversations), color: "#2563eb" },
        { label: "Handed off", values: s.map((d) => d.handedOff), color: "#f59e0b" },
      ],
      rate: [{ label: "Handoff rate", values: s.map((d) => d.handoffRate), color: "#dc2626", percent: true }],
      csat: [{ label: "CSAT", values: s.map((d) => d.csatAverage), color: "#16a34a" }],
      wait: [{ label: "Time to assign p50 (s)", values: s.map((d) => d.timeToAssignP50), color: "#7c3aed" }],
    };
  }, [data]);

  const download = () => {
    if (!data) return;
    const blob = new Blob([toCsv(dashboardCsv(data.all, data.perAgent))], { type: "text/csv" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `baton-metrics-${range.from}-${range.to}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const m = data?.all;
  return (
    <section class="dashboard" aria-label="Dashboard">
      <form class="range" onSubmit={(e) => e.preventDefault()}>
        <label>
          From{" "}
          <input
            type="date"
            value={range.from}
            onChange={(e) => setRange({ ...range, from: e.currentTarget.value })}
          />
        </label>
        <label>
          To{" "}
          <input
            type="date"
            value={range.to}
            onChange={(e) => setRange({ ...range, to: e.currentTarget.value })}
          />
        </label>
        <span class="muted small">{range.tz}</span>
        <button type="button" onClick={download} disabled={!data}>
          Export CSV
        </button>
      </form>
      {error && <p role="alert">Could not load the figures: {error}</p>}
      {m && (
        <>
          <section class="kpis" aria-label="Figures">
            <Kpi label="Conversations" value={String(m.conversations)} />
            <Kpi label="Handoff rate" value={percent(m.handoffRate)} />
            <Kpi label="Bot containment" value={percent(m.botContainment)} />
            <Kpi label="Time to assign (p50)" value={seconds(m.timeToAssignSeconds.p50)} />
            <Kpi label="First response (p50)" value={seconds(m.firstResponseSeconds.p50)} />
            <Kpi label="Handle time (avg)" value={seconds(m.handleSeconds.average)} />
            <Kpi label="First contact resolution" value={percent(m.firstContactResolution.rate)} />
            <Kpi label="Abandonment" value={percent(m.abandonment.rate)} />
            <Kpi label="CSAT" value={m.csat.average === null ? "–" : `${m.csat.average} / 5`} />
            <Kpi label="CSAT response rate" value={percent(m.csat.responseRate)} />
            <Kpi label="Handoffs rated needed" value={percent(m.handoffRatings.neededShare)} />
            <Kpi label="Summary accuracy" value={value(m.handoffRatings.averageSummaryAccuracy)} />
          </section>
          <section class="charts" aria-label="Charts">
            <DailyChart title="Conversations per day" days={days} lines={lines.volume} />
            <DailyChart title="Handoff rate per day" days={days} lines={lines.rate} />
            <DailyChart title="CSAT per day" days={days} lines={lines.csat} />
            <DailyChart title="Time to assign per day" days={days} lines={lines.wait} />
          </section>
          <section aria-label="By trigger">
            <h2>By trigger</h2>
            <table>
              <thead>
                <tr>
                  <th>Trigger</th>
                  <th>Handoffs</th>
                  <th>Share</th>
                  <th>Rated</th>
                  <th>Rated unnecessary</th>
                </tr>
              </thead>
              <tbody>
                {m.byTrigger.map((t) => (
                  <tr key={t.trigger}>
                    <td>{t.trigger.replaceAll("_", " ")}</td>
                    <td>{t.handoffs}</td>
                    <td>{percent(t.share)}</td>
                    <td>{t.rated}</td>
                    <td>{percent(t.unnecessaryShare)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-label="By agent">
            <h2>By agent</h2>
            <table>
              <thead>
                <tr>
                  <th>Agent</th>
                  <th>Conversations</th>
                  <th>Time to assign (p50)</th>
                  <th>First response (p50)</th>
                  <th>Handle time (avg)</th>
                  <th>First contact resolution</th>
                  <th>CSAT</th>
                </tr>
              </thead>
              <tbody>
                {data.perAgent.map(({ name, metrics: a }) => (
                  <tr key={name}>
                    <td>{name}</td>
                    <td>{a.conversations}</td>
                    <td>{seconds(a.timeToAssignSeconds.p50)}</td>
                    <td>{seconds(a.firstResponseSeconds.p50)}</td>
                    <td>{seconds(a.handleSeconds.average)}</td>
                    <td>{percent(a.firstContactResolution.rate)}</td>
                    <td>{value(a.csat.average)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </section>
  );
}

function Kpi({ label, value: shown }: { label: string; value: string }) {
  return (
    <div class="kpi">
      <span class="muted small">{label}</span>
      <strong>{shown}</strong>
    </div>
  );
}
