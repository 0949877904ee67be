/**
 * `npm run bench:load [-- --sizes 10,100,1000 --messages 3 --write]`: Baton under `wrangler dev` next to a
 * bare Durable Object WebSocket echo (scripts/bench/echo-worker.ts) on the same runtime, in the same run.
 * N customers each open a socket and send messages one after another, waiting for each acknowledgement and,
 * on Baton, for the bot's answer. Prints acknowledgement and answer p50/p99, messages per second and the
 * runtime's memory at each size, each next to the echo's; `--write` puts the table in docs/reliability.md,
 * `--bot-off` measures with the demo's bot turned off (no answers: what the rest of a turn costs).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { mapBounded } from "../durable-objects/shared/bounded";
import { runWranglerDev, startSystem } from "../test/browser/system";
import { functionTimes, startCpuProfile } from "./bench/cpu-profile";
import { AGENT_SLOTS, agentsOnline, resolveAll } from "./bench/load-agents";
import { benchConfig } from "./bench/load-config";
import { type FloodFigures, floodTable, type LoadFigures, loadTable, percentile } from "./bench/load-figures";
import { type BenchSocket, type Frame, open } from "./bench/load-socket";
import { DEMO_WORKSPACE } from "./demo";

const ROOT = path.join(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10,100,1000" },
    messages: { type: "string", default: "3" },
    write: { type: "boolean", default: false },
    // Profiling: with the bot off, what is left of an acknowledgement is storage, triggers and fan-out.
    "bot-off": { type: "boolean", default: false },
    // Where Baton's isolate spent its time during each size's run (V8's sampling profiler).
    profile: { type: "boolean", default: false },
    // The flood phase (one customer flooding while the others are measured) at sizes up to this one.
    "flood-up-to": { type: "string", default: "100" },
  },
});
const SIZES = values.sizes.split(",").map(Number);
const MESSAGES = Number(values.messages);
const API_KEY = "bk_demo_local_only";
const QUESTIONS = ["how do I connect Slack?", "and with Teams?", "how do I export my data?"];
/** Sockets opened at once: enough to load the runtime, few enough that connects do not time out. */
const OPEN_CONCURRENCY = 25;

/** Resident memory of a process and its descendants (workerd runs under wrangler), in MiB. */
function treeMemoryMiB(rootPid: number): number {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return rows.reduce((sum, [pid, , rss]) => sum + (tree.has(pid) ? rss : 0), 0) / 1024;
}

/**
 * N customers on Baton, each sending MESSAGES messages one after another (waiting for the acknowledgement
 * and the bot's answer); meanwhile AGENT_SLOTS more customers ask for a person at once and wait for an agent
 * to join (handoff-to-assignment, under the others' load; a first message names no topic, so any agent may
 * take it). With `flood`, one more customer floods their socket meanwhile, as fast as it goes.
 * `opened` runs once every socket is open, before the first message (to profile the messages only).
 */
