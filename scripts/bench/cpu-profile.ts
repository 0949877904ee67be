/**
 * A CPU profile of the Worker's isolate under `wrangler dev`, over its DevTools inspector (the same V8
 * sampling profiler the Chrome DevTools use), summed per function so `bench:load --profile` can print where
 * the isolate's time went while Baton was under load.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One DevTools session over a socket: commands answered by id. */
async function session(url: string) {
  // wrangler's inspector proxy wants an Origin it allows; Node's WebSocket (undici) takes extra headers.
  const ws = new WebSocket(url, { headers: { origin: "http://localhost" } } as unknown as string[]);
  await new Promise((resolve, reject) => {
    ws.addEventListener("open", resolve);
    ws.addEventListener("error", reject);
  });
  let next = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  ws.addEventListener("message", (e) => {
    const reply = JSON.parse(String(e.data)) as { id?: number; result?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result);
  });
  return {
    send<T>(method: string): Promise<T> {
      const id = ++next;
      ws.send(JSON.stringify({ id, method }));
      return new Promise((resolve) => waiting.set(id, resolve as (r: unknown) => void));
    },
    close: () => ws.close(),
  };
}

/** Starts profiling the Worker; the returned function stops and gives the profile. */
export async function startCpuProfile(inspectorPort: number): Promise<() => Promise<Profile>> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const target = targets[0];
  if (!target) throw new Error("no inspector target");
  const s = await session(target.webSocketDebuggerUrl);
  await s.send("Profiler.enable");
  await s.send("Profiler.start");
  return async () => {
    const { profile } = await s.send<{ profile: Profile }>("Profiler.stop");
    s.close();
    return profile;
  };
}

const label = (frame: ProfileNode["callFrame"]) =>
  `${frame.functionName || "(anonymous)"} ${frame.url.split("/").at(-1)}:${frame.lineNumber + 1}`;

/**
 * Time per function, largest first: `self` when it was on top of the stack, `total` when it was anywhere
 * on it (what it cost with everything it called), and `share` of all sampled time (idle included).
 */
export function functionTimes(
  profile: Profile,
  top = 30,
): { name: string; self: number; total: number; share: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    all += delta;
    const leaf = byId.get(id);
    if (!leaf) return;
    self.set(label(leaf.callFrame), (self.get(label(leaf.callFrame)) ?? 0) + delta);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const name = label(n.callFrame);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + delta);
      seen.add(name);
    }
  });
  return [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, self: self.get(name) ?? 0, total: ms, share: ms / all }));
}
