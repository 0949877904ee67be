/**
 * `npm run bench:routing`: (1) what one assignment decision and a full drain cost the Queue DO with
 * 10,000 waiting conversations and 500 agents; (2) a simulated day of traffic through the real policy and
 * estimator, comparing the wait each customer was told at enqueue with the wait they got, against
 * simpler models. Seeded, so the numbers in docs/routing.md can be reproduced.
 */
import { performance } from "node:perf_hooks";
import {
  type AgentState,
  DEFAULT_ROUTING_SETTINGS,
  estimateWaits,
  HandleTimeTracker,
  nextWideningAt,
  pickAgent,
  planAssignments,
  type RoutingSettings,
  sortWaiting,
  type WaitingItem,
} from "../workers/domain/routing";
import { MinHeap } from "../workers/domain/routing/heap";
import { seededRandom as rng } from "./lib/random";

// ── randomness ───────────────────────────────────────────────────────────────────────────────────────

type Rng = () => number;

const exponential = (r: Rng, mean: number) => -Math.log(1 - r()) * mean;

function normal(r: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

/** A lognormal with the given mean: handle times have a long right tail. */
const lognormal = (r: Rng, mean: number, sigma: number) =>
  Math.exp(Math.log(mean) - (sigma * sigma) / 2 + sigma * normal(r));

function weighted<T>(r: Rng, options: readonly (readonly [T, number])[]): T {
  let x = r() * options.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of options) {
    x -= w;
    if (x <= 0) return value;
  }
  return (options[options.length - 1] as readonly [T, number])[0];
}

// ── shared fixtures ──────────────────────────────────────────────────────────────────────────────────

const SKILL_MIX: readonly (readonly [string | null, number])[] = [
  ["billing", 30],
  ["technical", 25],
  ["sales", 15],
  ["account", 12],
  ["legal", 5],
  [null, 13],
];

