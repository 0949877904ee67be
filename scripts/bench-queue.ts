/**
 * `npm run bench:queue`: what the Queue DO's bookkeeping costs per change with a long line: one arrival (or one
 * freed slot) followed by the drain and the wait estimates that every change runs. Prints a table.
 */
import { QueueBook } from "../durable-objects/queue/queue-book";
import {
  DEFAULT_ROUTING_SETTINGS,
  HandleTimeTracker,
  type WaitingItem,
} from "../workers/domain/routing/index";

const WAITING = 10_000;
const AGENTS = 500;
const RUNS = 200;
const SKILLS = ["billing", "technical", "sales", "legal", "account"];
const settings = DEFAULT_ROUTING_SETTINGS;
const tracker = new HandleTimeTracker({ priorSeconds: settings.defaultHandleTimeSeconds });
const T0 = 1_800_000_000_000;

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

function item(i: number, now: number): WaitingItem {
  return {
    conversationId: `c${i}`,
    skill: random() < 0.2 ? null : (SKILLS[Math.floor(random() * SKILLS.length)] ?? null),
    teamId: null,
    preferredAgentId: null,
    sentiment: -random(),
    vip: random() < 0.05,
    queuedAt: now - Math.floor(random() * 600_000),
    excludedAgentIds: [],
    front: false,
  };
}

function fullBook(): QueueBook {
  const book = new QueueBook();
  book.setRoster(
    Array.from({ length: AGENTS }, (_, i) => ({
      id: `a${i}`,
      name: `Agent ${i}`,
      skills: [SKILLS[i % SKILLS.length] ?? "billing"],
      teamIds: [],
      maxConcurrent: 3,
      status: "online" as const,
    })),
    T0,
  );
  for (let i = 0; i < WAITING; i++) book.enqueue(item(i, T0));
  book.drain(settings, T0); // every agent full, the rest waits
  return book;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function measure(label: string, run: (book: QueueBook, i: number) => void) {
  const book = fullBook();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run(book, i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
  console.log(
    `| ${label.padEnd(58)} | ${fmt(percentile(times, 50)).padStart(9)} | ${fmt(percentile(times, 99)).padStart(9)} |`,
  );
}

console.log(
  `Queue DO bookkeeping per change: ${WAITING.toLocaleString("en")} waiting, ${AGENTS} agents (all busy)\n`,
);
console.log(
  `| ${"change (then drain + wait estimates, as every change runs)".padEnd(58)} |       p50 |       p99 |`,
);
console.log(`|${"-".repeat(60)}|----------:|----------:|`);
measure("an arrival", (book, i) => {
  const now = T0 + 1000 + i;
  book.enqueue(item(WAITING + i, now));
  book.drain(settings, now);
  book.estimates(tracker, settings, now);
});
measure("a resolve frees one slot", (book, i) => {
  const now = T0 + 1000 + i;
  const first = [...book.held.keys()][i];
  if (first) book.remove(first);
  book.drain(settings, now);
  book.estimates(tracker, settings, now);
});