async function measureBaton(
  base: string,
  pid: number,
  n: number,
  options: { flood?: boolean; opened?: () => Promise<void> } = {},
): Promise<LoadFigures & { flood: FloodFigures["flooder"] | null }> {
  const conversations = await mapBounded(
    Array.from({ length: n + AGENT_SLOTS + (options.flood ? 1 : 0) }, (_, i) => i),
    OPEN_CONCURRENCY,
    () => startConversation(base),
  );
  const flooder = options.flood ? conversations.pop() : undefined;
  const handoffs = conversations.splice(n, AGENT_SLOTS);
  await options.opened?.();
  const acks: number[] = [];
  const answers: number[] = [];
  const assignments: number[] = [];
  const started = performance.now();
  const handedOff = handoffs.map(async ({ socket }, c) => {
    if (values["bot-off"]) return;
    const sent = performance.now();
    socket.ws.send(
      JSON.stringify({ type: "message", clientId: `h-${c}`, text: "I want to talk to a person" }),
    );
    const joined = (f: Frame) => f.message?.meta?.event === "status" && f.message.meta.to === "assigned";
    if (await missed(socket.next(joined), "an agent joining")) return;
    assignments.push(performance.now() - sent);
  });
  const chats = conversations.map(async ({ socket }, c) => {
    for (let m = 0; m < MESSAGES; m++) {
      const clientId = `b-${c}-${m}`;
      const sent = performance.now();
      socket.ws.send(JSON.stringify({ type: "message", clientId, text: QUESTIONS[m % QUESTIONS.length] }));
      const ack = socket.next((f) => f.message?.clientId === clientId);
      if (await missed(ack, "an acknowledgement")) return;
      acks.push(performance.now() - sent);
      const seq = (await ack).message?.seq ?? 0;
      if (values["bot-off"]) continue;
      const answer = socket.next((f) => f.message?.role === "bot" && f.message.seq > seq);
      if (await missed(answer, "the bot's answer")) return;
      answers.push(performance.now() - sent);
    }
  });
  const run = Promise.all([...chats, ...handedOff]);
  const flood = flooder ? floodUntil(flooder.socket, run) : null;
  await run;
  const seconds = (performance.now() - started) / 1000;
  const memoryMiB = treeMemoryMiB(pid);
  for (const { socket } of [...conversations, ...handoffs, ...(flooder ? [flooder] : [])]) socket.ws.close();
  await resolveAll(
    base,
    API_KEY,
    handoffs.map((c) => c.id),
  );
  return {
    ...figures(acks, answers, seconds, memoryMiB),
    assignmentP50: assignments.length ? percentile(assignments, 0.5) : null,
    assignmentP99: assignments.length ? percentile(assignments, 0.99) : null,
    flood: flood ? await flood : null,
  };
}

/** Frames that never came, by what they were (the run goes on without that customer). */
const lost = new Map<string, number>();

/** Whether `frame` never came; counted under `what`. */
async function missed(frame: Promise<unknown>, what: string): Promise<boolean> {
  try {
    await frame;
    return false;
  } catch {
    lost.set(what, (lost.get(what) ?? 0) + 1);
    return true;
  }
}

/** Prints `done`, and the frames lost meanwhile (then forgotten). */
function reportLost(done: string): void {
  console.log(done);
  for (const [what, n] of lost) console.log(`  ${n} × ${what} never came within the bench's time-out`);
  lost.clear();
}

async function startConversation(base: string): Promise<{ id: string; socket: BenchSocket }> {
  const res = await fetch(`${base}/api/v1/conversations`, {
    method: "POST",
    headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
    body: "{}",
  });
  const body = (await res.json()) as { id: string; customerToken: string };
  const socket = await open(`${base.replace("http", "ws")}/parties/conversation/${body.id}?lastSeq=0`, [
    "baton",
    `token.${body.customerToken}`,
  ]);
  await socket.next((f) => f.type === "conversation");
  return { id: body.id, socket };
}

