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
import { runWranglerDev, startSystem } from "../test/browser/system";
import { type LoadFigures, loadTable, percentile } from "./bench/load-figures";

const ROOT = path.join(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10,100,1000" },
    messages: { type: "string", default: "3" },
    write: { type: "boolean", default: false },
    // Profiling: with the bot off, what is left of an acknowledgement is storage, triggers and fan-out.
    "bot-off": { type: "boolean", default: false },
  },
});
const SIZES = values.sizes.split(",").map(Number);
const MESSAGES = Number(values.messages);
const API_KEY = "bk_demo_local_only";
const QUESTIONS = ["how do I connect Slack?", "and with Teams?", "how do I export my data?"];
/** Sockets opened at once: enough to load the runtime, few enough that connects do not time out. */
const OPEN_CONCURRENCY = 25;

type Frame = { type: string; message?: { role: string; clientId?: string; seq: number } };

/** Runs `task` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  });
  await Promise.all(workers);
  return results;
}

/** A socket whose frames can be awaited. */
function open(
  url: string,
  protocols: string[],
): Promise<{ ws: WebSocket; next: (pick: (f: Frame) => boolean) => Promise<Frame> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols);
    const waiting: { pick: (f: Frame) => boolean; done: (f: Frame) => void }[] = [];
    const buffered: Frame[] = [];
    ws.addEventListener("message", (e) => {
      const frame = JSON.parse(String(e.data)) as Frame;
      const i = waiting.findIndex((w) => w.pick(frame));
      if (i >= 0) waiting.splice(i, 1)[0]?.done(frame);
      else buffered.push(frame);
    });
    ws.addEventListener("error", () => reject(new Error(`socket failed: ${url}`)));
    ws.addEventListener("open", () =>
      resolve({
        ws,
        next: (pick) => {
          const i = buffered.findIndex(pick);
          if (i >= 0) return Promise.resolve(buffered.splice(i, 1)[0] as Frame);
          return new Promise((done, fail) => {
            waiting.push({ pick, done });
            setTimeout(() => fail(new Error("no frame within 120 s")), 120_000);
          });
        },
      }),
    );
  });
}

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

async function measureBaton(base: string, pid: number, n: number): Promise<LoadFigures> {
  const ws = base.replace("http", "ws");
  const conversations = await pool(
    Array.from({ length: n }, (_, i) => i),
    OPEN_CONCURRENCY,
    async () => {
      const res = await fetch(`${base}/api/v1/conversations`, {
        method: "POST",
        headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
        body: "{}",
      });
      const body = (await res.json()) as { id: string; customerToken: string };
      const socket = await open(`${ws}/parties/conversation/${body.id}?lastSeq=0`, [
        "baton",
        `token.${body.customerToken}`,
      ]);
      await socket.next((f) => f.type === "conversation");
      return socket;
    },
  );
  const acks: number[] = [];
  const answers: number[] = [];
  const started = performance.now();
  await Promise.all(
    conversations.map(async (socket, c) => {
      for (let m = 0; m < MESSAGES; m++) {
        const clientId = `b-${c}-${m}`;
        const sent = performance.now();
        socket.ws.send(JSON.stringify({ type: "message", clientId, text: QUESTIONS[m % QUESTIONS.length] }));
        const ack = await socket.next((f) => f.message?.clientId === clientId);
        acks.push(performance.now() - sent);
        const seq = ack.message?.seq ?? 0;
        if (values["bot-off"]) continue;
        await socket.next((f) => f.message?.role === "bot" && f.message.seq > seq);
        answers.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const memoryMiB = treeMemoryMiB(pid);
  for (const s of conversations) s.ws.close();
  return figures(acks, answers, seconds, memoryMiB);
}

async function measureEcho(base: string, pid: number, n: number): Promise<LoadFigures> {
  const ws = base.replace("http", "ws");
  const run = crypto.randomUUID().slice(0, 8);
  const sockets = await pool(
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
  return figures(acks, [], seconds, memoryMiB);
}

function figures(acks: number[], answers: number[], seconds: number, memoryMiB: number): LoadFigures {
  return {
    ackP50: percentile(acks, 0.5),
    ackP99: percentile(acks, 0.99),
    answerP50: answers.length ? percentile(answers, 0.5) : null,
    answerP99: answers.length ? percentile(answers, 0.99) : null,
    perSecond: acks.length / seconds,
    memoryMiB,
  };
}

if (!existsSync(path.join(ROOT, "web/dist/widget.js")))
  execFileSync("npm", ["run", "build:web"], { cwd: ROOT });
const baton = await startSystem();
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
try {
  for (const size of SIZES) {
    // The echo first and then Baton, each alone on the machine while it is measured.
    const echoFigures = await measureEcho(echo.base, echo.pid, size);
    const batonFigures = await measureBaton(baton.base, baton.pid, size);
    rows.push({ size, baton: batonFigures, echo: echoFigures });
    console.log(`${size} conversations measured`);
  }
} finally {
  await Promise.all([baton.stop(), echo.stop()]);
}
const table = loadTable(rows, { messages: MESSAGES });
console.log(`\n${table}`);
if (values.write) {
  const file = path.join(ROOT, "docs/reliability.md");
  const doc = readFileSync(file, "utf8");
  const block = /<!-- bench:load -->[\s\S]*<!-- \/bench:load -->/;
  writeFileSync(file, doc.replace(block, `<!-- bench:load -->\n${table}\n<!-- /bench:load -->`));
  console.log("docs/reliability.md updated");
}
