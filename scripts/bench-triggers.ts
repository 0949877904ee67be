/**
 * `npm run bench:triggers`: the engine's cost per customer message, as the Conversation DO pays it: one
 * `decide` over the whole history, customer messages carrying their stored analysis and bot messages their
 * failure flag. A second table shows the worst case, a history with neither (everything read by the model on
 * the spot).
 */
import { performance } from "node:perf_hooks";
import { DEFAULT_RULES } from "../workers/domain/rules";
import { analyzeLocally, decide, type EngineMessage } from "../workers/domain/triggers";

const SIZES = [10, 100, 1000] as const;
const CUSTOMER_LINES = [
  "hi, my weekly report arrives empty since monday",
  "I already tried that, still nothing",
  "which export format do you support for invoices?",
  "this is getting really frustrating, we need it for an audit",
  "ok thanks, and how do I add a colleague to the workspace?",
  "Estoy harto, la aplicación no funciona",
];
const BOT_LINES = [
  "You can schedule reports under Reports > Schedule.",
  "Sorry, I didn't quite get that. Could you rephrase?",
  "Invoices can be exported as PDF or CSV from Billing > History.",
  "Open Team > Members and click Invite.",
];

function history(size: number, analysed: boolean): EngineMessage[] {
  return Array.from({ length: size }, (_, i): EngineMessage => {
    // Odd sizes still end on a customer message: that is the message being decided.
    const customer = (size - 1 - i) % 2 === 0;
    if (!customer) {
      const text = BOT_LINES[i % BOT_LINES.length] ?? "";
      // Baton's bot flags every answer it posts; the worst case has bot lines that say nothing about themselves.
      return analysed
        ? { role: "bot", text, meta: { botFailure: text.startsWith("Sorry") } }
        : { role: "bot", text };
    }
    const text = CUSTOMER_LINES[i % CUSTOMER_LINES.length] ?? "";
    return analysed
      ? { role: "customer", text, meta: { analysis: analyzeLocally(text) } }
      : { role: "customer", text };
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function measure(
  messages: readonly EngineMessage[],
  runs: number,
): { p50: number; p99: number; mean: number } {
  let handoffs = 0;
  for (let i = 0; i < 200; i++) if (decide(DEFAULT_RULES, messages).handoff) handoffs++;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    if (decide(DEFAULT_RULES, messages).handoff) handoffs++;
    times.push(performance.now() - start);
  }
  // Using the result keeps the JIT from discarding the calls.
  if (handoffs < 0) throw new Error("unreachable");
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    mean: times.reduce((s, t) => s + t, 0) / runs,
  };
}

function table(title: string, analysed: boolean): string {
  const rows = SIZES.map((size) => {
    const { p50, p99, mean } = measure(history(size, analysed), size >= 1000 ? 1000 : 5000);
    const ms = (x: number) => `${x.toFixed(4)} ms`.padStart(11);
    return `| ${String(size).padStart(8)} | ${ms(p50)} | ${ms(p99)} | ${ms(mean)} |`;
  });
  return [
    title,
    "| messages |         p50 |         p99 |        mean |",
    "|---------:|------------:|------------:|------------:|",
    ...rows,
  ].join("\n");
}

console.log(table("decide() per customer message, analyses stored (as in the DO)", true));
console.log();
console.log(table("decide() per customer message, no stored analyses (worst case)", false));
