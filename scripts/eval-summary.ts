/**
 * `npm run eval:summary [-- --split dev|test] [--json]`: how well the offline brief serves the agent, on the
 * labeled transcripts of data/summary: goal accuracy (the brief's goal comes from the customer message that
 * states the problem) and recall of the identifiers, the customer's own attempts and the bot's suggestions
 * (each expected string found in the brief). Per language and overall.
 */
import { LocalAiProvider } from "../workers/ai/local";
import type { HandoffSummary } from "../workers/ai/provider";
import { readJsonl, SplitSchema } from "./lib/corpus";
import { round } from "./lib/metrics";
import { SummaryRowSchema } from "./lib/summary-set";

const FILE = new URL("../data/summary/transcripts.jsonl", import.meta.url).pathname;
const normal = (s: string) => s.toLowerCase().replace(/…$/, "").replace(/\s+/g, " ").trim();

function briefText(b: HandoffSummary): string {
  return normal(
    [b.summary, b.customerGoal, ...b.attempted, ...b.customerTried, ...b.facts.map((f) => f.value)].join(
      " \n ",
    ),
  );
}

interface Tally {
  n: number;
  goal: number;
  facts: [found: number, expected: number];
  tried: [number, number];
  suggested: [number, number];
}

const share = ([found, expected]: [number, number]) => (expected > 0 ? round(found / expected) : null);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const splitAt = args.indexOf("--split");
  const split = splitAt >= 0 ? SplitSchema.parse(args[splitAt + 1]) : undefined;
  const rows = readJsonl(FILE, SummaryRowSchema).filter((r) => split === undefined || r.split === split);
  const provider = new LocalAiProvider();
  const tallies = new Map<string, Tally>();
  const misses: string[] = [];
  for (const row of rows) {
    const brief = await provider.summarize(row.messages);
    const text = briefText(brief);
    const goal = normal(brief.customerGoal);
    const expectedGoal = normal(row.goal);
    const goalRight = goal.length > 0 && (expectedGoal.includes(goal) || goal.includes(expectedGoal));
    if (!goalRight) misses.push(`${row.id} goal: "${brief.customerGoal}"`);
    const found = (items: readonly string[]): [number, number] => [
      items.filter((x) => text.includes(normal(x))).length,
      items.length,
    ];
    for (const key of ["all", row.lang]) {
      const t = tallies.get(key) ?? { n: 0, goal: 0, facts: [0, 0], tried: [0, 0], suggested: [0, 0] };
      const add = (a: [number, number], b: [number, number]): [number, number] => [a[0] + b[0], a[1] + b[1]];
      tallies.set(key, {
        n: t.n + 1,
        goal: t.goal + (goalRight ? 1 : 0),
        facts: add(t.facts, found(row.facts)),
        tried: add(t.tried, found(row.tried)),
        suggested: add(t.suggested, found(row.suggested)),
      });
    }
    for (const [kind, items] of [
      ["fact", row.facts],
      ["tried", row.tried],
      ["suggested", row.suggested],
    ] as const) {
      for (const x of items) if (!text.includes(normal(x))) misses.push(`${row.id} ${kind}: "${x}"`);
    }
  }
  const figures = Object.fromEntries(
    [...tallies].map(([key, t]) => [
      key,
      {
        transcripts: t.n,
        goalAccuracy: round(t.goal / t.n),
        factRecall: share(t.facts),
        triedRecall: share(t.tried),
        suggestedRecall: share(t.suggested),
        allRecall: share([
          t.facts[0] + t.tried[0] + t.suggested[0],
          t.facts[1] + t.tried[1] + t.suggested[1],
        ]),
      },
    ]),
  );
  if (args.includes("--json")) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  console.log(
    `summary set${split ? `, ${split} split` : ""}: goal accuracy, recall of facts / tried / suggested`,
  );
  for (const [key, f] of Object.entries(figures)) {
    console.log(
      `${key.padEnd(4)} ${String(f.transcripts).padStart(4)}  goal ${f.goalAccuracy}  facts ${f.factRecall}  tried ${f.triedRecall}  suggested ${f.suggestedRecall}  all ${f.allRecall}`,
    );
  }
  if (args.includes("--misses")) for (const m of misses) console.log(`  miss ${m}`);
}

await main();
