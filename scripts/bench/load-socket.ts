/** The sockets `npm run bench:load` drives: frames buffered and awaited by a predicate. */

export type Frame = {
  type: string;
  code?: string;
  clientId?: string;
  message?: { role: string; clientId?: string; seq: number; meta?: Record<string, unknown> };
};

/** How long one frame may take before it counts as lost (1,000 conversations queue for a while). */
const FRAME_TIMEOUT_MS = 120_000;

export interface BenchSocket {
  ws: WebSocket;
  /** The first frame, buffered or to come, that `pick` accepts (taken out of the buffer). */
  next: (pick: (f: Frame) => boolean) => Promise<Frame>;
  /** How many frames received so far `pick` accepts, awaited or not. */
  count: (pick: (f: Frame) => boolean) => number;
}

export function open(url: string, protocols: string[]): Promise<BenchSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols);
    const waiting: { pick: (f: Frame) => boolean; done: (f: Frame) => void }[] = [];
    const buffered: Frame[] = [];
    const seen: Frame[] = [];
    ws.addEventListener("message", (e) => {
      if (e.data === "pong") return;
      const frame = JSON.parse(String(e.data)) as Frame;
      seen.push(frame);
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
            const timer = setTimeout(() => fail(new Error("no frame in time")), FRAME_TIMEOUT_MS);
            waiting.push({
              pick,
              done: (f) => {
                clearTimeout(timer);
                done(f);
              },
            });
          });
        },
        count: (pick) => seen.filter(pick).length,
      }),
    );
  });
}
