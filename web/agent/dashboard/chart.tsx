import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export type Line = { label: string; values: (number | null)[]; color: string; percent?: boolean };

const WIDTH = 420;
const HEIGHT = 180;

/** One figure per day as lines (uPlot: small, canvas, no dependencies); empty days leave gaps. */
export function DailyChart({ title, days, lines }: { title: string; days: string[]; lines: Line[] }) {
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!target.current) return;
    const xs = days.map((d) => Date.parse(`${d}T12:00:00Z`) / 1000);
    const plot = new uPlot(
      {
        width: WIDTH,
        height: HEIGHT,
        legend: { show: true },
        scales: { x: { time: true } },
        series: [
          {},
          ...lines.map((l) => ({
            label: l.label,
            stroke: l.color,
            width: 2,
            spanGaps: false,
            value: (_: uPlot, v: number | null) =>
              v === null ? "–" : l.percent ? `${Math.round(v * 100)} %` : String(v),
          })),
        ],
        axes: [
          {},
          {
            values: (_, ticks) =>
              ticks.map((t) => (lines[0]?.percent ? `${Math.round(t * 100)}%` : String(t))),
          },
        ],
      },
      [xs, ...lines.map((l) => l.values)],
      target.current,
    );
    return () => plot.destroy();
  }, [days, lines]);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div ref={target} role="img" aria-label={title} />
    </figure>
  );
}
