/** What `npm run bench:load` measures for one system at one size. */
export interface LoadFigures {
  ackP50: number;
  ackP99: number;
  answerP50: number | null;
  answerP99: number | null;
  perSecond: number;
  memoryMiB: number;
  /** From a customer asking for a person to the agent joining (Baton only). */
  assignmentP50: number | null;
  assignmentP99: number | null;
}

/** The same customers measured without and beside one customer flooding their socket. */
export interface FloodFigures {
  size: number;
  calm: LoadFigures;
  flooded: LoadFigures;
  flooder: { sent: number; closed: boolean; stored: number; refused: number; botAnswers: number };
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
    "| conversations | ack p50 (echo) | ratio | ack p99 (echo) | bot answer p50 / p99 | messages/s (echo) | ratio | handoff → agent p50 / p99 | memory MiB (echo) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const { size, baton, echo } of rows) {
    lines.push(
      `| ${size} | ${ms(baton.ackP50)} (${ms(echo.ackP50)}) | ${ratio(baton.ackP50, echo.ackP50)} | ${ms(baton.ackP99)} (${ms(echo.ackP99)}) | ${ms(baton.answerP50)} / ${ms(baton.answerP99)} | ${baton.perSecond.toFixed(1)} (${echo.perSecond.toFixed(1)}) | ${ratio(baton.perSecond, echo.perSecond)} | ${ms(baton.assignmentP50)} / ${ms(baton.assignmentP99)} | ${Math.round(baton.memoryMiB)} (${Math.round(echo.memoryMiB)}) |`,
    );
  }
  return lines.join("\n");
}

/** The flood phase's table: the others' figures without and beside the flood, and what the flooder got. */
export function floodTable(rows: readonly FloodFigures[]): string {
  if (rows.length === 0) return "";
  const lines = [
    "One more customer floods their socket (50 messages every 10 ms) while the same customers are measured again:",
    "",
    "| conversations | ack p50 calm → flooded | ack p99 calm → flooded | bot answer p50 calm → flooded | flooder: sent / stored / refused / bot answers | flooder's socket |",
    "|---:|---:|---:|---:|---:|---|",
  ];
  for (const { size, calm, flooded, flooder } of rows) {
    lines.push(
      `| ${size} | ${ms(calm.ackP50)} → ${ms(flooded.ackP50)} | ${ms(calm.ackP99)} → ${ms(flooded.ackP99)} | ${ms(calm.answerP50)} → ${ms(flooded.answerP50)} | ${flooder.sent} / ${flooder.stored} / ${flooder.refused} / ${flooder.botAnswers} | ${flooder.closed ? "closed by the server" : "open"} |`,
    );
  }
  return lines.join("\n");
}
