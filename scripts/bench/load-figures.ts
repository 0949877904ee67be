/** What `npm run bench:load` measures for one system at one size. */
export interface LoadFigures {
  ackP50: number;
  ackP99: number;
  answerP50: number | null;
  answerP99: number | null;
  perSecond: number;
  memoryMiB: number;
}

/** The value below which `q` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

const ms = (v: number | null) => (v === null ? "–" : `${Math.round(v)} ms`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

/** The markdown table of a run: Baton next to the echo, with the ratios the aims are stated in. */
export function loadTable(
  rows: readonly { size: number; baton: LoadFigures; echo: LoadFigures }[],
  run: { messages: number },
): string {
  const lines = [
    `Each customer sends ${run.messages} messages one after another, waiting for each acknowledgement (and, on Baton, the bot's answer). Aims: acknowledgement p50 within 2× the echo's, throughput at least 0.5× the echo's.`,
    "",
    "| conversations | ack p50 (echo) | ratio | ack p99 (echo) | bot answer p50 / p99 | messages/s (echo) | ratio | memory MiB (echo) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const { size, baton, echo } of rows) {
    lines.push(
      `| ${size} | ${ms(baton.ackP50)} (${ms(echo.ackP50)}) | ${ratio(baton.ackP50, echo.ackP50)} | ${ms(baton.ackP99)} (${ms(echo.ackP99)}) | ${ms(baton.answerP50)} / ${ms(baton.answerP99)} | ${baton.perSecond.toFixed(1)} (${echo.perSecond.toFixed(1)}) | ${ratio(baton.perSecond, echo.perSecond)} | ${Math.round(baton.memoryMiB)} (${Math.round(echo.memoryMiB)}) |`,
    );
  }
  return lines.join("\n");
}