function randomSkills(r: Rng): string[] {
  const count = weighted(r, [
    [1, 5],
    [2, 4],
    [3, 1],
  ] as const);
  const chosen = new Set<string>();
  while (chosen.size < count)
    chosen.add(weighted(r, SKILL_MIX.filter(([s]) => s !== null) as [string, number][]));
  return [...chosen];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function time(runs: number, fn: (run: number) => void): { p50: number; p99: number } {
  for (let i = 0; i < Math.min(runs, 5); i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;

function table(headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

// ── (1) decision time ────────────────────────────────────────────────────────────────────────────────

function decisionBench(): void {
  const r = rng(7);
  const now = Date.UTC(2026, 0, 5, 12);
  const settings: RoutingSettings = { ...DEFAULT_ROUTING_SETTINGS, widenAfterSeconds: 180 };
  const agents: AgentState[] = Array.from({ length: 500 }, (_, i) => ({
    id: `ag_${i}`,
    name: `Agent ${i}`,
    skills: randomSkills(r),
    teamIds: [`team_${i % 10}`],
    maxConcurrent: 2 + Math.floor(r() * 4),
    status: "online",
    activeConversationIds: [],
    idleSince: now - Math.floor(r() * 3600_000),
    disconnectedAt: null,
  }));
  // Queued over the last 30 minutes, so a share has widened: the expensive case for the index.
  const waiting: WaitingItem[] = sortWaiting(
    Array.from({ length: 10_000 }, (_, i) => ({
      conversationId: `cv_${i}`,
      skill: weighted(r, SKILL_MIX),
      teamId: null,
      preferredAgentId: null,
      sentiment: Math.max(-1, Math.min(1, -0.2 + 0.4 * normal(r))),
      vip: r() < 0.05,
      queuedAt: now - Math.floor(r() * 1800_000),
      excludedAgentIds: r() < 0.05 ? [`ag_${Math.floor(r() * 500)}`] : [],
      front: false,
    })),
    settings,
  );
  const full = agents.map((a) => ({
    ...a,
    activeConversationIds: Array.from({ length: a.maxConcurrent }, (_, k) => `${a.id}-${k}`),
  }));
  const oneFree = (run: number) => {
    const i = (run * 97) % full.length;
    const a = full[i] as AgentState;
    const copy = full.slice();
    copy[i] = { ...a, activeConversationIds: a.activeConversationIds.slice(1) };
    return copy;
  };
  const freeStates = Array.from({ length: 200 }, (_, run) => oneFree(run));
  const shuffled = waiting.slice().sort(() => r() - 0.5);
  const tracker = new HandleTimeTracker({ priorSeconds: 480 });
  const handle = (skill: string | null) => tracker.averageSeconds(skill);
  const slots = agents.reduce((sum, a) => sum + a.maxConcurrent, 0);

  let drained = 0;
  const rows: string[][] = [];
  const add = (what: string, runs: number, fn: (run: number) => void) => {
    const t = time(runs, fn);
    rows.push([what, String(runs), ms(t.p50), ms(t.p99)]);
  };
  add("one slot frees: planAssignments (line kept sorted)", 200, (run) => {
    planAssignments(waiting, freeStates[run] ?? full, settings, now);
  });
  add("one slot frees: planAssignments (line unsorted)", 50, (run) => {
    planAssignments(shuffled, freeStates[run] ?? full, settings, now);
  });
  add("arrival, every agent full: planAssignments", 200, () => {
    planAssignments(waiting, full, settings, now);
  });
  add("one item: pickAgent (linear scan of 500 agents)", 2000, (run) => {
    pickAgent(waiting[run % waiting.length] as WaitingItem, agents, settings, now);
  });
  add(`full drain: planAssignments (${slots} free slots)`, 50, () => {
    drained = planAssignments(waiting, agents, settings, now).length;
  });
  add("full drain: one-by-one pickAgent (O(W·A) reference)", 3, () => {
    const live = agents.map((a) => ({ ...a, activeConversationIds: [...a.activeConversationIds] }));
    for (const item of waiting) {
      const chosen = pickAgent(item, live, settings, now);
      if (chosen === null) continue;
      chosen.activeConversationIds.push(item.conversationId);
      chosen.idleSince = now;
    }
  });
  add("estimateWaits for the whole line", 50, () => {
    estimateWaits(waiting, full, handle, settings, now);
  });

  console.log(
    `\n## Assignment decision time: 10,000 waiting, 500 agents (${drained} assigned by a full drain)\n`,
  );
  table(["operation", "runs", "p50", "p99"], rows);
}

// ── (2) a simulated day ──────────────────────────────────────────────────────────────────────────────

/** Arrivals per hour of the day: quiet night, a morning peak, and an incident at 14:00 that swamps the line. */
const ARRIVALS_PER_HOUR = [
  8, 6, 5, 5, 6, 10, 25, 60, 130, 190, 230, 245, 200, 210, 330, 260, 180, 140, 100, 70, 45, 30, 18, 12,
];
const SHIFTS = [
  { start: 22, hours: 8, agents: 2 },
  { start: 6, hours: 8, agents: 5 },
  { start: 8, hours: 8, agents: 8 },
  { start: 12, hours: 8, agents: 7 },
  { start: 16, hours: 8, agents: 4 },
] as const;
const MEAN_HANDLE: Record<string, number> = {
  billing: 420,
  technical: 720,
  sales: 360,
  account: 480,
  legal: 900,
  general: 300,
};

type Event =
  | { at: number; kind: "arrival" }
  | { at: number; kind: "done"; agentId: string; conversationId: string }
  | { at: number; kind: "online" | "offline"; agentId: string }
  | { at: number; kind: "replan" };

interface Told {
  conversationId: string;
  queuedAt: number;
  lineLength: number;
  estimates: Record<Model, number | null>;
  realised?: number;
}

const MODELS = ["shipped", "sameSkill", "erlangC", "erlangPooled", "naive"] as const;
type Model = (typeof MODELS)[number];
const MODEL_NAMES: Record<Model, string> = {
  shipped: "position, overlapping pools + widening (shipped)",
  sameSkill: "position, same skill only",
  erlangC: "Erlang C per skill",
  erlangPooled: "Erlang C, whole workspace",
  naive: "naive: whole-line position × AHT / slots",
};

/** Mean M/M/c wait; `null` when the offered load is at or over capacity and the formula has no answer. */
function erlangCWait(lambda: number, handleSeconds: number, servers: number): number | null {
  const load = lambda * handleSeconds;
  if (servers <= 0 || load >= servers) return null;
  let blocking = 1;
  for (let k = 1; k <= servers; k++) blocking = (load * blocking) / (k + load * blocking);
  const waitProbability = (servers * blocking) / (servers - load * (1 - blocking));
  return (waitProbability * handleSeconds) / (servers - load);
}

function simulateDay(seed: number, settings: RoutingSettings): { told: Told[]; erlangFallbacks: number } {
  const r = rng(seed);
  const day0 = Date.UTC(2026, 0, 5);
  const hour = 3600_000;
  // Ties go in insertion order, so a run is reproducible.
  let seq = 0;
  const events = new MinHeap<{ e: Event; seq: number }>(
    (a, b) => a.e.at < b.e.at || (a.e.at === b.e.at && a.seq < b.seq),
  );
  const push = (e: Event) => events.push({ e, seq: seq++ });

  const agents = new Map<string, AgentState>();
  let n = 0;
  for (const shift of SHIFTS) {
    for (let k = 0; k < shift.agents; k++) {
      const id = `ag_${n++}`;
      agents.set(id, {
        id,
        name: id,
        skills: randomSkills(r),
        teamIds: [],
        maxConcurrent: weighted(r, [
          [2, 1],
          [3, 2],
          [4, 1],
        ] as const),
        status: "offline",
        activeConversationIds: [],
        idleSince: day0,
        disconnectedAt: null,
      });
      // The night shift also covers the start of the day, so the line always has someone.
      for (const dayStart of [day0 - 24 * hour, day0]) {
        const start = dayStart + shift.start * hour;
        push({ at: start, kind: "online", agentId: id });
        push({ at: start + shift.hours * hour, kind: "offline", agentId: id });
      }
    }
  }
  // Non-homogeneous Poisson arrivals, hour by hour.
  for (let h = 0; h < 24; h++) {
    const rate = ARRIVALS_PER_HOUR[h] ?? 0;
    for (let t = exponential(r, hour / rate); t < hour; t += exponential(r, hour / rate)) {
      push({ at: day0 + h * hour + t, kind: "arrival" });
    }
  }

  const tracker = new HandleTimeTracker({ priorSeconds: settings.defaultHandleTimeSeconds });
  const handle = (skill: string | null) => tracker.averageSeconds(skill);
  const waiting = new Map<string, WaitingItem>();
  const handleTimes = new Map<string, { skill: string | null; seconds: number }>();
  const told = new Map<string, Told>();
  const recentArrivals: { at: number; skill: string | null }[] = [];
  let erlangFallbacks = 0;
  let nextReplan: number | null = null;
  let conversations = 0;

  const replan = (now: number) => {
    for (const { conversationId, agentId } of planAssignments(
      [...waiting.values()],
      [...agents.values()],
      settings,
      now,
    )) {
      const item = waiting.get(conversationId);
      const agent = agents.get(agentId);
      const job = handleTimes.get(conversationId);
      if (item === undefined || agent === undefined || job === undefined) throw new Error("plan out of sync");
      waiting.delete(conversationId);
      agent.activeConversationIds.push(conversationId);
      agent.idleSince = now;
      const t = told.get(conversationId);
      if (t !== undefined) t.realised = (now - item.queuedAt) / 1000;
      push({ at: now + job.seconds * 1000, kind: "done", agentId, conversationId });
    }
    const widening = nextWideningAt([...waiting.values()], settings, now);
    if (widening !== null && (nextReplan === null || widening < nextReplan || nextReplan <= now)) {
      nextReplan = widening;
      push({ at: widening, kind: "replan" });
    }
  };

  const tell = (item: WaitingItem, now: number) => {
    const line = [...waiting.values()];
    const online = [...agents.values()].filter((a) => a.status === "online");
    const shipped = estimateWaits(line, online, handle, settings, now).find(
      (e) => e.conversationId === item.conversationId,
    );
    const key = item.skill;
    const pool = online.filter((a) => key === null || a.skills.includes(key));
    const poolSlots = pool.reduce((s, a) => s + a.maxConcurrent, 0);
    const poolFree = pool.reduce((s, a) => s + a.maxConcurrent - a.activeConversationIds.length, 0);
    const allSlots = online.reduce((s, a) => s + a.maxConcurrent, 0);
    const allFree = online.reduce((s, a) => s + a.maxConcurrent - a.activeConversationIds.length, 0);
    const sorted = sortWaiting(line, settings);
    const at = sorted.findIndex((i) => i.conversationId === item.conversationId);
    const sameAhead = sorted.slice(0, at).filter((i) => i.skill === key).length;
    const positionWait = (ahead: number, free: number, slots: number, h: number) =>
      slots > 0 ? (Math.max(0, ahead + 1 - free) * h) / slots : null;
    while ((recentArrivals[0]?.at ?? now) < now - 3600_000) recentArrivals.shift();
    // Erlang C needs the arrival rate: measured over the last hour, as a Queue DO could.
    const lambda = recentArrivals.filter((a) => a.skill === key).length / 3600;
    let erlang = erlangCWait(lambda, handle(key), poolSlots);
    let erlangPooled = erlangCWait(recentArrivals.length / 3600, handle(null), allSlots);
    if (erlang === null) {
      erlangFallbacks++;
      erlang = positionWait(sameAhead, poolFree, poolSlots, handle(key));
    }
    if (erlangPooled === null) {
      erlangFallbacks++;
      erlangPooled = positionWait(at, allFree, allSlots, handle(null));
    }
    told.set(item.conversationId, {
      conversationId: item.conversationId,
      queuedAt: item.queuedAt,
      lineLength: waiting.size,
      estimates: {
        shipped: shipped?.seconds ?? null,
        sameSkill: positionWait(sameAhead, poolFree, poolSlots, handle(key)),
        erlangC: erlang,
        erlangPooled,
        naive: positionWait(at, allFree, allSlots, handle(null)),
      },
    });
  };

  for (let next = events.pop(); next !== undefined; next = events.pop()) {
    const { e } = next;
    const now = e.at;
    switch (e.kind) {
      case "arrival": {
        const skill = weighted(r, SKILL_MIX);
        const conversationId = `cv_${conversations++}`;
        const item: WaitingItem = {
          conversationId,
          skill,
          teamId: null,
          preferredAgentId: null,
          sentiment: Math.max(-1, Math.min(1, -0.2 + 0.4 * normal(r))),
          vip: r() < 0.05,
          queuedAt: now,
          excludedAgentIds: [],
          front: false,
        };
        handleTimes.set(conversationId, {
          skill,
          seconds: lognormal(r, MEAN_HANDLE[skill ?? "general"] ?? 480, 0.7),
        });
        recentArrivals.push({ at: now, skill });
        waiting.set(conversationId, item);
        replan(now);
        // Only customers still waiting after the plan are told a wait, exactly as the Queue DO does.
        if (waiting.has(conversationId)) tell(item, now);
        break;
      }
      case "done": {
        const agent = agents.get(e.agentId);
        const job = handleTimes.get(e.conversationId);
        if (agent === undefined || job === undefined) throw new Error("unknown conversation");
        agent.activeConversationIds = agent.activeConversationIds.filter((id) => id !== e.conversationId);
        tracker.observe(job.skill, job.seconds);
        replan(now);
        break;
      }
      case "online":
      case "offline": {
        const agent = agents.get(e.agentId);
        if (agent === undefined) throw new Error("unknown agent");
        agent.status = e.kind;
        if (e.kind === "online") agent.idleSince = now;
        replan(now);
        break;
      }
      case "replan":
        replan(now);
        break;
    }
    if (now > day0 + 30 * hour) break;
  }
  return { told: [...told.values()], erlangFallbacks };
}

function dayBench(): void {
  const settings: RoutingSettings = { ...DEFAULT_ROUTING_SETTINGS, widenAfterSeconds: 180 };
  const seeds = [1, 2, 3, 4, 5];
  const told: Told[] = [];
  let fallbacks = 0;
  const started = performance.now();
  for (const seed of seeds) {
    const day = simulateDay(seed, settings);
    told.push(...day.told);
    fallbacks += day.erlangFallbacks;
  }
  const elapsed = performance.now() - started;
  const served = told.filter((t) => t.realised !== undefined);

  const levels: readonly [string, (t: Told) => boolean][] = [
    ["all customers told a wait", () => true],
    ["light (line < 5 at enqueue)", (t) => t.lineLength < 5],
    ["busy (5–19)", (t) => t.lineLength >= 5 && t.lineLength < 20],
    ["overloaded (≥ 20)", (t) => t.lineLength >= 20],
  ];
  const mae = (rows: Told[], model: Model) => {
    const errors = rows.map((t) => Math.abs((t.estimates[model] ?? 0) - (t.realised ?? 0)));
    return errors.reduce((s, x) => s + x, 0) / Math.max(1, errors.length);
  };
  const bias = (rows: Told[], model: Model) =>
    rows.reduce((s, t) => s + (t.estimates[model] ?? 0) - (t.realised ?? 0), 0) / Math.max(1, rows.length);
  const mean = (rows: Told[]) => rows.reduce((s, t) => s + (t.realised ?? 0), 0) / Math.max(1, rows.length);
  const sec = (x: number) => `${Math.round(x)} s`;

  console.log(
    `\n## A simulated day × ${seeds.length} seeds: estimated wait at enqueue vs realised (${served.length} customers told a wait, ${(elapsed / seeds.length).toFixed(0)} ms per day)\n`,
  );
  console.log("Mean absolute error by load level:\n");
  table(
    ["load level", "customers", "mean wait", ...MODELS.map((m) => MODEL_NAMES[m])],
    levels.map(([name, keep]) => {
      const rows = served.filter(keep);
      return [name, String(rows.length), sec(mean(rows)), ...MODELS.map((m) => sec(mae(rows, m)))];
    }),
  );
  console.log("\nMean signed error (estimate − realised; positive = promised too long):\n");
  table(
    ["model", "bias", "MAE"],
    MODELS.map((m) => [MODEL_NAMES[m], sec(bias(served, m)), sec(mae(served, m))]),
  );
  const nulls = served.filter((t) => t.estimates.shipped === null).length;
  console.log(
    `\nErlang C had no answer (offered load ≥ capacity) ${fallbacks} times (per skill and pooled, over ${told.length} customers) and fell back to the matching position model; the shipped model returned null for ${nulls}.`,
  );
}

decisionBench();
dayBench();