/** Sends messages as fast as the socket takes them until `done` or a close; what the flooder got back. */
async function floodUntil(socket: BenchSocket, done: Promise<unknown>): Promise<FloodFigures["flooder"]> {
  let stop = false;
  void done.finally(() => {
    stop = true;
  });
  let sent = 0;
  // Until the others are done, or the server closes the flooder's socket.
  while (!stop && socket.ws.readyState === WebSocket.OPEN) {
    for (let i = 0; i < 50; i++) {
      socket.ws.send(JSON.stringify({ type: "message", clientId: `flood-${sent}`, text: `flood ${sent}` }));
      sent++;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return {
    sent,
    closed: socket.ws.readyState !== WebSocket.OPEN,
    stored: socket.count((f) => f.message?.clientId?.startsWith("flood-") === true),
    refused: socket.count((f) => f.type === "error" && f.code === "rate_limited"),
    botAnswers: socket.count((f) => f.message?.role === "bot" && f.message.meta?.event !== "greeting"),
  };
}

async function measureEcho(base: string, pid: number, n: number): Promise<LoadFigures> {
  const ws = base.replace("http", "ws");
  const run = crypto.randomUUID().slice(0, 8);
  const sockets = await mapBounded(
    Array.from({ length: n }, (_, i) => i),
    OPEN_CONCURRENCY,
    (i) => open(`${ws}/parties/echo/${run}-${i}`, []),
  );
  const acks: number[] = [];
  const started = performance.now();
  await Promise.all(
    sockets.map(async (socket, c) => {
      for (let m = 0; m < MESSAGES; m++) {
        const clientId = `e-${c}-${m}`;
        const sent = performance.now();
        socket.ws.send(JSON.stringify({ type: "message", message: { role: "customer", clientId, seq: m } }));
        await socket.next((f) => f.message?.clientId === clientId);
        acks.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const memoryMiB = treeMemoryMiB(pid);
  for (const s of sockets) s.ws.close();
  return { ...figures(acks, [], seconds, memoryMiB), assignmentP50: null, assignmentP99: null };
}

function figures(
  acks: number[],
  answers: number[],
  seconds: number,
  memoryMiB: number,
): Omit<LoadFigures, "assignmentP50" | "assignmentP99"> {
  return {
    ackP50: percentile(acks, 0.5),
    ackP99: percentile(acks, 0.99),
    answerP50: answers.length ? percentile(answers, 0.5) : null,
    answerP99: answers.length ? percentile(answers, 0.99) : null,
    perSecond: acks.length / seconds,
    memoryMiB,
  };
}

function printProfile(size: number, profile: Parameters<typeof functionTimes>[0]): void {
  console.log(`\nBaton's isolate at ${size} conversations, by total time (with callees):`);
  for (const f of functionTimes(profile)) {
    console.log(
      `${(f.share * 100).toFixed(1).padStart(5)} %  ${f.total.toFixed(0).padStart(6)} ms  self ${f.self.toFixed(0).padStart(5)} ms  ${f.name}`,
    );
  }
}

type Profile = Parameters<typeof functionTimes>[0];

if (!existsSync(path.join(ROOT, "web/dist/widget.js")))
  execFileSync("npm", ["run", "build:web"], { cwd: ROOT });
// Every customer of the bench comes from one address: a copy of wrangler.toml with the per-address socket
// limit lifted, for this run only (the production defaults stay as they are).
const config = benchConfig(ROOT);
const baton = await startSystem({ args: ["-c", config.file] });
const stopAgents = await agentsOnline(baton.base, DEMO_WORKSPACE.id);
if (values["bot-off"]) {
  await fetch(`${baton.base}/api/v1/persona`, {
    method: "PUT",
    headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({ enabled: false }),
  });
}
const echo = await runWranglerDev(["-c", "scripts/bench/echo.wrangler.toml"], {
  state: mkdtempSync(path.join(tmpdir(), "baton-echo-")),
  probe: "/",
});
const rows: { size: number; baton: LoadFigures; echo: LoadFigures }[] = [];
const floods: FloodFigures[] = [];
try {
  for (const size of SIZES) {
    // The echo first and then Baton, each alone on the machine while it is measured.
    const echoFigures = await measureEcho(echo.base, echo.pid, size);
    let stopProfile: (() => Promise<Profile>) | null = null;
    const batonFigures = await measureBaton(baton.base, baton.pid, size, {
      opened: async () => {
        if (values.profile) stopProfile = await startCpuProfile(baton.inspectorPort);
      },
    });
    if (stopProfile) printProfile(size, await (stopProfile as () => Promise<Profile>)());
    rows.push({ size, baton: batonFigures, echo: echoFigures });
    reportLost(`${size} conversations measured`);
    if (size > Number(values["flood-up-to"])) continue;
    const flooded = await measureBaton(baton.base, baton.pid, size, { flood: true });
    if (flooded.flood) floods.push({ size, calm: batonFigures, flooded, flooder: flooded.flood });
    reportLost(`${size} conversations measured beside a flood`);
  }
} finally {
  stopAgents();
  config.remove();
  await Promise.all([baton.stop(), echo.stop()]);
}
const table = `${loadTable(rows, { messages: MESSAGES })}\n\n${floodTable(floods)}`;
console.log(`\n${table}`);
if (values.write) {
  const file = path.join(ROOT, "docs/reliability.md");
  const doc = readFileSync(file, "utf8");
  const block = /<!-- bench:load -->[\s\S]*<!-- \/bench:load -->/;
  writeFileSync(file, doc.replace(block, `<!-- bench:load -->\n${table}\n<!-- /bench:load -->`));
  console.log("docs/reliability.md updated");
}
